package org.alliancetimeline.ui.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.alliancetimeline.model.Article;
import org.alliancetimeline.model.Corpus;
import org.alliancetimeline.ui.SampleCorpus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** ExplorerState without a window or toolkit. */
class ExplorerStateTest {
    private final ExplorerState state = new ExplorerState();
    private Corpus corpus;

    @BeforeEach
    void load() {
        corpus = SampleCorpus.small();
        state.setCorpus(corpus);
    }

    private Article byId(String id) {
        return corpus.articles().stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void aNewCorpusShowsEverythingFitted() {
        assertEquals(corpus.size(), state.getFilteredArticles().size());
        assertEquals(corpus.datedCount(), state.getVisibleArticles().size());
        assertEquals(state.getFullWindow(), state.getWindow());
        assertTrue(state.getWindow().containsDay(corpus.epochDay(0)));
        assertTrue(state.getWindow().containsDay(corpus.epochDay(corpus.datedCount() - 1)));
        long quotes = corpus.articles().stream().filter(a -> a.date() != null).mapToLong(a -> a.quotes().size()).sum();
        assertEquals(quotes, state.getVisibleQuotes().size());
        assertEquals(3, state.getPartnerCountsInWindow().get("Moldova"));
    }

    @Test
    void partnerFilterUsesOnePredicateAndDropsQuotes() {
        var predicate = state.filterPredicateProperty().get();
        state.showOnlyPartner("Moldova");
        assertFalse(predicate == state.filterPredicateProperty().get(), "a new predicate per filter change");
        assertEquals(3, state.getFilteredArticles().size());
        assertTrue(state.getVisibleArticles().stream().allMatch(a -> a.partnerNames().contains("Moldova")));
        assertTrue(state.getVisibleQuotes().stream().allMatch(q -> q.article().partnerNames().contains("Moldova")));
        assertThrows(UnsupportedOperationException.class, () -> state.getFilteredArticles().add(byId("ukraine-2024")));

        state.showAllPartners();
        state.setPartnerShown("Ukraine", false);
        assertFalse(state.isPartnerShown("Ukraine"));
        assertTrue(state.isPartnerShown("Georgia"));
        assertTrue(state.getVisibleQuotes().stream().noneMatch(q -> q.article().partnerNames().equals(List.of("Ukraine"))));
        state.setPartnerShown("Ukraine", true);
        assertTrue(state.getSelectedPartners().isEmpty(), "all ticked again means no filter");

        state.showNoPartners();
        assertEquals(0, state.getFilteredArticles().size());
        assertEquals(0, state.getVisibleQuotes().size());
        state.setPartnerShown("Georgia", true);
        assertEquals(Set.of("Georgia"), state.getSelectedPartners());
    }

    @Test
    void windowChangesVisibleArticlesQuotesAndCounts() {
        state.setWindow(TimeWindow.of(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31)));
        assertEquals(List.of(byId("ukraine-2022"), byId("georgia-2022")), state.getVisibleArticles());
        assertEquals(3, state.getVisibleQuotes().size());
        assertEquals(1, state.getPartnerCountsInWindow().get("Moldova"));
        assertEquals(1, state.getPartnerCountsInWindow().get("Ukraine"));
        assertEquals(0, state.getPartnerCountsInWindow().get("Finland"));
        // quotes are in date order
        assertSame(byId("ukraine-2022"), state.getVisibleQuotes().get(0).article());
        assertSame(byId("georgia-2022"), state.getVisibleQuotes().get(2).article());
    }

    @Test
    void selectingAQuoteSelectsItsArticleAndPansToIt() {
        state.setWindow(TimeWindow.of(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31)));
        Article old = byId("georgia-2008");
        QuoteRef q = new QuoteRef(old, old.quotes().get(1));
        state.setSelectedQuote(q);
        assertSame(old, state.getSelectedArticle());
        assertTrue(state.getWindow().containsDay(old.date().toEpochDay()));
        assertEquals(365, state.getWindow().span(), 1e-9, "panning keeps the span");
        assertTrue(state.getVisibleQuotes().contains(q));

        state.setSelectedArticle(old);
        assertSame(q, state.getSelectedQuote(), "the same article keeps its quote");
        state.setSelectedArticle(byId("georgia-2010"));
        assertNull(state.getSelectedQuote(), "another article clears the quote");
    }

    @Test
    void filteringOutTheSelectedArticleDeselectsIt() {
        state.setSelectedArticle(byId("finland-2016"));
        state.showOnlyPartner("Georgia");
        assertNull(state.getSelectedArticle());
    }

    @Test
    void stepsThroughArticlesAndQuotes() {
        state.stepArticle(1);
        assertSame(corpus.get(0), state.getSelectedArticle());
        state.stepArticle(1);
        assertSame(corpus.get(1), state.getSelectedArticle());
        state.stepArticle(-1);
        assertSame(corpus.get(0), state.getSelectedArticle());

        state.setSelectedArticle(null);
        state.stepQuote(1);
        assertEquals(state.getReaderQuotes().get(0), state.getSelectedQuote());
        state.stepQuote(1);
        assertEquals(state.getReaderQuotes().get(1), state.getSelectedQuote());
    }

    @Test
    void readerListsAllFilteredQuotesWhenNotFollowingTheWindow() {
        state.setWindow(TimeWindow.of(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31)));
        assertEquals(3, state.getReaderQuotes().size());
        state.setQuotesFollowWindow(false);
        long all = corpus.articles().stream().mapToLong(a -> a.quotes().size()).sum();
        assertEquals(all, state.getReaderQuotes().size());
    }

    @Test
    void anEmptyCorpusIsHarmless() {
        state.setSelectedArticle(byId("ukraine-2024"));
        state.setCorpus(Corpus.empty());
        assertNull(state.getSelectedArticle());
        assertEquals(0, state.getVisibleArticles().size());
        state.stepArticle(1);
        state.stepQuote(1);
        assertNull(state.getSelectedArticle());
    }
}

package org.alliancetimeline.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CorpusTest {
    private static final List<String> PARTNERS = List.of("Ukraine", "Georgia", "Moldova", "Japan");

    private static Article article(int n, LocalDate date, List<String> partners, int quotes) {
        List<PartnerMention> mentions = partners.stream().map(p -> new PartnerMention(p, 1)).toList();
        List<Quote> qs = new ArrayList<>();
        for (int q = 0; q < quotes; q++) {
            qs.add(new Quote("quote " + q + " of article " + n, null, 0, 0, 1));
        }
        return new Article("a" + n, "a" + n + ".txt", "Article " + n, null, null, null, date,
                date == null ? null : DatePrecision.DAY, date == null ? null : DateConfidence.STATED, null,
                List.of(), mentions, List.of(), List.of("x"), qs, 100);
    }

    /** Articles in random order, a few undated, each naming a random subset of the partners. */
    private static List<Article> randomArticles(int count, long seed) {
        Random random = new Random(seed);
        List<Article> articles = new ArrayList<>();
        for (int n = 0; n < count; n++) {
            LocalDate date = random.nextInt(20) == 0 ? null : LocalDate.of(1990, 1, 1).plusDays(random.nextInt(12_000));
            List<String> partners = PARTNERS.stream().filter(p -> random.nextInt(3) == 0).toList();
            articles.add(article(n, date, partners, random.nextInt(4)));
        }
        return articles;
    }

    @Test
    void sortsDatedArticlesFirstByDateThenUndated() {
        Corpus c = new Corpus(randomArticles(500, 1), List.of());
        for (int i = 1; i < c.datedCount(); i++) {
            assertEquals(true, c.epochDay(i - 1) <= c.epochDay(i), "order at " + i);
        }
        for (int i = c.datedCount(); i < c.size(); i++) {
            assertEquals(null, c.get(i).date());
        }
    }

    @Test
    void indexRangeHoldsExactlyTheArticlesInTheDates() {
        Corpus c = new Corpus(randomArticles(500, 2), List.of());
        LocalDate from = LocalDate.of(2000, 3, 1);
        LocalDate to = LocalDate.of(2005, 7, 15);
        int[] range = c.indexRange(from, to);
        long expected = c.articles().stream()
                .filter(a -> a.date() != null && !a.date().isBefore(from) && a.date().isBefore(to)).count();
        assertEquals(expected, range[1] - range[0]);
        for (int i = range[0]; i < range[1]; i++) {
            assertEquals(true, !c.get(i).date().isBefore(from) && c.get(i).date().isBefore(to));
        }
    }

    @Test
    void countWithPartnerMatchesCountingTheBitsOneByOne() {
        Corpus c = new Corpus(randomArticles(1_000, 3), List.of());
        Random random = new Random(4);
        for (int trial = 0; trial < 500; trial++) {
            int from = random.nextInt(c.size() + 1);
            int to = from + random.nextInt(c.size() + 1 - from);
            for (String partner : PARTNERS) {
                BitSet bits = c.articlesWithPartner(partner);
                int expected = 0;
                for (int i = from; i < to; i++) {
                    expected += bits.get(i) ? 1 : 0;
                }
                assertEquals(expected, c.countWithPartner(partner, from, to), partner + " in [" + from + ", " + to + ")");
            }
        }
        assertEquals(0, c.countWithPartner("Atlantis", 0, c.size()));
        assertEquals(0, c.countWithPartner("Ukraine", 10, 10));
    }

    @Test
    void quoteCountIsEachArticlesNumberOfQuotes() {
        Corpus c = new Corpus(randomArticles(300, 5), List.of());
        for (int i = 0; i < c.size(); i++) {
            assertEquals(c.get(i).quotes().size(), c.quoteCount(i), "article " + i);
        }
    }

    @Test
    void anyPartnerIsTheUnionAndNoPartnerMeansAll() {
        Corpus c = new Corpus(randomArticles(400, 6), List.of());
        BitSet union = c.articlesWithAnyPartner(List.of("Japan", "Moldova"));
        for (int i = 0; i < c.size(); i++) {
            boolean names = c.get(i).partners().stream().anyMatch(p -> p.name().equals("Japan") || p.name().equals("Moldova"));
            assertEquals(names, union.get(i), "article " + i);
        }
        assertEquals(c.size(), c.articlesWithAnyPartner(List.of()).cardinality());
    }
}

package org.alliancetimeline.ui.state;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyListProperty;
import javafx.beans.property.ReadOnlyListWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;
import org.alliancetimeline.model.Article;
import org.alliancetimeline.model.Corpus;
import org.alliancetimeline.model.Quote;

/**
 * Everything the explorer window shows, as observable properties; the one place the views meet.
 * Views bind to it and write to it; none of them knows another. No view code here.
 *
 * <p>Derived values (filter, articles and quotes in the window, per-partner counts) are computed
 * from the corpus bit sets and binary searches, so a filter change is a few word-wide operations
 * and a window move touches only the articles inside the window.
 *
 * <p>Rules kept here: selecting a quote selects its article; selecting another article clears a
 * quote that is not in it; a selected article outside the window pans the window to it (span
 * kept); an article removed by the filter is deselected; a new corpus resets filter, window and
 * selection ({@link #updateCorpus} swaps in a grown snapshot of the same load and keeps them). Must be used from one thread (the FX thread in the app).
 */
public final class ExplorerState {
    /** A partner name no article has: the selection that shows no partner at all ("None"). */
    public static final String NO_PARTNER = "\u0000none";
    /** Smallest visible span, in days. */
    public static final double MIN_SPAN_DAYS = 1.0;

    private final ObjectProperty<Corpus> corpus = new SimpleObjectProperty<>(this, "corpus", Corpus.empty());
    private final ObservableSet<String> selectedPartners = FXCollections.observableSet(new HashSet<>());
    private final ObjectProperty<TimeWindow> window = new SimpleObjectProperty<>(this, "window", defaultWindow());
    private final ReadOnlyObjectWrapper<TimeWindow> fullWindow = new ReadOnlyObjectWrapper<>(this, "fullWindow", defaultWindow());
    private final ReadOnlyObjectWrapper<BitSet> filterBits = new ReadOnlyObjectWrapper<>(this, "filterBits", new BitSet());
    private final ReadOnlyObjectWrapper<Predicate<Article>> filterPredicate = new ReadOnlyObjectWrapper<>(this, "filterPredicate", a -> true);
    /*
     * The derived lists are index views over the immutable corpus (ArticleRun, QuoteRun) swapped in
     * whole: a recomputation builds int arrays, not an object per article or quote, so it stays cheap
     * when the window holds the whole of a large corpus (as while one streams in).
     */
    private final SwappableList<Article> filtered = new SwappableList<>();
    private final SwappableList<Article> visibleArticleList = new SwappableList<>();
    private final SwappableList<QuoteRef> visibleQuoteList = new SwappableList<>();
    private final SwappableList<QuoteRef> readerQuoteList = new SwappableList<>();
    private final ObservableList<Article> filteredArticles = FXCollections.unmodifiableObservableList(filtered);
    private final ReadOnlyListWrapper<Article> visibleArticles = new ReadOnlyListWrapper<>(this, "visibleArticles", visibleArticleList);
    private final ReadOnlyListWrapper<QuoteRef> visibleQuotes = new ReadOnlyListWrapper<>(this, "visibleQuotes", visibleQuoteList);
    private final ReadOnlyListWrapper<QuoteRef> readerQuotes = new ReadOnlyListWrapper<>(this, "readerQuotes", readerQuoteList);
    private final BooleanProperty quotesFollowWindow = new SimpleBooleanProperty(this, "quotesFollowWindow", true);
    private final ReadOnlyObjectWrapper<Map<String, Integer>> partnerCountsInWindow = new ReadOnlyObjectWrapper<>(this, "partnerCountsInWindow", Map.of());
    private final ReadOnlyIntegerWrapper filteredCount = new ReadOnlyIntegerWrapper(this, "filteredCount");
    private final ObjectProperty<Article> selectedArticle = new SimpleObjectProperty<>(this, "selectedArticle");
    private final ObjectProperty<QuoteRef> selectedQuote = new SimpleObjectProperty<>(this, "selectedQuote");
    private final ObjectProperty<Article> hoveredArticle = new SimpleObjectProperty<>(this, "hoveredArticle");
    private final BooleanProperty loading = new SimpleBooleanProperty(this, "loading");
    private final DoubleProperty loadProgress = new SimpleDoubleProperty(this, "loadProgress", -1);
    private final StringProperty loadMessage = new SimpleStringProperty(this, "loadMessage", "");
    private final StringProperty loadNote = new SimpleStringProperty(this, "loadNote", "");

    private boolean resetting;
    /** Set while {@link #updateCorpus} swaps the corpus: the corpus listener keeps the view. */
    private boolean keepView;

    public ExplorerState() {
        corpus.addListener((obs, old, c) -> {
            if (c == null) {
                setCorpus(Corpus.empty());
                return;
            }
            if (keepView) {
                onCorpusGrown(c);
            } else {
                onCorpusChanged(c);
            }
        });
        selectedPartners.addListener((SetChangeListener<String>) change -> {
            if (!resetting) {
                recomputeFilter();
            }
        });
        window.addListener((obs, old, w) -> {
            if (w == null) {
                setWindow(old);
                return;
            }
            if (!resetting) {
                recomputeVisible();
            }
        });
        quotesFollowWindow.addListener((obs, old, v) -> recomputeReaderQuotes());
        selectedQuote.addListener((obs, old, q) -> {
            if (q != null) {
                setSelectedArticle(q.article());
            }
        });
        selectedArticle.addListener((obs, old, a) -> {
            QuoteRef q = getSelectedQuote();
            if (q != null && q.article() != a) {
                setSelectedQuote(null);
            }
            if (a != null) {
                reveal(a);
            }
        });
        onCorpusChanged(getCorpus());
    }

    private static TimeWindow defaultWindow() {
        long today = java.time.LocalDate.now().toEpochDay();
        return new TimeWindow(today - 365, today + 1);
    }

    // ---- corpus -------------------------------------------------------------------------------

    public ObjectProperty<Corpus> corpusProperty() {
        return corpus;
    }

    public Corpus getCorpus() {
        return corpus.get();
    }

    public void setCorpus(Corpus value) {
        corpus.set(value);
    }

    /**
     * Shows a new corpus that is a later snapshot of the same load (more articles), keeping the
     * view: the partner selection stays; the selected article (and quote) and the hovered article
     * stay when the new corpus holds them (by identity) and they pass the filter; the window follows
     * the growing "fit all" span only while the user has not moved it away from "fit all".
     */
    public void updateCorpus(Corpus value) {
        if (value == null || value == getCorpus()) {
            return;
        }
        keepView = true;
        try {
            corpus.set(value);
        } finally {
            keepView = false;
        }
    }

    private void onCorpusGrown(Corpus c) {
        boolean followFull = getWindow().equals(fullWindow.get());
        resetting = true;
        try {
            Article hovered = getHoveredArticle();
            if (hovered != null && c.indexOf(hovered) < 0) {
                setHoveredArticle(null);
            }
            fullWindow.set(computeFullWindow(c));
            if (followFull) {
                window.set(fullWindow.get());
            }
        } finally {
            resetting = false;
        }
        // deselects the selected article (and so its quote) if it is gone or filtered out
        recomputeFilter();
    }

    private void onCorpusChanged(Corpus c) {
        resetting = true;
        try {
            setSelectedQuote(null);
            setSelectedArticle(null);
            setHoveredArticle(null);
            selectedPartners.clear();
            fullWindow.set(computeFullWindow(c));
            window.set(fullWindow.get());
        } finally {
            resetting = false;
        }
        recomputeFilter();
    }

    /** The whole corpus span with a margin on both sides (at least a month in all). */
    static TimeWindow computeFullWindow(Corpus c) {
        if (c.datedCount() == 0) {
            return defaultWindow();
        }
        double first = c.epochDay(0);
        double last = c.epochDay(c.datedCount() - 1) + 1.0;
        double span = Math.max(30, last - first);
        double margin = span * 0.04;
        double mid = (first + last) / 2;
        double half = Math.max(span / 2 + margin, 15);
        return new TimeWindow(mid - half, mid + half);
    }

    /** The window that shows the whole corpus ("fit all"); also the widest window allowed. */
    public ReadOnlyObjectProperty<TimeWindow> fullWindowProperty() {
        return fullWindow.getReadOnlyProperty();
    }

    public TimeWindow getFullWindow() {
        return fullWindow.get();
    }

    // ---- filter -------------------------------------------------------------------------------

    /** Partners whose articles are shown; empty means all articles, {@link #NO_PARTNER} alone means none. */
    public ObservableSet<String> getSelectedPartners() {
        return selectedPartners;
    }

    /** Whether {@code partner}'s articles pass the partner filter. */
    public boolean isPartnerShown(String partner) {
        return selectedPartners.isEmpty() || selectedPartners.contains(partner);
    }

    public void showAllPartners() {
        selectedPartners.clear();
    }

    public void showNoPartners() {
        setSelectedPartners(Set.of(NO_PARTNER));
    }

    public void showOnlyPartner(String partner) {
        setSelectedPartners(Set.of(partner));
    }

    /** Shows or hides one partner, keeping the others as they are. */
    public void setPartnerShown(String partner, boolean shown) {
        Set<String> all = getCorpus().articleCountByPartner().keySet();
        Set<String> next = new HashSet<>(selectedPartners.isEmpty() ? all : selectedPartners);
        next.remove(NO_PARTNER);
        if (shown) {
            next.add(partner);
        } else {
            next.remove(partner);
        }
        if (next.containsAll(all)) {
            next.clear();
        } else if (next.isEmpty()) {
            next.add(NO_PARTNER);
        }
        setSelectedPartners(next);
    }

    /** Replaces the partner selection in one change (one recomputation). */
    public void setSelectedPartners(Set<String> partners) {
        if (selectedPartners.equals(partners)) {
            return;
        }
        resetting = true;
        try {
            selectedPartners.clear();
            selectedPartners.addAll(partners);
        } finally {
            resetting = false;
        }
        recomputeFilter();
    }

    /** Indices (into the corpus) of the articles that pass the filter. Do not modify. */
    public ReadOnlyObjectProperty<BitSet> filterBitsProperty() {
        return filterBits.getReadOnlyProperty();
    }

    public BitSet getFilterBits() {
        return filterBits.get();
    }

    /** The filter as a predicate (an index lookup per call: for single articles, not for walks over the corpus). */
    public ReadOnlyObjectProperty<Predicate<Article>> filterPredicateProperty() {
        return filterPredicate.getReadOnlyProperty();
    }

    /** The corpus articles that pass the filter (all dates), read-only, in corpus order. */
    public ObservableList<Article> getFilteredArticles() {
        return filteredArticles;
    }

    public ReadOnlyIntegerProperty filteredCountProperty() {
        return filteredCount.getReadOnlyProperty();
    }

    public boolean passesFilter(Article a) {
        int i = getCorpus().indexOf(a);
        return i >= 0 && getFilterBits().get(i);
    }

    private void recomputeFilter() {
        Corpus c = getCorpus();
        BitSet bits = c.articlesWithAnyPartner(new ArrayList<>(selectedPartners));
        filterBits.set(bits);
        filteredCount.set(bits.cardinality());
        filterPredicate.set(a -> {
            int i = c.indexOf(a);
            return i >= 0 && bits.get(i);
        });
        filtered.swap(ArticleRun.of(c, bits, 0, c.size()));
        Article sel = getSelectedArticle();
        if (sel != null && !passesFilter(sel)) {
            setSelectedArticle(null);
        }
        recomputeVisible();
    }

    // ---- window -------------------------------------------------------------------------------

    /** The visible stretch of time. */
    public ObjectProperty<TimeWindow> windowProperty() {
        return window;
    }

    public TimeWindow getWindow() {
        return window.get();
    }

    public void setWindow(TimeWindow value) {
        window.set(value);
    }

    public void fitAll() {
        setWindow(getFullWindow());
    }

    /** Index range [from, to) of the dated articles whose day (drawn at its middle) is in {@code w}. */
    public int[] indexRange(TimeWindow w) {
        Corpus c = getCorpus();
        long fromDay = (long) Math.ceil(w.start() - 0.5);
        long toDay = (long) Math.ceil(w.end() - 0.5);
        int from = c.lowerBound(fromDay);
        int to = Math.max(from, c.lowerBound(toDay));
        return new int[] {from, to};
    }

    /** Filtered articles inside the window, date order. */
    public ReadOnlyListProperty<Article> visibleArticlesProperty() {
        return visibleArticles.getReadOnlyProperty();
    }

    public ObservableList<Article> getVisibleArticles() {
        return visibleArticles.getReadOnlyProperty();
    }

    /** Quotes of the filtered articles inside the window, date order, then reading order. */
    public ReadOnlyListProperty<QuoteRef> visibleQuotesProperty() {
        return visibleQuotes.getReadOnlyProperty();
    }

    public ObservableList<QuoteRef> getVisibleQuotes() {
        return visibleQuotes.getReadOnlyProperty();
    }

    /** The quotes the quote reader lists: those in the window, or all filtered ones when not following it. */
    public ReadOnlyListProperty<QuoteRef> readerQuotesProperty() {
        return readerQuotes.getReadOnlyProperty();
    }

    public ObservableList<QuoteRef> getReaderQuotes() {
        return readerQuotes.getReadOnlyProperty();
    }

    public BooleanProperty quotesFollowWindowProperty() {
        return quotesFollowWindow;
    }

    public boolean isQuotesFollowWindow() {
        return quotesFollowWindow.get();
    }

    public void setQuotesFollowWindow(boolean value) {
        quotesFollowWindow.set(value);
    }

    /** For each partner of the corpus, how many of its articles are inside the window (filter ignored). */
    public ReadOnlyObjectProperty<Map<String, Integer>> partnerCountsInWindowProperty() {
        return partnerCountsInWindow.getReadOnlyProperty();
    }

    public Map<String, Integer> getPartnerCountsInWindow() {
        return partnerCountsInWindow.get();
    }

    private void recomputeVisible() {
        Corpus c = getCorpus();
        int[] range = indexRange(getWindow());
        ArticleRun run = ArticleRun.of(c, getFilterBits(), range[0], range[1]);
        if (!sameArticles(visibleArticleList.content(), run)) {
            visibleArticleList.swap(run);
            visibleQuoteList.swap(new QuoteRun(run));
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String partner : c.articleCountByPartner().keySet()) {
            counts.put(partner, c.countWithPartner(partner, range[0], range[1]));
        }
        partnerCountsInWindow.set(Collections.unmodifiableMap(counts));
        recomputeReaderQuotes();
    }

    /** Whether two article lists hold the same articles (by identity) in the same order. */
    private static boolean sameArticles(List<Article> old, ArticleRun next) {
        if (old instanceof ArticleRun r && r.sameAs(next)) {
            return true;
        }
        if (old.size() != next.size()) {
            return false;
        }
        for (int i = 0; i < old.size(); i++) {
            if (old.get(i) != next.get(i)) {
                return false;
            }
        }
        return true;
    }

    private void recomputeReaderQuotes() {
        List<QuoteRef> quotes;
        if (isQuotesFollowWindow()) {
            quotes = visibleQuoteList.content();
        } else {
            Corpus c = getCorpus();
            quotes = new QuoteRun(ArticleRun.of(c, getFilterBits(), 0, c.size()));
        }
        List<QuoteRef> old = readerQuoteList.content();
        if (old == quotes) {
            return;
        }
        if (old instanceof QuoteRun o && quotes instanceof QuoteRun q && sameArticles(o.articles, q.articles)) {
            return;
        }
        if (old.isEmpty() && quotes.isEmpty()) {
            return;
        }
        readerQuoteList.swap(quotes);
    }

    // ---- selection ----------------------------------------------------------------------------

    public ObjectProperty<Article> selectedArticleProperty() {
        return selectedArticle;
    }

    public Article getSelectedArticle() {
        return selectedArticle.get();
    }

    public void setSelectedArticle(Article value) {
        selectedArticle.set(value);
    }

    public ObjectProperty<QuoteRef> selectedQuoteProperty() {
        return selectedQuote;
    }

    public QuoteRef getSelectedQuote() {
        return selectedQuote.get();
    }

    public void setSelectedQuote(QuoteRef value) {
        selectedQuote.set(value);
    }

    public ObjectProperty<Article> hoveredArticleProperty() {
        return hoveredArticle;
    }

    public Article getHoveredArticle() {
        return hoveredArticle.get();
    }

    public void setHoveredArticle(Article value) {
        hoveredArticle.set(value);
    }

    /** Pans the window (keeping its span) so a dated article is well inside it. */
    public void reveal(Article a) {
        if (a == null || a.date() == null) {
            return;
        }
        TimeWindow w = getWindow();
        double day = a.date().toEpochDay() + 0.5;
        double inset = w.span() * 0.04;
        if (day < w.start() + inset || day > w.end() - inset) {
            setWindow(w.centeredOn(day));
        }
    }

    /** Selects the next (+1) or previous (-1) filtered dated article after the selected one, in date order. */
    public void stepArticle(int direction) {
        Corpus c = getCorpus();
        BitSet bits = getFilterBits();
        Article sel = getSelectedArticle();
        int i = sel == null ? -1 : c.indexOf(sel);
        int next;
        if (i < 0) {
            int[] range = indexRange(getWindow());
            next = direction > 0 ? bits.nextSetBit(range[0]) : bits.previousSetBit(range[1] - 1);
        } else {
            next = direction > 0 ? bits.nextSetBit(i + 1) : bits.previousSetBit(i - 1);
        }
        if (next >= 0 && next < c.datedCount()) {
            setSelectedArticle(c.get(next));
        }
    }

    /** Selects the next (+1) or previous (-1) quote of the quote reader's list; the first one when none is selected. */
    public void stepQuote(int direction) {
        List<QuoteRef> quotes = getReaderQuotes();
        if (quotes.isEmpty()) {
            return;
        }
        int i = quotes.indexOf(getSelectedQuote());
        int next = i < 0 ? (direction > 0 ? 0 : quotes.size() - 1) : Math.max(0, Math.min(quotes.size() - 1, i + direction));
        setSelectedQuote(quotes.get(next));
    }

    // ---- loading ------------------------------------------------------------------------------

    public BooleanProperty loadingProperty() {
        return loading;
    }

    public boolean isLoading() {
        return loading.get();
    }

    public void setLoading(boolean value) {
        loading.set(value);
    }

    /** 0..1, or negative when unknown. */
    public DoubleProperty loadProgressProperty() {
        return loadProgress;
    }

    public StringProperty loadMessageProperty() {
        return loadMessage;
    }

    /** What the last load left to say once it ended (e.g. that it was cancelled and what it kept); empty for nothing. */
    public StringProperty loadNoteProperty() {
        return loadNote;
    }

    public String getLoadNote() {
        return loadNote.get();
    }

    public void setLoadNote(String value) {
        loadNote.set(value == null ? "" : value);
    }
}

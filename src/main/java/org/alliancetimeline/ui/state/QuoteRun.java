package org.alliancetimeline.ui.state;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;
import org.alliancetimeline.model.Article;
import org.alliancetimeline.model.Quote;

/**
 * The quotes of an {@link ArticleRun}, article order then reading order; {@link QuoteRef}s are made
 * when asked for (they compare by identity of their parts, so two made for the same quote are equal).
 */
final class QuoteRun extends AbstractList<QuoteRef> implements RandomAccess {
    final ArticleRun articles;
    /** starts[k]: list index of article k's first quote; starts[n]: the number of quotes. */
    private final int[] starts;

    QuoteRun(ArticleRun articles) {
        this.articles = articles;
        int n = articles.size();
        starts = new int[n + 1];
        for (int k = 0; k < n; k++) {
            starts[k + 1] = starts[k] + articles.corpus.quoteCount(articles.indices[k]);
        }
    }

    @Override
    public QuoteRef get(int index) {
        if (index < 0 || index >= size()) {
            throw new IndexOutOfBoundsException(index);
        }
        // the last article whose first quote is at or before index (articles without quotes share a start)
        int lo = 0;
        int hi = articles.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (starts[mid] <= index) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        Article a = articles.get(lo);
        return new QuoteRef(a, a.quotes().get(index - starts[lo]));
    }

    @Override
    public int size() {
        return starts[starts.length - 1];
    }

    @Override
    public int indexOf(Object o) {
        if (!(o instanceof QuoteRef q)) {
            return -1;
        }
        int k = articles.indexOf(q.article());
        if (k < 0) {
            return -1;
        }
        List<Quote> quotes = q.article().quotes();
        for (int i = 0; i < quotes.size(); i++) {
            if (quotes.get(i) == q.quote()) {
                return starts[k] + i;
            }
        }
        return -1;
    }

    @Override
    public int lastIndexOf(Object o) {
        return indexOf(o);
    }

    @Override
    public boolean contains(Object o) {
        return indexOf(o) >= 0;
    }
}

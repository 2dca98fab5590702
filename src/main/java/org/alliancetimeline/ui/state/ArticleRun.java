package org.alliancetimeline.ui.state;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.RandomAccess;
import org.alliancetimeline.model.Article;
import org.alliancetimeline.model.Corpus;

/** Some articles of a corpus, as ascending corpus indices: a list view that holds no article references of its own. */
final class ArticleRun extends AbstractList<Article> implements RandomAccess {
    final Corpus corpus;
    final int[] indices;

    ArticleRun(Corpus corpus, int[] indices) {
        this.corpus = corpus;
        this.indices = indices;
    }

    /** The articles whose bit is set in {@code bits}, among indices [from, to). */
    static ArticleRun of(Corpus corpus, BitSet bits, int from, int to) {
        int[] idx = new int[to > from ? bits.get(from, to).cardinality() : 0];
        int n = 0;
        for (int i = bits.nextSetBit(from); i >= 0 && i < to && n < idx.length; i = bits.nextSetBit(i + 1)) {
            idx[n++] = i;
        }
        return new ArticleRun(corpus, idx);
    }

    boolean sameAs(ArticleRun other) {
        return other != null && other.corpus == corpus && Arrays.equals(other.indices, indices);
    }

    @Override
    public Article get(int index) {
        return corpus.get(indices[index]);
    }

    @Override
    public int size() {
        return indices.length;
    }

    @Override
    public int indexOf(Object o) {
        if (!(o instanceof Article a)) {
            return -1;
        }
        int ci = corpus.indexOf(a);
        if (ci < 0) {
            return -1;
        }
        int i = Arrays.binarySearch(indices, ci);
        return i >= 0 ? i : -1;
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

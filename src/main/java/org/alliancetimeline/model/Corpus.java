package org.alliancetimeline.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The loaded articles, sorted by date (undated articles last), with the lookups a timeline and a
 * partner filter need: articles in a date range by binary search over a sorted day array, and one
 * bit set per partner so that a filter is a few word-wide operations rather than a walk over
 * every article. Immutable.
 */
public final class Corpus {
    private static final Comparator<Article> BY_DATE = Comparator
            .comparing(Article::date, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Article::sourceFile);

    private final List<Article> articles;
    private final List<LoadProblem> problems;
    /** epochDay of each dated article, ascending; dated articles are indices [0, datedCount). */
    private final long[] epochDays;
    /** Indices of each partner's articles as the words of a bit set: ranges are counted without a copy. */
    private final Map<String, long[]> articlesByPartner;
    private final Map<String, Integer> articleCountByPartner;
    /** quoteStarts[i]: the number of quotes in articles [0, i); one more entry than articles. */
    private final int[] quoteStarts;

    public Corpus(List<Article> articles, List<LoadProblem> problems) {
        List<Article> sorted = new ArrayList<>(articles);
        sorted.sort(BY_DATE);
        this.articles = Collections.unmodifiableList(sorted);
        List<LoadProblem> sortedProblems = new ArrayList<>(problems);
        sortedProblems.sort(Comparator.comparing(LoadProblem::file));
        this.problems = List.copyOf(sortedProblems);

        int dated = 0;
        while (dated < sorted.size() && sorted.get(dated).date() != null) {
            dated++;
        }
        this.epochDays = new long[dated];
        Map<String, BitSet> byPartner = new HashMap<>();
        for (int i = 0; i < sorted.size(); i++) {
            Article a = sorted.get(i);
            if (i < dated) {
                epochDays[i] = a.date().toEpochDay();
            }
            for (PartnerMention p : a.partners()) {
                byPartner.computeIfAbsent(p.name(), k -> new BitSet(sorted.size())).set(i);
            }
        }
        Map<String, long[]> words = new HashMap<>();
        byPartner.forEach((name, bits) -> words.put(name, bits.toLongArray()));
        this.articlesByPartner = words;
        this.quoteStarts = new int[sorted.size() + 1];
        for (int i = 0; i < sorted.size(); i++) {
            quoteStarts[i + 1] = quoteStarts[i] + sorted.get(i).quotes().size();
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        byPartner.entrySet().stream()
                .sorted(Map.Entry.<String, BitSet>comparingByValue(
                        Comparator.comparingInt(BitSet::cardinality)).reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> counts.put(e.getKey(), e.getValue().cardinality()));
        this.articleCountByPartner = Collections.unmodifiableMap(counts);
    }

    public static Corpus empty() {
        return new Corpus(List.of(), List.of());
    }

    /** All articles, dated ones by date first, then undated ones. */
    public List<Article> articles() {
        return articles;
    }

    public List<LoadProblem> problems() {
        return problems;
    }

    public int size() {
        return articles.size();
    }

    public Article get(int index) {
        return articles.get(index);
    }

    /** Number of dated articles; they occupy indices [0, datedCount()). */
    public int datedCount() {
        return epochDays.length;
    }

    /** epochDay of dated article {@code index}. */
    public long epochDay(int index) {
        return epochDays[index];
    }

    public Optional<LocalDate> firstDate() {
        return epochDays.length == 0 ? Optional.empty() : Optional.of(LocalDate.ofEpochDay(epochDays[0]));
    }

    public Optional<LocalDate> lastDate() {
        return epochDays.length == 0 ? Optional.empty()
                : Optional.of(LocalDate.ofEpochDay(epochDays[epochDays.length - 1]));
    }

    /** Index of the first dated article on or after {@code epochDay} (datedCount() if none). */
    public int lowerBound(long epochDay) {
        int lo = 0;
        int hi = epochDays.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (epochDays[mid] < epochDay) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Dated articles with fromInclusive &lt;= date &lt; toExclusive, as an index range [from, to). */
    public int[] indexRange(LocalDate fromInclusive, LocalDate toExclusive) {
        return new int[] {lowerBound(fromInclusive.toEpochDay()), lowerBound(toExclusive.toEpochDay())};
    }

    public List<Article> between(LocalDate fromInclusive, LocalDate toExclusive) {
        int[] range = indexRange(fromInclusive, toExclusive);
        return articles.subList(range[0], Math.max(range[0], range[1]));
    }

    /** Partner names with at least one article, most articles first. */
    public Map<String, Integer> articleCountByPartner() {
        return articleCountByPartner;
    }

    /** Indices of the articles that name {@code partner}; a copy the caller may change. */
    public BitSet articlesWithPartner(String partner) {
        long[] words = articlesByPartner.get(partner);
        return words == null ? new BitSet() : BitSet.valueOf(words);
    }

    /** How many articles with indices in [from, to) name {@code partner}, in time proportional to the range's words. */
    public int countWithPartner(String partner, int from, int to) {
        long[] words = articlesByPartner.get(partner);
        if (words == null || to <= from) {
            return 0;
        }
        int count = 0;
        int firstWord = from >>> 6;
        int lastWord = Math.min(words.length - 1, (to - 1) >>> 6);
        for (int w = firstWord; w <= lastWord; w++) {
            long word = words[w];
            if (w == firstWord) {
                word &= -1L << (from & 63);
            }
            if (w == (to - 1) >>> 6) {
                word &= -1L >>> (63 - ((to - 1) & 63));
            }
            count += Long.bitCount(word);
        }
        return count;
    }

    /** The number of quotes in article {@code index}, without touching the article. */
    public int quoteCount(int index) {
        return quoteStarts[index + 1] - quoteStarts[index];
    }

    /** Indices of the articles that name any of {@code partners}; all articles when the set is empty. */
    public BitSet articlesWithAnyPartner(java.util.Collection<String> partners) {
        if (partners.isEmpty()) {
            BitSet all = new BitSet(articles.size());
            all.set(0, articles.size());
            return all;
        }
        long[] union = new long[(articles.size() + 63) >>> 6];
        for (String p : partners) {
            long[] words = articlesByPartner.get(p);
            if (words != null) {
                for (int w = 0; w < words.length; w++) {
                    union[w] |= words[w];
                }
            }
        }
        return BitSet.valueOf(union);
    }

    public int indexOf(Article article) {
        if (article.date() != null) {
            int i = lowerBound(article.date().toEpochDay());
            for (; i < epochDays.length && epochDays[i] == article.date().toEpochDay(); i++) {
                if (articles.get(i) == article) {
                    return i;
                }
            }
            return -1;
        }
        for (int i = epochDays.length; i < articles.size(); i++) {
            if (articles.get(i) == article) {
                return i;
            }
        }
        return -1;
    }
}

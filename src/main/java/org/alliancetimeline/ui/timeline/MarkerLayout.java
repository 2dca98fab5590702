package org.alliancetimeline.ui.timeline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import org.alliancetimeline.model.Article;
import org.alliancetimeline.model.Corpus;

/**
 * Lays out article markers on a timeline band so none hides another: markers sit at their day and
 * stack upwards in rows; where the articles of a stretch would need more rows than the band has,
 * they become one cluster circle with a count. The band is cut into bins a few markers wide,
 * aligned to absolute time; a bin is counted with the corpus bit sets first, so a bin of thousands
 * of articles costs a binary search, not a walk. Pure.
 */
public final class MarkerLayout {
    /** Bins are this many marker widths wide. */
    static final int BIN_MARKERS = 3;

    /**
     * One marker (an article) or one cluster (several) at (x, y) with a radius, in band pixels.
     *
     * @param article   the article of a marker, null for a cluster
     * @param fromIndex first corpus index covered
     * @param toIndex   corpus index after the last one covered
     * @param count     filtered articles inside
     * @param fromDay   epoch day of the first article inside
     * @param toDay     epoch day of the last article inside
     */
    public record Item(Article article, int fromIndex, int toIndex, int count, long fromDay, long toDay,
                       double x, double y, double radius) {
        public boolean isCluster() {
            return article == null;
        }

        public boolean contains(double px, double py, double slack) {
            double dx = px - x;
            double dy = py - y;
            double r = radius + slack;
            return dx * dx + dy * dy <= r * r;
        }
    }

    /**
     * @param diameter marker diameter in pixels
     * @param gap      space kept between two items
     * @param bottom   y of the band's bottom edge (markers stack up from it)
     * @param height   band height
     */
    public record Geometry(double diameter, double gap, double bottom, double height) {
        int rows() {
            return Math.max(1, (int) Math.floor((height - gap) / (diameter + gap)));
        }

        double rowY(int row) {
            return bottom - gap - diameter / 2 - row * (diameter + gap);
        }
    }

    private MarkerLayout() {
    }

    public static List<Item> layout(Corpus corpus, BitSet filter, TimeScale scale, Geometry g) {
        List<Item> items = new ArrayList<>();
        if (corpus.datedCount() == 0) {
            return items;
        }
        int rows = g.rows();
        double pitch = g.diameter() + g.gap();
        double binWidth = BIN_MARKERS * pitch;
        double daysPerBin = binWidth * scale.daysPerPixel();
        double[] lastRight = new double[rows];
        Arrays.fill(lastRight, Double.NEGATIVE_INFINITY);
        long firstBin = (long) Math.floor(scale.window().start() / daysPerBin) - 1;
        long lastBin = (long) Math.floor(scale.window().end() / daysPerBin) + 1;
        double r = g.diameter() / 2;
        // bins are on a fixed grid (clusters do not jump while panning) but hold only articles inside
        // the window, the ones the rest of the window lists and counts
        int windowFrom = lowerBoundCenter(corpus, scale.window().start());
        int windowTo = lowerBoundCenter(corpus, scale.window().end());
        for (long k = firstBin; k <= lastBin; k++) {
            int from = Math.max(windowFrom, lowerBoundCenter(corpus, k * daysPerBin));
            int to = Math.min(windowTo, lowerBoundCenter(corpus, (k + 1) * daysPerBin));
            if (to <= from) {
                continue;
            }
            int count = to - from <= 64 ? countBits(filter, from, to) : filter.get(from, to).cardinality();
            if (count == 0) {
                continue;
            }
            List<Item> placed = count <= BIN_MARKERS * rows ? pack(corpus, filter, scale, g, from, to, lastRight, rows) : null;
            if (placed != null) {
                items.addAll(placed);
                continue;
            }
            // a cluster at the bin's middle, pushed right of anything already in the band
            double radius = Math.min(binWidth / 2 - g.gap(), r * (1.3 + 0.28 * Math.log(count) / Math.log(2)));
            radius = Math.max(r + 2, Math.min(radius, g.height() / 2 - g.gap()));
            double left = Double.NEGATIVE_INFINITY;
            for (double v : lastRight) {
                left = Math.max(left, v);
            }
            // at the middle of its articles' days, kept inside its bin, pushed right of what is already placed
            int first = filter.nextSetBit(from);
            int last = filter.previousSetBit(to - 1);
            double mid = (scale.dayCenterX(corpus.epochDay(first)) + scale.dayCenterX(corpus.epochDay(last))) / 2;
            double binLeft = scale.toX(k * daysPerBin);
            mid = Math.max(binLeft + radius, Math.min(binLeft + binWidth - radius, mid));
            double cx = Math.max(mid, left + g.gap() + radius);
            double cy = g.bottom() - g.gap() - radius;
            items.add(new Item(null, from, to, count, corpus.epochDay(first), corpus.epochDay(last), cx, cy, radius));
            Arrays.fill(lastRight, cx + radius);
        }
        return items;
    }

    /** Places each filtered article of [from, to) in the lowest free row; null (and nothing changed) when one does not fit. */
    private static List<Item> pack(Corpus corpus, BitSet filter, TimeScale scale, Geometry g, int from, int to,
                                   double[] lastRight, int rows) {
        double[] rights = lastRight.clone();
        double r = g.diameter() / 2;
        List<Item> out = new ArrayList<>();
        for (int i = filter.nextSetBit(from); i >= 0 && i < to; i = filter.nextSetBit(i + 1)) {
            double x = scale.dayCenterX(corpus.epochDay(i));
            int row = -1;
            for (int j = 0; j < rows; j++) {
                if (rights[j] + g.gap() <= x - r) {
                    row = j;
                    break;
                }
            }
            if (row < 0) {
                return null;
            }
            rights[row] = x + r;
            long day = corpus.epochDay(i);
            out.add(new Item(corpus.get(i), i, i + 1, 1, day, day, x, g.rowY(row), r));
        }
        System.arraycopy(rights, 0, lastRight, 0, rows);
        return out;
    }

    /** First dated index whose day, drawn at its middle, is at or after {@code instant}. */
    private static int lowerBoundCenter(Corpus corpus, double instant) {
        double d = Math.ceil(instant - 0.5);
        if (d > Long.MAX_VALUE / 2) {
            return corpus.datedCount();
        }
        if (d < Long.MIN_VALUE / 2) {
            return 0;
        }
        return corpus.lowerBound((long) d);
    }

    private static int countBits(BitSet bits, int from, int to) {
        int n = 0;
        for (int i = bits.nextSetBit(from); i >= 0 && i < to; i = bits.nextSetBit(i + 1)) {
            n++;
        }
        return n;
    }
}

package org.alliancetimeline.ui.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.alliancetimeline.model.Article;
import org.alliancetimeline.model.Corpus;
import org.alliancetimeline.ui.SampleCorpus;
import org.alliancetimeline.ui.state.TimeWindow;
import org.junit.jupiter.api.Test;

class MarkerLayoutTest {
    private static final MarkerLayout.Geometry GEO = new MarkerLayout.Geometry(12, 3, 200, 150);

    private static Corpus sameDay(int n, LocalDate day) {
        List<Article> a = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            a.add(SampleCorpus.article("a" + i, day, "t" + i, List.of("Georgia"), null, List.of(), "text"));
        }
        return new Corpus(a, List.of());
    }

    private static BitSet all(Corpus c) {
        BitSet b = new BitSet();
        b.set(0, c.size());
        return b;
    }

    @Test
    void spreadArticlesAreSingleMarkersAtTheirDay() {
        Corpus c = SampleCorpus.small();
        TimeScale s = new TimeScale(TimeWindow.of(LocalDate.of(2007, 1, 1), LocalDate.of(2025, 12, 31)), 1200);
        List<MarkerLayout.Item> items = MarkerLayout.layout(c, all(c), s, GEO);
        assertEquals(c.datedCount(), items.size());
        for (MarkerLayout.Item it : items) {
            assertTrue(!it.isCluster());
            assertEquals(s.dayCenterX(it.article().date().toEpochDay()), it.x(), 1e-9);
        }
        assertNoOverlap(items);
    }

    @Test
    void sameDayArticlesStackThenCluster() {
        Corpus few = sameDay(4, LocalDate.of(2020, 5, 5));
        TimeScale s = new TimeScale(TimeWindow.of(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31)), 1000);
        List<MarkerLayout.Item> items = MarkerLayout.layout(few, all(few), s, GEO);
        assertEquals(4, items.size());
        assertEquals(4, items.stream().mapToDouble(MarkerLayout.Item::y).distinct().count());
        assertNoOverlap(items);

        Corpus many = sameDay(40, LocalDate.of(2020, 5, 5));
        items = MarkerLayout.layout(many, all(many), s, GEO);
        assertEquals(1, items.size());
        assertTrue(items.get(0).isCluster());
        assertEquals(40, items.get(0).count());
        assertEquals(LocalDate.of(2020, 5, 5).toEpochDay(), items.get(0).fromDay());
    }

    @Test
    void everyFilteredArticleIsCountedOnceAndNothingOverlaps() {
        Corpus c = SampleCorpus.rich();
        BitSet filter = c.articlesWithAnyPartner(List.of("Ukraine", "Georgia"));
        for (double width : new double[] {400, 1280, 1900}) {
            TimeScale s = new TimeScale(TimeWindow.of(LocalDate.of(2005, 1, 1), LocalDate.of(2026, 1, 1)), width);
            List<MarkerLayout.Item> items = MarkerLayout.layout(c, filter, s, GEO);
            int total = items.stream().mapToInt(MarkerLayout.Item::count).sum();
            int expected = 0;
            for (int i = filter.nextSetBit(0); i >= 0 && i < c.datedCount(); i = filter.nextSetBit(i + 1)) {
                expected++;
            }
            assertEquals(expected, total, "width " + width);
            assertTrue(items.stream().anyMatch(MarkerLayout.Item::isCluster), "dense corpus should cluster at width " + width);
            for (MarkerLayout.Item it : items) {
                if (!it.isCluster()) {
                    assertTrue(filter.get(it.fromIndex()));
                }
            }
            assertNoOverlap(items);
        }
    }

    @Test
    void clustersSplitIntoMarkersWhenZoomedIn() {
        Corpus c = SampleCorpus.rich();
        BitSet f = all(c);
        TimeScale wide = new TimeScale(TimeWindow.of(LocalDate.of(2005, 1, 1), LocalDate.of(2026, 1, 1)), 800);
        MarkerLayout.Item cluster = MarkerLayout.layout(c, f, wide, GEO).stream()
                .filter(MarkerLayout.Item::isCluster).findFirst().orElseThrow();
        TimeScale zoomed = wide.withWindow(wide.fit(cluster.fromDay(), cluster.toDay() + 1, 0.15));
        List<MarkerLayout.Item> inside = MarkerLayout.layout(c, f, zoomed, GEO);
        assertTrue(inside.size() > 1, "zooming into a cluster shows more than one item");
    }

    private static void assertNoOverlap(List<MarkerLayout.Item> items) {
        for (int i = 0; i < items.size(); i++) {
            for (int j = i + 1; j < items.size(); j++) {
                MarkerLayout.Item a = items.get(i);
                MarkerLayout.Item b = items.get(j);
                double d = Math.hypot(a.x() - b.x(), a.y() - b.y());
                boolean separateColumns = Math.abs(a.x() - b.x()) >= a.radius() + b.radius() - 1e-6;
                assertTrue(d >= a.radius() + b.radius() - 1e-6 || separateColumns,
                        "items overlap: " + a + " and " + b);
            }
        }
    }
}

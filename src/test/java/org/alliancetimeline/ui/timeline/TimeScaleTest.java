package org.alliancetimeline.ui.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.alliancetimeline.ui.state.TimeWindow;
import org.junit.jupiter.api.Test;

class TimeScaleTest {
    private static final TimeWindow MAX = new TimeWindow(10_000, 20_000);
    private final TimeScale scale = new TimeScale(new TimeWindow(14_000, 15_000), 1000, 1.0, MAX);

    @Test
    void mapsEndsAndMiddle() {
        assertEquals(0, scale.toX(14_000), 1e-9);
        assertEquals(1000, scale.toX(15_000), 1e-9);
        assertEquals(500, scale.toX(14_500), 1e-9);
        assertEquals(1.0, scale.pixelsPerDay(), 1e-12);
        assertEquals(500.5, scale.dayCenterX(14_500), 1e-9);
    }

    @Test
    void roundTrips() {
        for (double x = -300; x <= 1300; x += 37.3) {
            assertEquals(x, scale.toX(scale.toDay(x)), 1e-6);
        }
        for (double d = 13_000; d <= 16_000; d += 11.7) {
            assertEquals(d, scale.toDay(scale.toX(d)), 1e-6);
        }
    }

    @Test
    void zoomKeepsTheTimeUnderThePointer() {
        for (double anchor : new double[] {0, 123, 500, 877, 1000}) {
            double before = scale.toDay(anchor);
            TimeWindow w = scale.zoom(3, anchor);
            TimeScale after = scale.withWindow(w);
            assertEquals(before, after.toDay(anchor), 1e-6, "anchor " + anchor);
            assertEquals(1000 / 3.0, w.span(), 1e-6);
            TimeWindow out = scale.zoom(0.5, anchor);
            assertEquals(before, scale.withWindow(out).toDay(anchor), 1e-6);
        }
    }

    @Test
    void zoomIsClampedBetweenADayAndTheWholeSpan() {
        TimeWindow tiny = scale.zoom(1e9, 250);
        assertEquals(1.0, tiny.span(), 1e-9);
        assertTrue(tiny.start() >= 14_000 && tiny.end() <= 15_000);
        TimeWindow huge = scale.zoom(1e-9, 250);
        assertEquals(MAX, huge);
        // repeated zooming in never goes below a day, zooming out never above the maximum
        TimeScale s = scale;
        for (int i = 0; i < 60; i++) {
            s = s.withWindow(s.zoom(1.7, 600));
            assertTrue(s.window().span() >= 1.0 - 1e-9);
        }
        for (int i = 0; i < 60; i++) {
            s = s.withWindow(s.zoom(1 / 1.7, 100));
            assertTrue(s.window().span() <= MAX.span() + 1e-9);
            assertTrue(s.window().start() >= MAX.start() - 1e-9 && s.window().end() <= MAX.end() + 1e-9);
        }
    }

    @Test
    void panMovesByPixelsAndStaysInside() {
        TimeWindow w = scale.panPixels(100); // content dragged right: earlier time
        assertEquals(13_900, w.start(), 1e-9);
        assertEquals(15_100, scale.panPixels(-100).end(), 1e-9);
        TimeWindow far = scale.panDays(-1e6);
        assertEquals(MAX.start(), far.start(), 1e-9);
        assertEquals(1000, far.span(), 1e-9);
        assertEquals(MAX.end(), scale.panDays(1e6).end(), 1e-9);
    }

    @Test
    void fitShowsARangeWithMargin() {
        TimeWindow w = scale.fit(14_100, 14_200, 0.1);
        assertEquals(120, w.span(), 1e-9);
        assertEquals(14_150, w.center(), 1e-9);
        assertEquals(1.0, scale.fit(14_100, 14_100, 0.1).span(), 1e-9);
    }
}

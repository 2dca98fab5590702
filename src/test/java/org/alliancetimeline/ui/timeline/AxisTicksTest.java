package org.alliancetimeline.ui.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.alliancetimeline.ui.state.TimeWindow;
import org.junit.jupiter.api.Test;

class AxisTicksTest {
    /** 7 px per character, like a 12 px sans serif. */
    private static final ToDoubleFunction<String> MEASURE = s -> 7.0 * s.length();

    private static AxisTicks.Result ticks(LocalDate from, LocalDate to, double width) {
        return AxisTicks.compute(new TimeScale(TimeWindow.of(from, to), width), MEASURE);
    }

    @Test
    void levelsFollowTheZoom() {
        assertEquals("day", ticks(LocalDate.of(2020, 3, 1), LocalDate.of(2020, 3, 10), 1000).level());
        assertEquals("month", ticks(LocalDate.of(2020, 1, 1), LocalDate.of(2021, 6, 1), 1000).level());
        assertEquals("half year", ticks(LocalDate.of(2008, 1, 1), LocalDate.of(2024, 12, 31), 1200).level());
        assertEquals("year", ticks(LocalDate.of(2008, 1, 1), LocalDate.of(2024, 12, 31), 800).level());
        String wide = ticks(LocalDate.of(1950, 1, 1), LocalDate.of(2024, 12, 31), 1000).level();
        assertTrue(List.of("5 years", "decade").contains(wide), wide);
        assertEquals("decade", ticks(LocalDate.of(1900, 1, 1), LocalDate.of(2024, 12, 31), 900).level());
    }

    @Test
    void monthsGetTheirYearAbove() {
        AxisTicks.Result r = ticks(LocalDate.of(2020, 11, 1), LocalDate.of(2021, 3, 1), 200);
        assertEquals("month", r.level());
        assertEquals("Nov", r.labelled().get(0).label());
        assertEquals(List.of("2020", "2021"), r.major().stream().map(AxisTicks.Tick::label).toList());
        AxisTicks.Result days = ticks(LocalDate.of(2020, 3, 1), LocalDate.of(2020, 3, 10), 1000);
        assertEquals("March 2020", days.major().get(0).label());
        assertEquals("1", days.labelled().get(0).label());
        assertTrue(days.minor().isEmpty(), "no level finer than days");
    }

    @Test
    void labelsNeverOverlapAtAnyZoom() {
        double[] widths = {320, 640, 1280, 1920};
        LocalDate start = LocalDate.of(2000, 2, 17);
        for (double width : widths) {
            for (double span = 1.0; span < 80 * 365; span *= 1.37) {
                TimeScale s = new TimeScale(new TimeWindow(start.toEpochDay() + 0.3, start.toEpochDay() + 0.3 + span), width);
                AxisTicks.Result r = AxisTicks.compute(s, MEASURE);
                assertFalse(r.labelled().isEmpty(), "no ticks at span " + span + " width " + width);
                assertNoOverlap(r.labelled(), span, width);
                assertNoOverlap(r.major(), span, width);
                for (AxisTicks.Tick t : r.labelled()) {
                    assertTrue(t.x() >= -1e-6 && t.x() <= width + 1e-6);
                }
            }
        }
    }

    private static void assertNoOverlap(List<AxisTicks.Tick> ticks, double span, double width) {
        for (int i = 1; i < ticks.size(); i++) {
            assertTrue(ticks.get(i).labelStart() >= ticks.get(i - 1).labelEnd() + AxisTicks.LABEL_GAP - 1e-6,
                    "labels " + ticks.get(i - 1).label() + " and " + ticks.get(i).label() + " overlap at span " + span
                            + " width " + width);
        }
    }
}

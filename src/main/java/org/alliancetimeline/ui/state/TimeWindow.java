package org.alliancetimeline.ui.state;

import java.time.LocalDate;

/**
 * A visible stretch of time, as epoch days (fractional: 0.5 is noon on 1 January 1970). Immutable;
 * {@code end > start} always.
 */
public record TimeWindow(double start, double end) {
    public TimeWindow {
        if (!Double.isFinite(start) || !Double.isFinite(end) || !(end > start)) {
            throw new IllegalArgumentException("bad time window " + start + " .. " + end);
        }
    }

    /** From the start of {@code first} to the end of {@code last}. */
    public static TimeWindow of(LocalDate first, LocalDate last) {
        return new TimeWindow(first.toEpochDay(), last.toEpochDay() + 1.0);
    }

    public double span() {
        return end - start;
    }

    public double center() {
        return (start + end) / 2;
    }

    public boolean contains(double epochDay) {
        return epochDay >= start && epochDay < end;
    }

    /** Whether a whole day, drawn at its middle, is inside. */
    public boolean containsDay(long epochDay) {
        return contains(epochDay + 0.5);
    }

    public TimeWindow shiftedBy(double days) {
        return new TimeWindow(start + days, end + days);
    }

    public TimeWindow centeredOn(double epochDay) {
        double half = span() / 2;
        return new TimeWindow(epochDay - half, epochDay + half);
    }

    /** First whole day that is at least partly visible. */
    public long firstDay() {
        return (long) Math.floor(start);
    }

    /** Day after the last day that is at least partly visible. */
    public long endDayExclusive() {
        return (long) Math.ceil(end);
    }
}

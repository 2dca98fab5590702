package org.alliancetimeline.ui.timeline;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * Chooses the axis ticks for a scale: the finest level (decades ... days) whose labels fit side by
 * side, unlabelled minor ticks one level finer, and a second row of major labels one unit coarser
 * (the year above months, the month above days). Labels are measured, never overlap, and a label
 * that would not fit is left out. Pure.
 */
public final class AxisTicks {
    /** Gap kept between two labels, in pixels. */
    public static final double LABEL_GAP = 10;
    /** Labels start this far right of their tick. */
    public static final double LABEL_INSET = 4;
    private static final double MIN_MINOR_SPACING = 5;

    /** A tick at x (pixels) with its label (empty for none) and the label's measured width. */
    public record Tick(double x, String label, double labelWidth) {
        public double labelStart() {
            return x + LABEL_INSET;
        }

        public double labelEnd() {
            return labelStart() + labelWidth;
        }
    }

    /** Ticks to draw; {@code level} names the labelled level ("10 years", "month", ...). */
    public record Result(String level, List<Tick> labelled, List<Tick> minor, List<Tick> major) {
    }

    enum Unit { YEAR, MONTH, DAY }

    record Level(String name, Unit unit, int step) {
    }

    static final List<Level> LEVELS = List.of(
            new Level("day", Unit.DAY, 1),
            new Level("2 days", Unit.DAY, 2),
            new Level("5 days", Unit.DAY, 5),
            new Level("10 days", Unit.DAY, 10),
            new Level("month", Unit.MONTH, 1),
            new Level("quarter", Unit.MONTH, 3),
            new Level("half year", Unit.MONTH, 6),
            new Level("year", Unit.YEAR, 1),
            new Level("2 years", Unit.YEAR, 2),
            new Level("5 years", Unit.YEAR, 5),
            new Level("decade", Unit.YEAR, 10),
            new Level("20 years", Unit.YEAR, 20),
            new Level("50 years", Unit.YEAR, 50),
            new Level("century", Unit.YEAR, 100),
            new Level("500 years", Unit.YEAR, 500),
            new Level("millennium", Unit.YEAR, 1000));

    private AxisTicks() {
    }

    public static Result compute(TimeScale scale, ToDoubleFunction<String> measure) {
        for (int li = 0; li < LEVELS.size(); li++) {
            Level level = LEVELS.get(li);
            // a cheap bound first: the days between ticks at this level, at least
            double minDays = switch (level.unit()) {
                case DAY -> level.step();
                case MONTH -> 28.0 * level.step();
                case YEAR -> 365.0 * level.step();
            };
            if (minDays * scale.pixelsPerDay() < 14) {
                continue;
            }
            List<LocalDate> dates = dates(scale, level);
            if (dates.size() > 2000) {
                continue;
            }
            List<Tick> ticks = new ArrayList<>(dates.size());
            for (LocalDate d : dates) {
                String label = label(d, level.unit());
                ticks.add(new Tick(scale.toX(d.toEpochDay()), label, measure.applyAsDouble(label)));
            }
            if (!fits(ticks)) {
                continue;
            }
            List<Tick> minor = new ArrayList<>();
            if (li > 0) {
                Level finer = LEVELS.get(li - 1);
                List<LocalDate> fd = dates(scale, finer);
                double spacing = fd.size() < 2 ? Double.MAX_VALUE
                        : scale.toX(fd.get(1).toEpochDay()) - scale.toX(fd.get(0).toEpochDay());
                if (spacing >= MIN_MINOR_SPACING && fd.size() < 5000) {
                    for (LocalDate d : fd) {
                        minor.add(new Tick(scale.toX(d.toEpochDay()), "", 0));
                    }
                }
            }
            List<Tick> major = major(scale, level, measure);
            return new Result(level.name(), ticks, minor, major);
        }
        return new Result("none", List.of(), List.of(), List.of());
    }

    private static boolean fits(List<Tick> ticks) {
        for (int i = 1; i < ticks.size(); i++) {
            if (ticks.get(i).labelStart() < ticks.get(i - 1).labelEnd() + LABEL_GAP) {
                return false;
            }
        }
        return true;
    }

    /** Year labels above months and days, month labels above days; the first is pinned to the left edge. */
    private static List<Tick> major(TimeScale scale, Level level, ToDoubleFunction<String> measure) {
        Unit majorUnit = switch (level.unit()) {
            case DAY -> Unit.MONTH;
            case MONTH -> Unit.YEAR;
            case YEAR -> null;
        };
        if (majorUnit == null) {
            return List.of();
        }
        List<LocalDate> dates = dates(scale, new Level("major", majorUnit, 1));
        List<Tick> result = new ArrayList<>();
        LocalDate first = startOf(LocalDate.ofEpochDay((long) Math.floor(scale.window().start())), majorUnit);
        if (dates.isEmpty() || dates.get(0).isAfter(first)) {
            dates.add(0, first);
        }
        double lastEnd = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < dates.size(); i++) {
            LocalDate d = dates.get(i);
            String label = majorUnit == Unit.YEAR ? Integer.toString(d.getYear())
                    : d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + d.getYear();
            double w = measure.applyAsDouble(label);
            double x = Math.max(scale.toX(d.toEpochDay()), -LABEL_INSET);
            if (i == 0 && dates.size() > 1) {
                // the pinned label must not run into the next one
                double nextX = scale.toX(dates.get(1).toEpochDay());
                if (x + LABEL_INSET + w + LABEL_GAP > nextX + LABEL_INSET) {
                    continue;
                }
            }
            Tick t = new Tick(x, label, w);
            if (t.labelStart() >= lastEnd + LABEL_GAP) {
                result.add(t);
                lastEnd = t.labelEnd();
            }
        }
        return result;
    }

    static LocalDate startOf(LocalDate d, Unit unit) {
        return switch (unit) {
            case YEAR -> d.withDayOfYear(1);
            case MONTH -> d.withDayOfMonth(1);
            case DAY -> d;
        };
    }

    /** The tick dates of a level inside the window. */
    static List<LocalDate> dates(TimeScale scale, Level level) {
        long fromDay = (long) Math.ceil(scale.window().start());
        long toDay = (long) Math.floor(scale.window().end());
        List<LocalDate> out = new ArrayList<>();
        if (toDay < fromDay) {
            return out;
        }
        LocalDate from = LocalDate.ofEpochDay(Math.max(fromDay, LocalDate.of(-9999, 1, 1).toEpochDay()));
        LocalDate to = LocalDate.ofEpochDay(Math.min(toDay, LocalDate.of(9999, 12, 31).toEpochDay()));
        switch (level.unit()) {
            case YEAR -> {
                int y = Math.floorDiv(from.getYear() + level.step() - 1, level.step()) * level.step();
                if (LocalDate.of(y, 1, 1).isBefore(from)) {
                    y += level.step();
                }
                for (; !LocalDate.of(y, 1, 1).isAfter(to); y += level.step()) {
                    out.add(LocalDate.of(y, 1, 1));
                }
            }
            case MONTH -> {
                LocalDate d = from.withDayOfMonth(1);
                while (d.isBefore(from) || (d.getMonthValue() - 1) % level.step() != 0) {
                    d = d.plusMonths(1);
                }
                for (; !d.isAfter(to); d = d.plusMonths(level.step())) {
                    out.add(d);
                }
            }
            case DAY -> {
                for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
                    int dom = d.getDayOfMonth();
                    boolean on = level.step() == 1
                            || (dom - 1) % level.step() == 0 && dom + level.step() <= d.lengthOfMonth() + 1;
                    if (on) {
                        out.add(d);
                    }
                }
            }
        }
        return out;
    }

    static String label(LocalDate d, Unit unit) {
        return switch (unit) {
            case YEAR -> Integer.toString(d.getYear());
            case MONTH -> d.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
            case DAY -> Integer.toString(d.getDayOfMonth());
        };
    }
}

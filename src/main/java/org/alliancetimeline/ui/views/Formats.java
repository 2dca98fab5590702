package org.alliancetimeline.ui.views;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.alliancetimeline.model.Article;
import org.alliancetimeline.model.DatePrecision;
import org.alliancetimeline.ui.state.TimeWindow;

/** How dates and spans read in the views. */
public final class Formats {
    public static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    public static final DateTimeFormatter LONG_DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

    private Formats() {
    }

    /** The article's date as precisely as it is known. */
    public static String articleDate(Article a) {
        if (a.date() == null) {
            return "Undated";
        }
        DatePrecision p = a.datePrecision() == null ? DatePrecision.DAY : a.datePrecision();
        return switch (p) {
            case DAY, NONE -> LONG_DAY.format(a.date());
            case MONTH -> MONTH.format(a.date());
            case YEAR -> Integer.toString(a.date().getYear());
        };
    }

    public static String shortDate(Article a) {
        return a.date() == null ? "undated" : DAY.format(a.date());
    }

    /** "3 Mar 2019 – 14 Jun 2024 (5.3 years)". */
    public static String span(TimeWindow w) {
        LocalDate a = LocalDate.ofEpochDay((long) Math.floor(w.start()));
        LocalDate b = LocalDate.ofEpochDay((long) Math.ceil(w.end()) - 1);
        double days = w.span();
        String length;
        if (days >= 730) {
            length = String.format(Locale.ENGLISH, "%.1f years", days / 365.25);
        } else if (days >= 60) {
            length = String.format(Locale.ENGLISH, "%.1f months", days / 30.44);
        } else if (days >= 1.5) {
            length = String.format(Locale.ENGLISH, "%.0f days", days);
        } else {
            length = String.format(Locale.ENGLISH, "%.0f hours", days * 24);
        }
        String range = a.equals(b) ? DAY.format(a) : DAY.format(a) + " – " + DAY.format(b);
        return range + " (" + length + ")";
    }
}

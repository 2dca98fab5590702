package org.alliancetimeline.ingest;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.alliancetimeline.model.DatePrecision;

/**
 * A date written in text. {@code year} is 0 when the text gives only day and month ("on October
 * 31"), {@code day} is 0 for a month ("July 2023"); {@code weekday} is the weekday written next to
 * it, if any.
 */
public record DateMention(int year, int month, int day, DayOfWeek weekday, int start, int end, String text) {

    public boolean hasYear() {
        return year > 0;
    }

    public boolean hasDay() {
        return day > 0;
    }

    public DatePrecision precision() {
        return day > 0 ? DatePrecision.DAY : month > 0 ? DatePrecision.MONTH : DatePrecision.YEAR;
    }

    /** The date, with missing parts set to the first of the period; null without a year. */
    public LocalDate toDate() {
        if (!hasYear()) {
            return null;
        }
        return LocalDate.of(year, Math.max(month, 1), Math.max(day, 1));
    }

    public DateMention withYear(int newYear) {
        return new DateMention(newYear, month, day, weekday, start, end, text);
    }
}

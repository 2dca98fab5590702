package org.alliancetimeline.ingest;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the dates written in a piece of text, in the forms news sites use: ISO {@code 2023-01-26},
 * {@code 27 November 2024}, {@code March 23, 2015}, {@code 22 Nov. 2011}, {@code Thu, 05/12/2011}
 * (day/month order settled by the weekday when one is given), {@code 12.05.2011}, {@code July 2023},
 * and day-month without a year ({@code on October 31}, {@code Jan 31}). Stateless and thread-safe.
 */
public final class DateForms {
    private static final String MONTH = "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?"
            + "|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
    private static final String ORDINAL = "(?:st|nd|rd|th)?";
    private static final String WEEKDAY = "(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
            + "|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\\.?";

    // Each pattern opens with a one-character lookahead, the cheapest test, so the scan passes over
    // most positions without evaluating word boundaries or lookbehinds.
    private static final Pattern ISO = Pattern.compile("(?=\\d)(?<![\\d-])(\\d{4})-(\\d{1,2})-(\\d{1,2})(?![\\d-])");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(?=\\d)(?<![\\d.,])(\\d{1,2})" + ORDINAL + "(?:\\s+of)?[\\s-]+" + MONTH + ",?[\\s-]+(\\d{4})(?!\\d)");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "(?=[JFMASOND])\\b" + MONTH + "\\s+(\\d{1,2})" + ORDINAL + "(?!\\d),?\\s+(\\d{4})(?!\\d)");
    private static final Pattern NUMERIC = Pattern.compile("(?=\\d)(?<![\\d./])(\\d{1,2})([./])(\\d{1,2})\\2(\\d{4})(?![\\d./])");
    private static final Pattern MONTH_YEAR = Pattern.compile("(?=[JFMASOND])\\b" + MONTH + "(?:\\s+of)?,?\\s+(\\d{4})(?!\\d)");
    private static final Pattern DAY_MONTH = Pattern.compile("(?=\\d)(?<![\\d.,])(\\d{1,2})" + ORDINAL + "(?:\\s+of)?\\s+" + MONTH + "(?![\\w])");
    private static final Pattern MONTH_DAY = Pattern.compile("(?=[JFMASOND])\\b" + MONTH + "\\s+(\\d{1,2})" + ORDINAL + "(?![\\d:])");
    private static final Pattern WEEKDAY_BEFORE = Pattern.compile("\\b" + WEEKDAY + "[,\\s]*(?:\\(\\s*)?$");

    private static final Map<String, DayOfWeek> WEEKDAYS = Map.ofEntries(
            Map.entry("mon", DayOfWeek.MONDAY), Map.entry("tue", DayOfWeek.TUESDAY),
            Map.entry("wed", DayOfWeek.WEDNESDAY), Map.entry("thu", DayOfWeek.THURSDAY),
            Map.entry("fri", DayOfWeek.FRIDAY), Map.entry("sat", DayOfWeek.SATURDAY),
            Map.entry("sun", DayOfWeek.SUNDAY));

    private DateForms() {
    }

    /** Month number (1-12) of an English month name or abbreviation, or 0. */
    public static int monthNumber(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        String[] months = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
        for (int i = 0; i < months.length; i++) {
            if (n.startsWith(months[i])) {
                return i + 1;
            }
        }
        return 0;
    }

    public static DayOfWeek weekday(String name) {
        return name == null || name.length() < 3 ? null : WEEKDAYS.get(name.substring(0, 3).toLowerCase(Locale.ROOT));
    }

    /** Pattern of a weekday name, full or abbreviated; group 1 is the name. */
    public static Pattern weekdayPattern() {
        return Pattern.compile("\\b" + WEEKDAY);
    }

    /** All dates in {@code text}, in order; where forms overlap the most complete one wins. */
    public static List<DateMention> find(String text) {
        List<DateMention> found = new ArrayList<>();
        if (!hasDigit(text)) {
            return found;
        }
        Matcher m = ISO.matcher(text);
        while (m.find()) {
            add(found, text, int4(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)), m.start(), m.end());
        }
        m = DAY_MONTH_YEAR.matcher(text);
        while (m.find()) {
            add(found, text, int4(m.group(3)), monthNumber(m.group(2)), Integer.parseInt(m.group(1)), m.start(), m.end());
        }
        m = MONTH_DAY_YEAR.matcher(text);
        while (m.find()) {
            add(found, text, int4(m.group(3)), monthNumber(m.group(1)), Integer.parseInt(m.group(2)), m.start(), m.end());
        }
        m = NUMERIC.matcher(text);
        while (m.find()) {
            addNumeric(found, text, m);
        }
        m = MONTH_YEAR.matcher(text);
        while (m.find()) {
            add(found, text, int4(m.group(2)), monthNumber(m.group(1)), 0, m.start(), m.end());
        }
        m = DAY_MONTH.matcher(text);
        while (m.find()) {
            add(found, text, 0, monthNumber(m.group(2)), Integer.parseInt(m.group(1)), m.start(), m.end());
        }
        m = MONTH_DAY.matcher(text);
        while (m.find()) {
            add(found, text, 0, monthNumber(m.group(1)), Integer.parseInt(m.group(2)), m.start(), m.end());
        }
        return removeOverlaps(found);
    }

    /** Every form has a digit; most text has few, so this check saves the patterns most of the work. */
    private static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    private static int int4(String s) {
        return Integer.parseInt(s);
    }

    private static void add(List<DateMention> found, String text, int year, int month, int day, int start, int end) {
        if (month < 1 || month > 12 || day < 0 || day > 31 || (year != 0 && (year < 1000 || year > 2999))) {
            return;
        }
        if (!isMonthWordCapitalised(text, start, end)) {
            return;
        }
        if (year != 0 && day > 0 && !valid(year, month, day)) {
            return;
        }
        if (year == 0 && day > 0 && !valid(2000, month, day)) {
            return;
        }
        found.add(new DateMention(year, month, day, weekdayBefore(text, start), start, end, text.substring(start, end)));
    }

    private static final Pattern DAY_PREFIX = Pattern.compile("^\\d{1,2}(?:st|nd|rd|th)?(?:\\s+of)?[\\s-]+");

    /** Month words must be capitalised: "may" and "march" are also common words. */
    private static boolean isMonthWordCapitalised(String text, int start, int end) {
        String match = DAY_PREFIX.matcher(text.substring(start, end)).replaceFirst("");
        return match.isEmpty() || !Character.isLetter(match.charAt(0)) || Character.isUpperCase(match.charAt(0));
    }

    /** dd/mm/yyyy or mm/dd/yyyy: a weekday written beside it decides, else a part over 12, else month first. */
    private static void addNumeric(List<DateMention> found, String text, Matcher m) {
        int a = Integer.parseInt(m.group(1));
        int b = Integer.parseInt(m.group(3));
        int year = Integer.parseInt(m.group(4));
        DayOfWeek weekday = weekdayBefore(text, m.start());
        boolean dotted = m.group(2).equals(".");
        boolean dayFirstValid = b <= 12 && valid(year, b, a);
        boolean monthFirstValid = a <= 12 && valid(year, a, b);
        boolean dayFirst;
        if (dayFirstValid && monthFirstValid) {
            if (weekday != null && LocalDate.of(year, a, b).getDayOfWeek() == weekday) {
                dayFirst = false;
            } else if (weekday != null && LocalDate.of(year, b, a).getDayOfWeek() == weekday) {
                dayFirst = true;
            } else {
                dayFirst = dotted;
            }
        } else if (dayFirstValid || monthFirstValid) {
            dayFirst = dayFirstValid;
        } else {
            return;
        }
        int month = dayFirst ? b : a;
        int day = dayFirst ? a : b;
        found.add(new DateMention(year, month, day, weekday, m.start(), m.end(), m.group()));
    }

    private static boolean valid(int year, int month, int day) {
        try {
            LocalDate.of(year, month, day);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    private static DayOfWeek weekdayBefore(String text, int start) {
        int from = Math.max(0, start - 14);
        Matcher m = WEEKDAY_BEFORE.matcher(text.substring(from, start));
        return m.find() ? weekday(m.group(1)) : null;
    }

    private static List<DateMention> removeOverlaps(List<DateMention> found) {
        found.sort(Comparator.comparingInt(DateMention::start)
                .thenComparing(Comparator.comparingInt((DateMention d) -> d.end() - d.start()).reversed()));
        List<DateMention> result = new ArrayList<>();
        int lastEnd = -1;
        for (DateMention d : found) {
            if (d.start() >= lastEnd) {
                result.add(d);
                lastEnd = d.end();
            } else if (!result.isEmpty() && d.end() > lastEnd && precisionRank(d) > precisionRank(result.get(result.size() - 1))) {
                result.set(result.size() - 1, d);
                lastEnd = d.end();
            }
        }
        return result;
    }

    private static int precisionRank(DateMention d) {
        return (d.hasYear() ? 2 : 0) + (d.hasDay() ? 1 : 0);
    }
}

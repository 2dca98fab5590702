package org.alliancetimeline.ingest;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.alliancetimeline.model.DateConfidence;
import org.alliancetimeline.model.DatePrecision;

/**
 * Stage 3 of the ingest: the date a student would put the article at on a timeline. In order of
 * trust: a date the metadata states; a header date line (the one nearest the headline when the
 * page shows several, so a site's date banner does not silently win); a dateline
 * ("TOKYO, Jan 31 (dpa)"); a full date in the lead ("On Thursday (26 January 2023)"); a day and
 * month in the lead with the year taken from the dates around it ("on October 31" after "In July
 * 2023"). A lead that says "on Tuesday" moves a header date back to that weekday. Without any of
 * these the answer is NONE, never a guess. Stateless and thread-safe.
 */
public final class DateExtractor {
    /** How many leading paragraphs are searched for the event's date. */
    private static final int LEAD_PARAGRAPHS = 3;
    private static final Pattern DATELINE = Pattern.compile(
            "^\\p{Lu}[\\p{Lu}\\p{L} .'’-]{1,40}(?:\\s*\\([^)]{1,30}\\))?,\\s+(?=\\p{Lu}[a-z]{2})");
    private static final Pattern ON_WEEKDAY = Pattern.compile(
            "\\b(?:[Oo]n|[Ll]ast|[Ee]arlier on)\\s+(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b(?!\\s*\\()");
    private static final Pattern YEAR = Pattern.compile("(?=[12])(?<![\\d.,/-])(19[4-9]\\d|20[0-4]\\d)(?![\\d-])");
    private static final int BANNER_GAP_DAYS = 60;

    public DateResult extract(String statedDate, CleanedArticle article) {
        List<String> warnings = new ArrayList<>();
        if (statedDate != null) {
            List<DateMention> found = DateForms.find(statedDate);
            if (!found.isEmpty() && found.get(0).hasYear()) {
                DateMention d = found.get(0);
                return new DateResult(d.toDate(), d.precision(), DateConfidence.STATED, "date field: " + statedDate, warnings);
            }
            List<DateMention> yearOnly = yearMentions(statedDate);
            if (!yearOnly.isEmpty()) {
                DateMention y = yearOnly.get(0);
                return new DateResult(y.toDate(), DatePrecision.YEAR, DateConfidence.STATED, "date field: " + statedDate, warnings);
            }
            warnings.add("The date field \"" + statedDate + "\" is not a date this app can read; the date was looked for in the text.");
        }
        ParagraphDates body = new ParagraphDates(article.paragraphs());
        DateResult fromHeader = fromHeader(article, body, warnings);
        if (fromHeader != null) {
            return fromHeader;
        }
        DateResult fromBody = fromBody(article, body, warnings);
        return fromBody != null ? fromBody : DateResult.none(warnings);
    }

    /** The dates of each paragraph, found once: several rules read the same paragraphs. */
    private static final class ParagraphDates {
        private final List<String> paragraphs;
        private final List<List<DateMention>> found;

        ParagraphDates(List<String> paragraphs) {
            this.paragraphs = paragraphs;
            this.found = new ArrayList<>(java.util.Collections.nCopies(paragraphs.size(), null));
        }

        List<DateMention> in(int paragraph) {
            List<DateMention> dates = found.get(paragraph);
            if (dates == null) {
                dates = DateForms.find(paragraphs.get(paragraph));
                found.set(paragraph, dates);
            }
            return dates;
        }

        int size() {
            return paragraphs.size();
        }
    }

    private DateResult fromHeader(CleanedArticle article, ParagraphDates body, List<String> warnings) {
        List<CleanedArticle.HeaderDate> dates = article.headerDates();
        if (dates.isEmpty()) {
            return null;
        }
        CleanedArticle.HeaderDate chosen = null;
        for (CleanedArticle.HeaderDate d : dates) {
            if (!d.aboveTitle() || !article.titleFromHeader()) {
                chosen = d;
                break;
            }
        }
        if (chosen == null) {
            chosen = dates.get(dates.size() - 1);
        }
        LocalDate date = chosen.date().toDate();
        for (CleanedArticle.HeaderDate other : dates) {
            LocalDate o = other.date().toDate();
            if (other != chosen && Math.abs(ChronoUnit.DAYS.between(o, date)) > 1) {
                warnings.add("The page also shows the date " + o + " (\"" + other.line() + "\"), probably the site's date banner;"
                        + " the article's own date " + date + " was used.");
            }
        }
        if (chosen.aboveTitle() && article.titleFromHeader() && dates.size() == 1) {
            LocalDate latest = latestFullDate(body);
            if (latest != null && ChronoUnit.DAYS.between(latest, date) > BANNER_GAP_DAYS) {
                warnings.add("The only date on the page, " + date + ", stands above the headline and may be the site's date banner:"
                        + " the latest date in the text is " + latest + ".");
            }
        }
        String evidence = chosen.line().length() <= 80 ? chosen.line()
                : chosen.line().substring(0, chosen.date().end() + 1).trim() + " …";
        DatePrecision precision = chosen.date().precision();
        if (precision == DatePrecision.DAY) {
            DateResult counted = countBackWeekday(article, date, evidence, warnings);
            if (counted != null) {
                return counted;
            }
        }
        return new DateResult(date, precision, DateConfidence.STATED, evidence, warnings);
    }

    /** "On Tuesday" in the lead of a story published on Thursday: the event was two days before. */
    private DateResult countBackWeekday(CleanedArticle article, LocalDate headerDate, String headerEvidence, List<String> warnings) {
        if (article.paragraphs().isEmpty()) {
            return null;
        }
        Matcher m = ON_WEEKDAY.matcher(article.paragraphs().get(0));
        if (!m.find()) {
            return null;
        }
        DayOfWeek weekday = DateForms.weekday(m.group(1));
        int back = (headerDate.getDayOfWeek().getValue() - weekday.getValue() + 7) % 7;
        if (back == 0) {
            return null;
        }
        LocalDate event = headerDate.minusDays(back);
        String evidence = "\"" + m.group().trim() + "\" counted back from the header date " + headerDate + " (" + headerEvidence + ")";
        return new DateResult(event, DatePrecision.DAY, DateConfidence.INFERRED, evidence, warnings);
    }

    private DateResult fromBody(CleanedArticle article, ParagraphDates body, List<String> warnings) {
        List<String> paragraphs = article.paragraphs();
        int lead = Math.min(LEAD_PARAGRAPHS, paragraphs.size());
        String allText = String.join("\n", paragraphs);
        for (int i = 0; i < lead; i++) {
            String p = paragraphs.get(i);
            Matcher dateline = DATELINE.matcher(p);
            if (i == 0 && dateline.find()) {
                List<DateMention> inDateline = DateForms.find(p.substring(dateline.end(), Math.min(p.length(), dateline.end() + 30)));
                if (!inDateline.isEmpty() && inDateline.get(0).start() == 0 && inDateline.get(0).hasDay()) {
                    DateMention d = inDateline.get(0);
                    String evidence = p.substring(0, Math.min(p.length(), dateline.end() + d.end()));
                    return withYear(d, evidence, body, allText, "dateline", warnings);
                }
            }
        }
        for (int i = 0; i < lead; i++) {
            for (DateMention d : body.in(i)) {
                if (d.hasYear() && d.hasDay()) {
                    return new DateResult(d.toDate(), DatePrecision.DAY, DateConfidence.INFERRED,
                            context(paragraphs.get(i), d), warnings);
                }
            }
        }
        for (int i = 0; i < lead; i++) {
            for (DateMention d : body.in(i)) {
                if (!d.hasYear() && d.hasDay()) {
                    return withYear(d, context(paragraphs.get(i), d), body, allText, "text", warnings);
                }
            }
        }
        return null;
    }

    /** A day and month without a year get the first such day on or after the latest month the text names. */
    private DateResult withYear(DateMention d, String evidence, ParagraphDates body, String allText, String kind,
                                List<String> warnings) {
        if (d.hasYear()) {
            return new DateResult(d.toDate(), DatePrecision.DAY, DateConfidence.INFERRED, evidence, warnings);
        }
        DateMention reference = null;
        for (int i = 0; i < body.size(); i++) {
            for (DateMention m : body.in(i)) {
                if (m.hasYear() && (reference == null || m.toDate().isAfter(reference.toDate()))) {
                    reference = m;
                }
            }
        }
        for (DateMention y : yearMentions(allText)) {
            if (reference == null || y.year() > reference.year()) {
                reference = y;
            }
        }
        if (reference == null) {
            warnings.add("The " + kind + " gives " + monthDay(d) + " but the text names no year, so the article has no date.");
            return null;
        }
        LocalDate date = LocalDate.of(reference.year(), d.month(), d.day());
        LocalDate referenceStart = LocalDate.of(reference.year(), Math.max(1, reference.month()), 1);
        if (date.isBefore(referenceStart)) {
            date = date.plusYears(1);
        }
        return new DateResult(date, DatePrecision.DAY, DateConfidence.INFERRED,
                evidence + " (year from \"" + reference.text() + "\")", warnings);
    }

    private static String monthDay(DateMention d) {
        return d.day() + " " + java.time.Month.of(d.month()).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    private static List<DateMention> yearMentions(String text) {
        List<DateMention> years = new ArrayList<>();
        Matcher m = YEAR.matcher(text);
        while (m.find()) {
            years.add(new DateMention(Integer.parseInt(m.group(1)), 0, 0, null, m.start(), m.end(), m.group()));
        }
        return years;
    }

    private static LocalDate latestFullDate(ParagraphDates body) {
        LocalDate latest = null;
        for (int i = 0; i < body.size(); i++) {
            for (DateMention d : body.in(i)) {
                if (d.hasYear() && d.hasDay() && (latest == null || d.toDate().isAfter(latest))) {
                    latest = d.toDate();
                }
            }
        }
        return latest;
    }

    /** The words around a date, as evidence a reader can check. */
    private static String context(String paragraph, DateMention d) {
        int from = Math.max(0, paragraph.lastIndexOf(' ', Math.max(0, d.start() - 12)));
        int to = Math.min(paragraph.length(), d.end() + 1);
        return paragraph.substring(from, to).trim();
    }
}

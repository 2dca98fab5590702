package org.alliancetimeline.ingest;

import java.util.List;

/**
 * An article after stage 2: header fields read, site boilerplate removed, body split into
 * paragraphs (whitespace normalised).
 *
 * @param headerDates dates found in the header lines, in page order
 * @param titleFromHeader whether the title was found in the header rather than taken from the body
 */
public record CleanedArticle(
        String title,
        boolean titleFromHeader,
        String outlet,
        String author,
        List<HeaderDate> headerDates,
        List<String> paragraphs) {

    public CleanedArticle {
        headerDates = List.copyOf(headerDates);
        paragraphs = List.copyOf(paragraphs);
    }

    /** A date read from a header line; {@code aboveTitle} when the line stands above the headline. */
    public record HeaderDate(DateMention date, String line, boolean aboveTitle) {
    }
}

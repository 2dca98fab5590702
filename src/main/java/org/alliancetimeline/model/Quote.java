package org.alliancetimeline.model;

/**
 * A direct quotation in an article.
 *
 * @param text      the quoted words, whitespace normalised, paragraph breaks joined by a space
 * @param speaker   who said it (a full name, an organisation such as "NATO", a role such as
 *                  "NATO official"), or null when the article does not say
 * @param paragraph index of the cleaned paragraph where the quotation opens
 * @param start     offset of the first quoted character in {@link Article#cleanedText()}
 * @param end       offset just past the last quoted character in {@link Article#cleanedText()}
 */
public record Quote(String text, String speaker, int paragraph, int start, int end) {
    public Quote {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("quote text must not be blank");
        }
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad quote offsets " + start + ".." + end);
        }
    }
}

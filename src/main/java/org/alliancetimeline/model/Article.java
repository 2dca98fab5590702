package org.alliancetimeline.model;

import java.time.LocalDate;
import java.util.List;

/**
 * One news article as the ingest understood it. Immutable.
 *
 * @param id             stable identifier (the file name relative to the corpus folder)
 * @param sourceFile     the file name relative to the corpus folder
 * @param title          the headline, or a first sentence when the page has none
 * @param outlet         the news outlet, or null
 * @param author         the author, or null
 * @param url            the original address, or null
 * @param date           the date a student would put the article at, or null
 * @param datePrecision  how finely {@code date} is known
 * @param dateConfidence whether the date is stated, inferred or unknown
 * @param dateEvidence   the text the date was read from, or null
 * @param warnings       things a reader should know (a date that contradicts the record, a charset guess)
 * @param partners       NATO partners named, most-mentioned first
 * @param mentions       other countries named (members and non-partners), most-mentioned first
 * @param paragraphs     the cleaned body, one entry per paragraph, boilerplate removed
 * @param quotes         direct quotations in reading order
 * @param sizeBytes      size of the source text in bytes
 */
public record Article(
        String id,
        String sourceFile,
        String title,
        String outlet,
        String author,
        String url,
        LocalDate date,
        DatePrecision datePrecision,
        DateConfidence dateConfidence,
        String dateEvidence,
        List<String> warnings,
        List<PartnerMention> partners,
        List<PartnerMention> mentions,
        List<String> paragraphs,
        List<Quote> quotes,
        long sizeBytes) {

    /** Separator between paragraphs in {@link #cleanedText()}; quote offsets count it. */
    public static final String PARAGRAPH_SEPARATOR = "\n\n";

    public Article {
        warnings = List.copyOf(warnings);
        partners = List.copyOf(partners);
        mentions = List.copyOf(mentions);
        paragraphs = List.copyOf(paragraphs);
        quotes = List.copyOf(quotes);
    }

    /** The cleaned body as one string: paragraphs joined by {@link #PARAGRAPH_SEPARATOR}. */
    public String cleanedText() {
        return String.join(PARAGRAPH_SEPARATOR, paragraphs);
    }

    /** Offset of paragraph {@code index} in {@link #cleanedText()}. */
    public int paragraphOffset(int index) {
        int offset = 0;
        for (int i = 0; i < index; i++) {
            offset += paragraphs.get(i).length() + PARAGRAPH_SEPARATOR.length();
        }
        return offset;
    }

    public List<String> partnerNames() {
        return partners.stream().map(PartnerMention::name).toList();
    }

    public boolean hasDate() {
        return date != null;
    }
}

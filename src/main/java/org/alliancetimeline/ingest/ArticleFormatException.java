package org.alliancetimeline.ingest;

/** A file that cannot be read as an article; the message says what is wrong, for a reader. */
public final class ArticleFormatException extends Exception {
    public ArticleFormatException(String message) {
        super(message);
    }
}

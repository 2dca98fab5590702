package org.alliancetimeline.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.alliancetimeline.ingest.quotes.QuoteExtractor;
import org.alliancetimeline.model.Article;

/**
 * One article through every ingest stage: read, clean, date, check against the chronology, tag
 * partners, extract quotes. Thread-safe: the stages hold no per-article state.
 */
public final class ArticlePipeline {
    private final ArticleReader reader = new ArticleReader();
    private final ArticleCleaner cleaner = new ArticleCleaner();
    private final DateExtractor dates = new DateExtractor();
    private final ChronologyCheck chronologyCheck;
    private final PartnerTagger partnerTagger;
    private final QuoteExtractor quoteExtractor = new QuoteExtractor();

    public ArticlePipeline(Gazetteer gazetteer, ReferenceChronology chronology) {
        this.chronologyCheck = new ChronologyCheck(chronology);
        this.partnerTagger = new PartnerTagger(gazetteer);
    }

    public static ArticlePipeline createDefault() {
        return new ArticlePipeline(Gazetteer.loadDefault(), ReferenceChronology.loadDefault());
    }

    public Article process(Path file, String relativeName) throws ArticleFormatException {
        return process(reader.read(file, relativeName));
    }

    public Article process(RawArticle raw) {
        CleanedArticle cleaned = cleaner.clean(raw);
        DateResult date = dates.extract(raw.date(), cleaned);
        List<String> warnings = new ArrayList<>(raw.warnings());
        warnings.addAll(date.warnings());
        if (date.date() != null) {
            warnings.addAll(chronologyCheck.check(date.date(), cleaned.title(), cleaned.paragraphs()));
        }
        PartnerTagger.TaggedCountries countries = partnerTagger.tag(cleaned.title(), cleaned.paragraphs(), date.date());
        return new Article(raw.file(), raw.file(), cleaned.title(), cleaned.outlet(), cleaned.author(), raw.url(),
                date.date(), date.precision(), date.confidence(), date.evidence(), warnings,
                countries.partners(), countries.mentions(), cleaned.paragraphs(),
                quoteExtractor.extract(cleaned.paragraphs()), raw.sizeBytes());
    }
}

package org.alliancetimeline.ingest.quotes;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.alliancetimeline.ingest.ArticleFormatException;
import org.alliancetimeline.ingest.ArticlePipeline;
import org.alliancetimeline.model.Quote;

/**
 * Scores quote extraction on a folder of annotated articles: precision, recall and speaker accuracy, plus a report
 * of every MISSED, SPEAKER and SPURIOUS quote per article.
 *
 * <p>The folder holds article files and an {@code expected.json}:
 * {@code [{"file": "a.txt", "quotes": [{"text": "...", "speaker": "..." or null}], "not_quotes": ["..."]}]}.
 * A predicted quote matches an expected one when their texts are equal after whitespace normalisation, ignoring
 * trailing punctuation; its speaker must then be equal exactly.
 *
 * <p>{@link #evaluateRaw(Path)} reads each file as the app does (headline, outlet and date lines, body,
 * boilerplate) through {@link ArticlePipeline}; {@link #evaluateParagraphs(Path)} splits a body-only file into
 * paragraphs at blank lines and runs the extractor alone. Run on any folder with
 * {@code mvn -o test -Dtest=QuoteEvaluationFolderTest -Dquotes.evalDir=/path/to/folder} (report in
 * {@code target/quote-eval/}), or through {@link #main(String[])} on the test class path.
 */
public final class QuoteEvaluation {
    private QuoteEvaluation() {
    }

    /** The scores over one folder; figures are 1 when there is nothing to count. */
    public record Result(String name, int expected, int predicted, int matched, int speakerCorrect,
            String report) {

        public double precision() {
            return predicted == 0 ? 1 : matched / (double) predicted;
        }

        public double recall() {
            return expected == 0 ? 1 : matched / (double) expected;
        }

        public double speakerAccuracy() {
            return matched == 0 ? 1 : speakerCorrect / (double) matched;
        }

        /** Scores with the per-article report below them. */
        public String summary() {
            return String.format(Locale.ROOT,
                    "[%s] quotes: expected %d, predicted %d, matched %d%n"
                            + "precision %.3f  recall %.3f  speaker accuracy %.3f%n%s",
                    name, expected, predicted, matched, precision(), recall(), speakerAccuracy(), report);
        }
    }

    /** Articles read through the whole ingest pipeline, headers and boilerplate included. */
    public static Result evaluateRaw(Path dir) throws IOException {
        ArticlePipeline pipeline = ArticlePipeline.createDefault();
        return evaluate(dir, "raw", file -> {
            try {
                return pipeline.process(file, file.getFileName().toString()).quotes();
            } catch (ArticleFormatException e) {
                throw new IOException(file + ": " + e.getMessage(), e);
            }
        });
    }

    /** Body-only articles split into paragraphs at blank lines, through the quote extractor alone. */
    public static Result evaluateParagraphs(Path dir) throws IOException {
        QuoteExtractor extractor = new QuoteExtractor();
        return evaluate(dir, "paragraphs", file -> extractor.extract(
                QuoteTestSupport.paragraphs(Files.readString(file, StandardCharsets.UTF_8))));
    }

    /** Matching key of a quote text: whitespace normalised, trailing punctuation dropped. */
    static String key(String text) {
        return QuoteTestSupport.norm(text).replaceAll("[\\s.,;:!?]+$", "");
    }

    private interface Extraction {
        List<Quote> quotes(Path file) throws IOException;
    }

    private static Result evaluate(Path dir, String mode, Extraction extraction) throws IOException {
        JsonNode expected = new ObjectMapper().readTree(dir.resolve("expected.json").toFile());
        int nExpected = 0;
        int nPredicted = 0;
        int matched = 0;
        int speakerOk = 0;
        StringBuilder report = new StringBuilder();
        for (JsonNode article : expected) {
            String file = article.get("file").asText();
            List<Quote> predicted = new ArrayList<>(extraction.quotes(dir.resolve(file)));
            nPredicted += predicted.size();
            for (JsonNode q : article.path("quotes")) {
                nExpected++;
                String k = key(q.get("text").asText());
                JsonNode speakerNode = q.get("speaker");
                String speaker = speakerNode == null || speakerNode.isNull() ? null : speakerNode.asText();
                Quote hit = predicted.stream().filter(p -> key(p.text()).equals(k)).findFirst().orElse(null);
                if (hit == null) {
                    report.append(file).append("  MISSED   ").append(k).append('\n');
                    continue;
                }
                predicted.remove(hit);
                matched++;
                if (Objects.equals(speaker, hit.speaker())) {
                    speakerOk++;
                } else {
                    report.append(file).append("  SPEAKER  ").append(hit.speaker()).append(" (expected ")
                            .append(speaker).append(")  ").append(k).append('\n');
                }
            }
            for (Quote p : predicted) {
                report.append(file).append("  SPURIOUS ").append(p.text()).append("  <<").append(p.speaker())
                        .append(">>\n");
            }
        }
        String name = dir.getFileName() + " " + mode;
        return new Result(name, nExpected, nPredicted, matched, speakerOk, report.toString());
    }

    /** Prints the raw-pipeline and paragraph scores of each folder given. */
    public static void main(String[] args) throws IOException {
        if (args.length == 0) {
            System.err.println("usage: QuoteEvaluation FOLDER... (each with expected.json)");
            System.exit(2);
        }
        for (String arg : args) {
            System.out.print(evaluateRaw(Path.of(arg)).summary());
            System.out.print(evaluateParagraphs(Path.of(arg)).summary());
        }
    }
}

package org.alliancetimeline.ingest.quotes;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Scores an arbitrary annotated folder, for a new blind set:
 * {@code mvn -o test -Dtest=QuoteEvaluationFolderTest -Dquotes.evalDir=/path/to/folder}. Skipped when the property
 * is absent; never fails on low scores. The report is printed and written to {@code target/quote-eval/FOLDER.txt}.
 */
class QuoteEvaluationFolderTest {

    @Test
    @EnabledIfSystemProperty(named = "quotes.evalDir", matches = ".+")
    void reportOnFolder() throws Exception {
        Path dir = Path.of(System.getProperty("quotes.evalDir")).toAbsolutePath();
        String report = QuoteEvaluation.evaluateRaw(dir).summary();
        if (Boolean.parseBoolean(System.getProperty("quotes.evalParagraphs", "true"))) {
            report += QuoteEvaluation.evaluateParagraphs(dir).summary();
        }
        Path out = Path.of("target", "quote-eval", dir.getFileName() + ".txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report, StandardCharsets.UTF_8);
        System.out.print(report);
        System.err.println("quote evaluation report: " + out.toAbsolutePath());
    }
}

package org.alliancetimeline.ingest.quotes;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.alliancetimeline.model.Quote;
import org.junit.jupiter.api.Test;

/**
 * Precision, recall and speaker accuracy over hand-annotated articles the rules were not written from
 * (src/test/resources/quotes/unseen). A predicted quote matches an expected one when their texts are equal
 * after whitespace normalisation and ignoring trailing punctuation.
 */
class QuoteUnseenEvaluationTest {

    static String key(String text) {
        return QuoteTestSupport.norm(text).replaceAll("[\\s.,;:!?]+$", "");
    }

    @Test
    void meetsTargets() throws Exception {
        JsonNode expected = new ObjectMapper().readTree(QuoteTestSupport.resource("/quotes/unseen/expected.json"));
        QuoteExtractor extractor = new QuoteExtractor();
        int nExpected = 0;
        int nPredicted = 0;
        int matched = 0;
        int speakerOk = 0;
        StringBuilder report = new StringBuilder();
        for (JsonNode article : expected) {
            String file = article.get("file").asText();
            List<String> paragraphs = QuoteTestSupport.paragraphs(
                    QuoteTestSupport.resource("/quotes/unseen/" + file));
            List<Quote> predicted = new ArrayList<>(extractor.extract(paragraphs));
            nPredicted += predicted.size();
            for (JsonNode q : article.get("quotes")) {
                nExpected++;
                String k = key(q.get("text").asText());
                String speaker = q.get("speaker").isNull() ? null : q.get("speaker").asText();
                Quote hit = null;
                for (Quote p : predicted) {
                    if (key(p.text()).equals(k)) {
                        hit = p;
                        break;
                    }
                }
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
        double precision = nPredicted == 0 ? 1 : matched / (double) nPredicted;
        double recall = nExpected == 0 ? 1 : matched / (double) nExpected;
        double speakerAccuracy = matched == 0 ? 1 : speakerOk / (double) matched;
        System.out.printf("Unseen quotes: expected %d, predicted %d, matched %d%n", nExpected, nPredicted, matched);
        System.out.printf("precision %.3f  recall %.3f  speaker accuracy %.3f%n", precision, recall,
                speakerAccuracy);
        System.out.print(report);
        assertTrue(precision >= 0.95, "precision " + precision + "\n" + report);
        assertTrue(recall >= 0.90, "recall " + recall + "\n" + report);
        assertTrue(speakerAccuracy >= 0.90, "speaker accuracy " + speakerAccuracy + "\n" + report);
    }
}

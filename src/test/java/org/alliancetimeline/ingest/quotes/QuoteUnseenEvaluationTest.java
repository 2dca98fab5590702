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
        double[] unseen = evaluate("unseen");
        double[] heldout = evaluate("heldout");
        double[] fresh = evaluate("fresh");
        double[] blind = evaluate("blind");
        double[] blind2 = evaluate("blind2");
        assertTrue(unseen[0] >= 0.95, "precision " + unseen[0]);
        assertTrue(unseen[1] >= 0.90, "recall " + unseen[1]);
        assertTrue(unseen[2] >= 0.90, "speaker accuracy " + unseen[2]);
        assertTrue(heldout[0] >= 0.95, "held-out precision " + heldout[0]);
        assertTrue(heldout[1] >= 0.90, "held-out recall " + heldout[1]);
        assertTrue(heldout[2] >= 0.90, "held-out speaker accuracy " + heldout[2]);
    }

    /** Returns {precision, recall, speaker accuracy} over one annotated folder, printing the details. */
    private static double[] evaluate(String dir) throws Exception {
        JsonNode expected = new ObjectMapper().readTree(
                QuoteTestSupport.resource("/quotes/" + dir + "/expected.json"));
        QuoteExtractor extractor = new QuoteExtractor();
        int nExpected = 0;
        int nPredicted = 0;
        int matched = 0;
        int speakerOk = 0;
        StringBuilder report = new StringBuilder();
        for (JsonNode article : expected) {
            String file = article.get("file").asText();
            List<String> paragraphs = QuoteTestSupport.paragraphs(
                    QuoteTestSupport.resource("/quotes/" + dir + "/" + file));
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
        System.out.printf("[%s] quotes: expected %d, predicted %d, matched %d%n", dir, nExpected, nPredicted, matched);
        System.out.printf("precision %.3f  recall %.3f  speaker accuracy %.3f%n", precision, recall,
                speakerAccuracy);
        System.out.print(report);
        return new double[] {precision, recall, speakerAccuracy};
    }
}

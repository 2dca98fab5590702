package org.alliancetimeline.ingest.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.alliancetimeline.model.Quote;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The five seed articles against the hand-made gold extraction. */
class QuoteSeedsGoldTest {

    private static final QuoteExtractor EXTRACTOR = new QuoteExtractor();

    static Stream<Arguments> seeds() throws Exception {
        JsonNode gold = new ObjectMapper().readTree(QuoteTestSupport.resource("/seeds-gold.json"));
        List<Arguments> out = new ArrayList<>();
        for (JsonNode article : gold) {
            String file = article.get("file").asText();
            List<String> expected = new ArrayList<>();
            for (JsonNode q : article.get("quotes")) {
                expected.add(QuoteTestSupport.norm(q.get("text").asText()) + "  <<" + q.get("speaker").asText()
                        + ">>");
            }
            out.add(Arguments.of(file, "/quotes/seed" + file.substring(0, 3) + ".txt", expected));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void matchesGold(String file, String fixture, List<String> expected) {
        List<String> paragraphs = QuoteTestSupport.paragraphs(QuoteTestSupport.resource(fixture));
        String joined = String.join("\n\n", paragraphs);
        List<Quote> quotes = EXTRACTOR.extract(paragraphs);
        List<String> actual = new ArrayList<>();
        for (Quote q : quotes) {
            actual.add(QuoteTestSupport.norm(q.text()) + "  <<" + q.speaker() + ">>");
            // offsets point at the quoted text
            String span = joined.substring(q.start(), q.end());
            assertEquals(QuoteTestSupport.norm(q.text()), QuoteTestSupport.norm(span.replace("\n\n", " ")),
                    "offsets of " + q);
            assertEquals(q.paragraph(), paragraphOf(paragraphs, q.start()), "paragraph of " + q);
        }
        assertEquals(String.join("\n", expected), String.join("\n", actual), file);
    }

    private static int paragraphOf(List<String> paragraphs, int offset) {
        int off = 0;
        for (int i = 0; i < paragraphs.size(); i++) {
            off += paragraphs.get(i).length() + 2;
            if (offset < off) {
                return i;
            }
        }
        return paragraphs.size() - 1;
    }
}

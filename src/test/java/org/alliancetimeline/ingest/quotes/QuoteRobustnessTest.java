package org.alliancetimeline.ingest.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.alliancetimeline.model.Quote;
import org.junit.jupiter.api.Test;

/** Throughput, adversarial inputs (no catastrophic backtracking) and concurrent use of one instance. */
class QuoteRobustnessTest {

    private static final String[] FIXTURES = {"/quotes/seed000.txt", "/quotes/seed001.txt", "/quotes/seed002.txt",
        "/quotes/seed003.txt", "/quotes/seed004.txt", "/quotes/unseen/u01_reuters.txt", "/quotes/unseen/u02_ap.txt",
        "/quotes/unseen/u05_guillemets.txt", "/quotes/unseen/u07_dash.txt", "/quotes/unseen/u10_sweden.txt"};

    private static List<List<String>> articles() {
        List<List<String>> out = new ArrayList<>();
        for (String f : FIXTURES) {
            out.add(QuoteTestSupport.paragraphs(QuoteTestSupport.resource(f)));
        }
        return out;
    }

    @Test
    void adversarialInputsStayLinear() {
        QuoteExtractor x = new QuoteExtractor();
        StringBuilder commas = new StringBuilder("“");
        StringBuilder caps = new StringBuilder();
        StringBuilder straight = new StringBuilder();
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            commas.append("a, b, Said The Big Man Who, ");
            caps.append("Secretary General Jens Stoltenberg President ");
            straight.append("\"a\" b \" c\"d \"");
            many.append("“We act,” he said. “Now,” said Mr Stoltenberg, “") .append(i).append(" days.” ");
        }
        List<String> big = List.of(commas.toString(), caps.toString(), straight.toString(), many.toString(),
                "«".repeat(50_000), "»".repeat(50_000), "„".repeat(20_000) + "“".repeat(20_000),
                ", said ".repeat(30_000));
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> x.extract(big));
    }

    @Test
    void oneInstanceManyThreads() throws Exception {
        QuoteExtractor x = new QuoteExtractor();
        List<List<String>> articles = articles();
        List<List<Quote>> expected = new ArrayList<>();
        for (List<String> a : articles) {
            expected.add(x.extract(a));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                results.add(pool.submit(() -> {
                    for (int r = 0; r < 200; r++) {
                        for (int i = 0; i < articles.size(); i++) {
                            if (!x.extract(articles.get(i)).equals(expected.get(i))) {
                                return false;
                            }
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> f : results) {
                assertEquals(Boolean.TRUE, f.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}

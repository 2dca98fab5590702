package org.alliancetimeline.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.alliancetimeline.cli.Cli;
import org.junit.jupiter.api.Test;

/** A smoke test: the bench runs on a tiny corpus and prints its table. No timings are asserted. */
class BenchCommandTest {
    @Test
    void benchRunsOnATinyCorpus() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Cli.run(new String[] {"bench", "--articles", "40", "--no-redraw", "--no-startup"},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        String text = out.toString(StandardCharsets.UTF_8);
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        assertTrue(text.contains("MB/s"), text);
        assertTrue(text.lines().anyMatch(l -> l.trim().startsWith("40 ") || l.trim().startsWith("39 ")), text);
    }

    @Test
    void benchMeasuresTheRedrawHeadless() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Cli.run(new String[] {"bench", "--articles", "30", "--no-startup"},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        String text = out.toString(StandardCharsets.UTF_8);
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8) + text);
        String row = text.lines().filter(l -> l.trim().startsWith("30 ")).findFirst().orElseThrow(() -> new AssertionError(text));
        assertTrue(row.matches(".*\\d+\\.\\d/\\d+\\.\\d/\\d+\\.\\d.*"), row);
    }

    @Test
    void startupProbeReportsTheFirstFrames() throws Exception {
        StartupBench.Result result = StartupBench.run(1);
        assertTrue(result.windowMillis() > 0, "window frame " + result.windowMillis());
        assertTrue(result.corpusMillis() >= result.windowMillis(),
                "corpus " + result.corpusMillis() + " before window " + result.windowMillis());
    }

    @Test
    void badArgumentsAreRejected() {
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        assertEquals(2, Cli.run(new String[] {"bench", "--frobnicate"}, new PrintStream(sink), new PrintStream(sink)));
    }
}

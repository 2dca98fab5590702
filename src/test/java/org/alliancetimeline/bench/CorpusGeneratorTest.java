package org.alliancetimeline.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.alliancetimeline.bench.CorpusGenerator.Generated;
import org.alliancetimeline.bench.CorpusGenerator.Truth;
import org.alliancetimeline.cli.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusGeneratorTest {
    @TempDir
    Path tmp;

    @Test
    void sameSeedGivesByteIdenticalFiles() throws IOException {
        Path a = tmp.resolve("a");
        Path b = tmp.resolve("b");
        new CorpusGenerator(5).generate(250, a);
        new CorpusGenerator(5).generate(250, b);
        List<Path> files = list(a);
        assertEquals(251, files.size());
        for (Path f : files) {
            assertArrayEquals(Files.readAllBytes(f), Files.readAllBytes(b.resolve(a.relativize(f))), f.toString());
        }
        assertFalse(java.util.Arrays.equals(new CorpusGenerator(6).article(3).bytes(), new CorpusGenerator(5).article(3).bytes()));
    }

    @Test
    void writesNFilesInFoldersOfAThousandAndATruthLineEach() throws IOException {
        CorpusGenerator.Summary s = new CorpusGenerator(1).generate(1_203, tmp);
        List<Path> files = list(tmp);
        assertEquals(1_204, files.size());
        assertEquals(1_000, files.stream().filter(f -> f.getParent().getFileName().toString().equals("000")).count());
        assertEquals(203, files.stream().filter(f -> f.getParent().getFileName().toString().equals("001")).count());
        List<Truth> truth = CorpusGenerator.readTruth(s.truthFile());
        assertEquals(1_203, truth.size());
        for (Truth t : truth) {
            assertTrue(Files.isRegularFile(tmp.resolve(t.file())), t.file());
        }
        assertEquals(s.bytes(), files.stream().filter(f -> !f.endsWith(CorpusGenerator.TRUTH_FILE))
                .mapToLong(f -> f.toFile().length()).sum());
    }

    @Test
    void distributionLooksLikeTheNews() {
        CorpusGenerator g = new CorpusGenerator(42);
        Map<String, Integer> partnerCounts = new HashMap<>();
        int[] byDecade = new int[9];
        int odd = 0;
        long bytes = 0;
        int n = 5_000;
        for (int i = 0; i < n; i++) {
            Generated a = g.article(i);
            Truth t = a.truth();
            bytes += a.bytes().length;
            if (t.odd() != null) {
                odd++;
            }
            for (String p : t.partners()) {
                partnerCounts.merge(p, 1, Integer::sum);
            }
            LocalDate d = t.date();
            if (d == null) {
                continue;
            }
            assertTrue(!d.isBefore(LocalDate.of(1949, 1, 1)) && d.getYear() <= 2026, d.toString());
            byDecade[(d.getYear() - 1940) / 10]++;
            if (d.isBefore(LocalDate.of(1994, 1, 1))) {
                assertEquals(List.of(), t.partners(), t.file());
            }
            if (!d.isBefore(LocalDate.of(2024, 3, 7))) {
                assertFalse(t.partners().contains("Sweden"), t.file());
            }
            if (!d.isBefore(LocalDate.of(2023, 4, 4))) {
                assertFalse(t.partners().contains("Finland"), t.file());
            }
            for (CorpusGenerator.TruthQuote q : t.quotes()) {
                for (GenData.SecretaryGeneral sg : GenData.SECRETARIES_GENERAL) {
                    if (sg.name().equals(q.speaker())) {
                        assertEquals(GenData.secretaryGeneralOn(d).name(), sg.name(), t.file() + " " + d);
                    }
                }
            }
        }
        String top = partnerCounts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        assertEquals("Ukraine", top, partnerCounts.toString());
        assertTrue(partnerCounts.size() >= 15, partnerCounts.toString());
        // few articles in the early decades, most after 1995
        assertTrue(byDecade[1] + byDecade[2] + byDecade[3] < n / 20, java.util.Arrays.toString(byDecade));
        assertTrue(byDecade[7] + byDecade[8] > n / 2, java.util.Arrays.toString(byDecade));
        assertTrue(odd > n / 100 && odd < n / 10, "odd files: " + odd);
        double mean = bytes / (double) n;
        assertTrue(mean > 2_000 && mean < 4_500, "mean size " + mean);
    }

    @Test
    void generateCommandWritesTheCorpus() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Cli.run(new String[] {"generate", "--articles", "20", "--out", tmp.toString(), "--seed", "3"},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("wrote 20 articles"));
        assertEquals(21, list(tmp).size());
        assertEquals(2, Cli.run(new String[] {"generate", "--articles"}, new PrintStream(out), new PrintStream(err)));
        assertEquals(2, Cli.run(new String[] {"generate", "--out", tmp.toString()}, new PrintStream(out), new PrintStream(err)));
    }

    @Test
    void truthRoundTrips() {
        Truth t = new CorpusGenerator(9).article(17).truth();
        assertNotNull(CorpusGenerator.truthJson(t));
    }

    private static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }
}

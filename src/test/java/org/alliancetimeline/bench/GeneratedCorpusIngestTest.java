package org.alliancetimeline.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.alliancetimeline.bench.CorpusGenerator.Truth;
import org.alliancetimeline.ingest.CorpusLoader;
import org.alliancetimeline.model.Article;
import org.alliancetimeline.model.Corpus;
import org.alliancetimeline.model.LoadProblem;
import org.alliancetimeline.model.Quote;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the real ingest on generated articles and measures it against the generator's truth. */
class GeneratedCorpusIngestTest {
    @TempDir
    Path dir;

    @Test
    void ingestReadsGeneratedArticlesAsIntended() throws Exception {
        int n = 300;
        CorpusGenerator.Summary summary = new CorpusGenerator(2024).generate(n, dir);
        List<Truth> truth = CorpusGenerator.readTruth(summary.truthFile());
        Corpus corpus = CorpusLoader.createDefault().load(dir, new CorpusLoader.Listener() { }, () -> false);

        Map<String, String> intendedProblems = new TreeMap<>();
        truth.stream().filter(t -> t.problem() != null).forEach(t -> intendedProblems.put(t.file(), t.problem()));
        Map<String, String> problems = new TreeMap<>();
        for (LoadProblem p : corpus.problems()) {
            problems.put(p.file(), p.message());
        }
        assertEquals(intendedProblems, problems);
        assertEquals(n - intendedProblems.size(), corpus.size());

        Map<String, Article> byFile = new HashMap<>();
        corpus.articles().forEach(a -> byFile.put(a.sourceFile(), a));
        int dates = 0;
        int datesRight = 0;
        int partnerTruth = 0;
        int partnerFound = 0;
        int partnerExtra = 0;
        int partnerReports = 0;
        int quoteReports = 0;
        int quoteTruth = 0;
        int quoteFound = 0;
        Map<String, Integer> wrongByForm = new TreeMap<>();
        for (Truth t : truth) {
            Article a = byFile.get(t.file());
            if (a == null) {
                continue;
            }
            dates++;
            if (Objects.equals(t.date(), a.date())) {
                datesRight++;
            } else {
                wrongByForm.merge(t.form(), 1, Integer::sum);
                System.out.println("date mismatch " + t.file() + " " + t.form() + ": truth " + t.date() + ", ingest "
                        + a.date() + " (" + a.dateEvidence() + ")");
            }
            partnerTruth += t.partners().size();
            partnerFound += (int) t.partners().stream().filter(a.partnerNames()::contains).count();
            List<String> extra = a.partnerNames().stream().filter(p -> !t.partners().contains(p)).toList();
            List<String> missed = t.partners().stream().filter(p -> !a.partnerNames().contains(p)).toList();
            partnerExtra += extra.size();
            if ((!extra.isEmpty() || !missed.isEmpty()) && partnerReports++ < 10) {
                System.out.println("partners " + t.file() + " " + t.date() + ": missed " + missed + ", extra " + extra);
            }
            quoteTruth += t.quotes().size();
            for (CorpusGenerator.TruthQuote q : t.quotes()) {
                boolean hit = false;
                for (Quote found : a.quotes()) {
                    if (found.text().equals(q.text()) && Objects.equals(found.speaker(), q.speaker())) {
                        quoteFound++;
                        hit = true;
                        break;
                    }
                }
                if (!hit && quoteReports++ < 12) {
                    Quote sameText = a.quotes().stream().filter(f -> f.text().equals(q.text())).findFirst().orElse(null);
                    System.out.println("quote missed " + t.file() + ": \"" + q.text() + "\" by " + q.speaker()
                            + (sameText != null ? " -> speaker " + sameText.speaker()
                            : " -> quotes found " + a.quotes().stream().map(x -> x.text() + " | " + x.speaker()).toList()));
                }
            }
        }
        double dateShare = (double) datesRight / dates;
        System.out.printf(Locale.ROOT, "generated corpus: dates right %d/%d (%.1f%%), wrong by form %s%n",
                datesRight, dates, dateShare * 100, wrongByForm);
        System.out.printf(Locale.ROOT, "generated corpus: partners found %d/%d (%d extra), quotes found (text and speaker) %d/%d%n",
                partnerFound, partnerTruth, partnerExtra, quoteFound, quoteTruth);
        assertTrue(dateShare >= 0.95, "dates right: " + dateShare);
    }
}

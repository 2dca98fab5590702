package org.alliancetimeline.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.alliancetimeline.model.Article;
import org.alliancetimeline.model.Corpus;
import org.alliancetimeline.model.LoadProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusLoaderTest {
    @TempDir
    Path dir;

    @Test
    void badFilesBecomeProblemsAndTheRestLoads() throws Exception {
        Files.writeString(dir.resolve("good.txt"), "Good headline here today\n\n12 March 2021\n\nNATO met partners on Friday in a meeting that lasted all day long.");
        Files.writeString(dir.resolve("other.json"), "{\"title\":\"T\",\"date\":\"2020-01-02\",\"body\":\"Text of the story, long enough to count.\"}");
        Files.write(dir.resolve("empty.txt"), new byte[0]);
        Files.write(dir.resolve("binary.txt"), new byte[] {0, 1, 2, 3, 0, 0});
        Files.writeString(dir.resolve("wrong.json"), "{\"body\": 42}");
        Files.createDirectory(dir.resolve("x.txt"));
        try (RandomAccessFile f = new RandomAccessFile(dir.resolve("huge.txt").toFile(), "rw")) {
            f.setLength(50L * 1024 * 1024);
        }
        Files.writeString(dir.resolve("notes.md"), "not an article");

        List<Article> streamed = new CopyOnWriteArrayList<>();
        AtomicLong lastDone = new AtomicLong();
        Corpus corpus = CorpusLoader.createDefault().load(dir, new CorpusLoader.Listener() {
            @Override
            public void articleLoaded(Article article) {
                streamed.add(article);
            }

            @Override
            public void progress(long filesDone, long filesTotal) {
                lastDone.accumulateAndGet(filesDone, Math::max);
                assertEquals(7, filesTotal);
            }
        }, () -> false);

        assertEquals(2, corpus.size());
        assertEquals(2, streamed.size());
        assertEquals(7, lastDone.get());
        Map<String, String> problems = corpus.problems().stream()
                .collect(Collectors.toMap(LoadProblem::file, LoadProblem::message));
        assertEquals(Map.of(
                "binary.txt", "looks like a binary file, not text",
                "empty.txt", "the file is empty",
                "huge.txt", "the file is 50.0 MB; one article is at most 8 MB, so it was skipped",
                "wrong.json", "the field \"body\" should be text but is number",
                "x.txt", "is a folder, not a file"), problems);
        assertEquals("2020-01-02", corpus.get(0).date().toString());
        assertEquals("2021-03-12", corpus.get(1).date().toString());
    }

    @Test
    void missingFolderIsAnError() {
        assertThrows(NoSuchFileException.class,
                () -> CorpusLoader.createDefault().load(dir.resolve("nope"), new CorpusLoader.Listener() { }, () -> false));
    }

    @Test
    void cancellingStopsReadingFurtherFiles() throws Exception {
        for (int i = 0; i < 20; i++) {
            Files.writeString(dir.resolve("a" + i + ".txt"), "Headline number " + i + " here\n\nBody text of the article.",
                    StandardCharsets.UTF_8);
        }
        Corpus corpus = CorpusLoader.createDefault().load(dir, new CorpusLoader.Listener() { }, () -> true);
        assertEquals(0, corpus.size());
    }

    @Test
    void bundledCorpusLoadsFromTheClasspath() {
        Corpus corpus = CorpusLoader.createDefault().loadBundled(new CorpusLoader.Listener() { });
        assertEquals(5, corpus.size());
        assertTrue(corpus.problems().isEmpty());
    }

    @Test
    void subFoldersAreRead() throws IOException {
        Files.createDirectories(dir.resolve("2020/may"));
        Files.writeString(dir.resolve("2020/may/story.txt"), "Headline of a story\n\nMay 5, 2020\n\nBody text here.");
        Corpus corpus = CorpusLoader.createDefault().load(dir, new CorpusLoader.Listener() { }, () -> false);
        assertEquals("2020/may/story.txt", corpus.get(0).sourceFile());
    }
}

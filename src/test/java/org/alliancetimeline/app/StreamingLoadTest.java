package org.alliancetimeline.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.alliancetimeline.bench.CorpusGenerator;
import org.alliancetimeline.ingest.CorpusLoader;
import org.alliancetimeline.model.Article;
import org.alliancetimeline.model.Corpus;
import org.alliancetimeline.ui.Headless;
import org.alliancetimeline.ui.state.ExplorerState;
import org.alliancetimeline.ui.state.TimeWindow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Streaming load through the real window: the corpus grows through snapshots while a folder
 * loads, and Cancel keeps what was loaded. Loading is paced by a hook that holds the loader's
 * workers until the test has seen what it waits for, so nothing depends on timing.
 */
@ExtendWith(ApplicationExtension.class)
class StreamingLoadTest {
    static {
        Headless.init();
    }

    private static final int FILES = 400;
    private static final int HOLD_AT = 120;

    @TempDir
    static Path dir;
    private static int expectedArticles;
    private static int expectedProblems;

    private AllianceTimelineApp app;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        app = new AllianceTimelineApp();
        app.start(stage);
    }

    @BeforeEach
    void generate() throws Exception {
        if (expectedArticles == 0) {
            CorpusGenerator.Summary s = new CorpusGenerator(77).generate(FILES, dir);
            Files.delete(s.truthFile());
            Corpus direct = CorpusLoader.createDefault().load(dir, new CorpusLoader.Listener() { }, () -> false);
            expectedArticles = direct.size();
            expectedProblems = direct.problems().size();
            assertEquals(FILES, expectedArticles + expectedProblems);
        }
        ExplorerState state = app.getState();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !state.isLoading() && state.getCorpus().size() > 0);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Holds each worker, once HOLD_AT articles are in, until {@code release} opens. */
    private static CorpusLoader.Listener holdAfter(int n, CountDownLatch reached, CountDownLatch release) {
        AtomicInteger count = new AtomicInteger();
        return new CorpusLoader.Listener() {
            @Override
            public void articleLoaded(Article article) {
                if (count.incrementAndGet() >= n) {
                    reached.countDown();
                    try {
                        release.await(30, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            }
        };
    }

    @Test
    void theWindowFillsInThroughSnapshotsWhileAFolderLoads(FxRobot robot) throws Exception {
        ExplorerState state = app.getState();
        Corpus before = state.getCorpus();
        List<Integer> sizes = new CopyOnWriteArrayList<>();
        state.corpusProperty().addListener((obs, o, c) -> sizes.add(c.size()));
        CountDownLatch reached = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        robot.interact(() -> {
            app.setPublishIntervalMillis(20);
            app.setLoadHook(holdAfter(HOLD_AT, reached, release));
            app.openFolder(dir);
        });
        assertTrue(reached.await(30, TimeUnit.SECONDS));
        // loading is held: a snapshot of part of the folder shows, with progress in the status bar
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> state.getCorpus() != before && state.getCorpus().size() >= HOLD_AT);
        WaitForAsyncUtils.waitForFxEvents();
        Corpus partial = state.getCorpus();
        assertTrue(partial.size() < expectedArticles, "a partial snapshot: " + partial.size());
        assertTrue(state.isLoading());
        assertEquals(state.getFullWindow(), state.getWindow(), "the first snapshot fits the window to its span");
        String message = robot.lookup("#loadMessage").queryAs(Label.class).getText();
        assertTrue(message.matches("Loading [\\d,]+ of 400 files\u2026"), message);
        assertTrue(robot.lookup("#loadProgress").query().getParent().isVisible(), "progress shows");
        shoot(robot, "explorer-streaming-1280x800");

        // the user picks an article in the snapshot; it stays selected as the corpus grows
        Article picked = partial.get(partial.datedCount() / 2);
        robot.interact(() -> state.setSelectedArticle(picked));
        TimeWindow windowBefore = state.getWindow();
        release.countDown();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !state.isLoading());
        WaitForAsyncUtils.waitForFxEvents();

        Corpus last = state.getCorpus();
        assertEquals(expectedArticles, last.size(), "the final corpus has every article");
        assertEquals(expectedProblems, last.problems().size());
        assertTrue(sizes.size() >= 2, "more than one snapshot: " + sizes);
        assertTrue(sizes.get(0) < expectedArticles, "the first snapshot is partial: " + sizes);
        assertEquals(expectedArticles, sizes.get(sizes.size() - 1));
        for (int i = 1; i < sizes.size(); i++) {
            assertTrue(sizes.get(i) >= sizes.get(i - 1), "grows: " + sizes);
        }
        assertSame(picked, state.getSelectedArticle(), "selection kept by identity");
        assertTrue(last.indexOf(picked) >= 0);
        assertTrue(state.getWindow().contains(picked.date().toEpochDay() + 0.5));
        assertNotNull(windowBefore);
        assertEquals("", state.getLoadNote());
        assertFalse(robot.lookup("#loadProgress").query().getParent().isVisible(), "no progress once loaded");
        assertTrue(robot.lookup("#statusCount").queryAs(Label.class).getText().contains("of " + expectedArticles + " articles"));
        org.controlsfx.control.CheckListView<String> partners = robot.lookup("#partnerList").queryAs(org.controlsfx.control.CheckListView.class);
        for (String p : partners.getItems()) {
            assertTrue(partners.getItemBooleanProperty(p).get(), "a shown partner's box is ticked: " + p);
            assertTrue(partners.getCheckModel().isChecked(p), p);
        }
    }

    @Test
    void cancelKeepsWhatWasLoadedAndSaysSo(FxRobot robot) throws Exception {
        ExplorerState state = app.getState();
        CountDownLatch reached = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        robot.interact(() -> {
            app.setPublishIntervalMillis(20);
            app.setLoadHook(holdAfter(HOLD_AT, reached, release));
            app.openFolder(dir);
        });
        assertTrue(reached.await(30, TimeUnit.SECONDS));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> state.getCorpus().size() >= HOLD_AT);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#cancelLoad");
        release.countDown();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> state.getLoadNote().startsWith("Loading cancelled"));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(state.isLoading());
        int kept = state.getCorpus().size();
        assertTrue(kept >= HOLD_AT && kept < expectedArticles, "a partial corpus: " + kept);
        Label note = robot.lookup("#loadNote").queryAs(Label.class);
        assertTrue(note.isVisible());
        assertTrue(note.getText().startsWith("Loading cancelled: kept " + String.format(java.util.Locale.ROOT, "%,d", kept) + " articles"),
                note.getText());
        assertTrue(note.getText().endsWith("of 400 files read)"), note.getText());
        assertEquals(kept, state.getCorpus().size(), "nothing arrives after the cancel");
    }

    private void shoot(FxRobot robot, String name) throws Exception {
        AtomicReference<WritableImage> image = new AtomicReference<>();
        robot.interact(() -> image.set(stage.getScene().snapshot(null)));
        Path out = Path.of("target/screenshots");
        Files.createDirectories(out);
        ImageIO.write(SwingFXUtils.fromFXImage(image.get(), null), "png", out.resolve(name + ".png").toFile());
    }
}

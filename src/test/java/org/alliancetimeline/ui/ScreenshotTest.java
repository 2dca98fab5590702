package org.alliancetimeline.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicReference;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.alliancetimeline.app.ChronologyBands;
import org.alliancetimeline.ingest.CorpusLoader;
import org.alliancetimeline.ingest.ReferenceChronology;
import org.alliancetimeline.model.Article;
import org.alliancetimeline.model.Corpus;
import org.alliancetimeline.ui.state.ExplorerState;
import org.alliancetimeline.ui.state.QuoteRef;
import org.alliancetimeline.ui.state.TimeWindow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Headless snapshots of the whole window at a laptop and a projector size, to target/screenshots. */
@ExtendWith(ApplicationExtension.class)
class ScreenshotTest {
    static {
        Headless.init();
    }

    private Stage stage;
    private ExplorerState state;
    private ExplorerPane pane;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        state = new ExplorerState();
        pane = new ExplorerPane(state);
        Scene scene = new Scene(pane, 1280, 800);
        scene.getStylesheets().add(ExplorerPane.stylesheet());
        stage.setScene(scene);
        stage.show();
    }

    private Path shoot(FxRobot robot, String name, double w, double h, Runnable setup) throws Exception {
        robot.interact(() -> {
            stage.setWidth(w);
            stage.setHeight(h);
        });
        robot.interact(() -> {
            stage.getScene().getRoot().resize(w, h);
            setup.run();
        });
        WaitForAsyncUtils.waitForFxEvents();
        AtomicReference<WritableImage> image = new AtomicReference<>();
        robot.interact(() -> image.set(stage.getScene().snapshot(null)));
        Path dir = Path.of("target/screenshots");
        Files.createDirectories(dir);
        Path out = dir.resolve(name + ".png");
        ImageIO.write(SwingFXUtils.fromFXImage(image.get(), null), "png", out.toFile());
        assertTrue(Files.size(out) > 10_000, "a real picture");
        assertTrue(Math.abs(image.get().getWidth() - w) < 20, "width " + image.get().getWidth());
        return out;
    }

    private void richSelection() {
        Corpus c = SampleCorpus.rich();
        state.setCorpus(c);
        state.setWindow(TimeWindow.of(LocalDate.of(2005, 6, 1), LocalDate.of(2025, 6, 1)));
        Article a = c.articles().stream().filter(x -> x.id().equals("ukraine-2022")).findFirst().orElseThrow();
        state.setWindow(TimeWindow.of(LocalDate.of(2021, 6, 1), LocalDate.of(2023, 3, 1)));
        state.setSelectedQuote(new QuoteRef(a, a.quotes().get(1)));
    }

    /** The bundled corpus as a student sees it, with the context bands and a quote selected. */
    private Runnable bundledSelection() {
        Corpus c = CorpusLoader.createDefault().loadBundled(new CorpusLoader.Listener() { });
        var bands = ChronologyBands.from(ReferenceChronology.loadDefault());
        return () -> {
            state.setCorpus(c);
            pane.setContextBands(bands);
            Article a = c.articles().stream().filter(x -> x.id().contains("air-defence")).findFirst().orElseThrow();
            state.setWindow(TimeWindow.of(LocalDate.of(2021, 9, 1), LocalDate.of(2025, 3, 1)));
            state.setSelectedQuote(new QuoteRef(a, a.quotes().get(Math.min(2, a.quotes().size() - 1))));
        };
    }

    @Test
    void laptop(FxRobot robot) throws Exception {
        Path p = shoot(robot, "explorer-1280x800", 1280, 800, bundledSelection());
        var list = pane.getQuoteReader().getListView();
        assertEquals(state.getSelectedQuote(), list.getSelectionModel().getSelectedItem(), "selected quote listed");
        assertTrue(new File(p.toString()).exists());
        assertTrue(state.getCorpus().size() >= 5);
    }

    @Test
    void projector(FxRobot robot) throws Exception {
        Runnable setup = bundledSelection();
        shoot(robot, "explorer-1920x1080", 1920, 1080, () -> {
            setup.run();
            pane.textSizeProperty().set(18);
        });
    }

    @Test
    void denseCorpusZoomed(FxRobot robot) throws Exception {
        shoot(robot, "explorer-dense-1280x800", 1280, 800, this::richSelection);
    }

    @Test
    void wholeCorpus(FxRobot robot) throws Exception {
        shoot(robot, "explorer-whole-1280x800", 1280, 800, () -> {
            state.setCorpus(SampleCorpus.rich());
            Article a = state.getCorpus().articles().stream().filter(x -> x.id().equals("moldova-2018")).findFirst().orElseThrow();
            state.setSelectedArticle(a);
        });
    }
}

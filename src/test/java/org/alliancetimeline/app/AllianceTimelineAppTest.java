package org.alliancetimeline.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.alliancetimeline.ui.Headless;
import org.alliancetimeline.ui.state.ExplorerState;
import org.alliancetimeline.ui.timeline.TimelineView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real application: opens on the bundled corpus, loaded in the background, fitted to its span. */
@ExtendWith(ApplicationExtension.class)
class AllianceTimelineAppTest {
    static {
        Headless.init();
    }

    private AllianceTimelineApp app;

    @Start
    void start(Stage stage) {
        app = new AllianceTimelineApp();
        app.start(stage);
    }

    @Test
    void opensOnTheBundledCorpusFitted(FxRobot robot) throws Exception {
        ExplorerState state = app.getState();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !state.isLoading() && state.getCorpus().size() > 0);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(5, state.getCorpus().size());
        assertEquals(state.getFullWindow(), state.getWindow());
        assertTrue(state.getSelectedPartners().isEmpty());
        assertEquals("5 of 5 articles", robot.lookup("#statusCount").queryAs(Label.class).getText());
        TimelineView t = robot.lookup("#timeline").queryAs(TimelineView.class);
        assertEquals(5, t.getMarkerLayout().stream().mapToInt(i -> i.count()).sum());
        assertFalse(robot.lookup("#loadProgress").query().getParent().isVisible(), "no progress bar once loaded");
    }

    @Test
    void opensAFolderInTheBackgroundAndReportsAMissingOne(FxRobot robot) throws Exception {
        ExplorerState state = app.getState();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !state.isLoading() && state.getCorpus().size() > 0);
        var before = state.getCorpus();
        robot.interact(() -> app.openFolder(Path.of("corpus")));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !state.isLoading() && state.getCorpus() != before);
        assertEquals(5, state.getCorpus().size());

        var loaded = state.getCorpus();
        robot.interact(() -> app.openFolder(Path.of("no-such-folder")));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !state.isLoading());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(loaded, state.getCorpus(), "a failed load keeps the corpus");
        assertTrue(robot.lookup(".dialog-pane").tryQuery().isPresent(), "an error dialog");
    }
}

package org.alliancetimeline.app;

import java.io.File;
import java.nio.file.Path;
import javafx.application.Application;
import java.util.List;
import javafx.application.Platform;
import javafx.concurrent.Task;
import org.alliancetimeline.ingest.Gazetteer;
import org.alliancetimeline.ingest.ReferenceChronology;
import org.alliancetimeline.model.Partner;
import org.alliancetimeline.ui.timeline.ContextBand;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.DirectoryChooser;
import javafx.stage.Stage;
import org.alliancetimeline.ingest.CorpusLoader;
import org.alliancetimeline.model.Corpus;
import org.alliancetimeline.ui.ExplorerPane;
import org.alliancetimeline.ui.state.ExplorerState;

/**
 * The explorer window. Opens on the bundled corpus, loaded in a background task, with the
 * timeline fitted to the whole span; File ▸ Open folder… loads another corpus the same way, with
 * progress and cancel in the status bar.
 */
public class AllianceTimelineApp extends Application {
    private final ExplorerState state = new ExplorerState();
    private ExplorerPane pane;
    private Stage stage;
    private CorpusLoadTask current;
    /** Bumped by every load; snapshots of an older load are dropped. */
    private long generation;
    /** Whether the current load has shown a snapshot yet (the first one resets the view). */
    private boolean shownFirst;
    private File lastFolder;
    private long publishIntervalMillis = CorpusLoadTask.DEFAULT_PUBLISH_INTERVAL_MILLIS;
    private CorpusLoader.Listener loadHook;
    /** Set when the bench measures start-up; told when the bundled corpus is on screen. */
    private StartupProbe startupProbe;

    @Override
    public void start(Stage stage) {
        this.stage = stage;
        pane = new ExplorerPane(state);
        pane.setOnOpenFolder(this::chooseFolder);
        pane.setOnOpenBundled(this::loadBundled);
        pane.setOnCancelLoad(this::cancelLoad);
        pane.setOnExit(Platform::exit);
        pane.getArticleView().setLinkOpener(url -> getHostServices().showDocument(url));
        Scene scene = new Scene(pane, 1280, 800);
        scene.getStylesheets().add(ExplorerPane.stylesheet());
        stage.setScene(scene);
        stage.setTitle("Alliance Timeline");
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        // reading starts before show(), whose first layout keeps this thread busy a few hundred ms
        loadBundled();
        stage.show();
        startupProbe = StartupProbe.installIfRequested(scene);
        pane.getTimeline().requestFocus();
        loadReferenceData();
    }

    /** Context bands and the gazetteer's partner names, read in the background. */
    private void loadReferenceData() {
        Task<Void> task = new Task<>() {
            private List<ContextBand> bands = List.of();
            private List<String> partners = List.of();

            @Override
            protected Void call() {
                try {
                    bands = ChronologyBands.from(ReferenceChronology.loadDefault());
                } catch (RuntimeException e) {
                    System.err.println("No reference chronology: " + e.getMessage());
                }
                try {
                    partners = Gazetteer.loadDefault().partners().stream().map(Partner::name).toList();
                } catch (RuntimeException e) {
                    System.err.println("No gazetteer: " + e.getMessage());
                }
                return null;
            }

            @Override
            protected void succeeded() {
                pane.setContextBands(bands);
                pane.getPartnerFilter().setKnownPartners(partners);
            }
        };
        Thread t = new Thread(task, "reference-data");
        t.setDaemon(true);
        t.start();
    }

    /** The state the window shows (for tests). */
    public ExplorerState getState() {
        return state;
    }

    private void loadBundled() {
        // the loader reads the gazetteer and chronology: created in the task, off the FX thread
        load("the sample corpus", "sample corpus",
                (listener, cancelled) -> CorpusLoader.createDefault().loadBundled(listener));
    }

    private void chooseFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Open a folder of articles");
        if (lastFolder != null && lastFolder.isDirectory()) {
            chooser.setInitialDirectory(lastFolder);
        }
        File dir = chooser.showDialog(stage);
        if (dir == null) {
            return;
        }
        lastFolder = dir;
        openFolder(dir.toPath());
    }

    /** How often a loading corpus is shown as it grows (for tests; default 300 ms). */
    void setPublishIntervalMillis(long millis) {
        publishIntervalMillis = millis;
    }

    /** Also told of every article and problem while loading, on worker threads (for tests, to pace a load). */
    void setLoadHook(CorpusLoader.Listener hook) {
        loadHook = hook;
    }

    /** Cancels the load under way, keeping what it has loaded (as the status bar's Cancel does). */
    public void cancelLoad() {
        CorpusLoadTask task = current;
        if (task != null) {
            task.cancel();
            finish(task);
            state.setLoadNote("Cancelling\u2026");
        }
    }

    /**
     * Loads the articles of a folder in the background; the window fills in as they load (the
     * first snapshot replaces the current corpus).
     */
    public void openFolder(Path path) {
        load(path.toString(), path.getFileName() == null ? path.toString() : path.getFileName().toString(),
                (listener, cancelled) -> CorpusLoader.createDefault().load(path, listener, cancelled));
    }

    private void load(String what, String title, CorpusLoadTask.Job job) {
        cancelLoad();
        long gen = ++generation;
        shownFirst = false;
        state.setLoadNote("");
        CorpusLoadTask task = new CorpusLoadTask(what, job, snapshot -> {
            if (gen == generation) {
                show(snapshot, title);
            }
        }, publishIntervalMillis, loadHook);
        current = task;
        state.loadProgressProperty().bind(task.progressProperty());
        state.loadMessageProperty().bind(task.messageProperty());
        state.setLoading(true);
        task.setOnSucceeded(e -> {
            finish(task);
            if (gen == generation && state.getCorpus() != task.getValue()) {
                show(new CorpusLoadTask.Snapshot(task.getValue(), true, false, -1, -1), title);
            }
            if (startupProbe != null) {
                startupProbe.corpusShown();
                startupProbe = null;
            }
        });
        task.setOnFailed(e -> {
            finish(task);
            Throwable ex = task.getException();
            Alert alert = new Alert(Alert.AlertType.ERROR, "Could not open " + what + ":\n"
                    + (ex == null ? "unknown error" : ex.getMessage() == null ? ex.toString() : ex.getMessage()), ButtonType.OK);
            alert.setHeaderText("Could not open the folder");
            alert.initOwner(stage);
            alert.show();
        });
        task.setOnCancelled(e -> finish(task));
        Thread t = new Thread(task, "corpus-load");
        t.setDaemon(true);
        t.start();
    }

    /** On the FX thread: shows a snapshot of the current load. */
    private void show(CorpusLoadTask.Snapshot snapshot, String title) {
        if (!shownFirst) {
            shownFirst = true;
            state.setCorpus(snapshot.corpus());
            stage.setTitle("Alliance Timeline \u2014 " + title);
        } else {
            state.updateCorpus(snapshot.corpus());
        }
        if (snapshot.cancelled()) {
            state.setLoadNote(String.format(java.util.Locale.ROOT,
                    "Loading cancelled: kept %,d articles (%,d of %,d files read)",
                    snapshot.corpus().size(), snapshot.filesDone(), Math.max(0, snapshot.filesTotal())));
        }
    }

    private void finish(CorpusLoadTask task) {
        if (current != task) {
            return;
        }
        current = null;
        state.loadProgressProperty().unbind();
        state.loadMessageProperty().unbind();
        state.setLoading(false);
    }
}

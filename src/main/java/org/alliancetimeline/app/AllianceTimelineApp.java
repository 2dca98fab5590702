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
    private File lastFolder;

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
        stage.show();
        pane.getTimeline().requestFocus();
        loadBundled();
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
        CorpusLoader loader = CorpusLoader.createDefault();
        load("the sample corpus", "sample corpus", (listener, cancelled) -> loader.loadBundled(listener));
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

    /** Loads the articles of a folder in the background; the current corpus stays until it is done. */
    public void openFolder(Path path) {
        CorpusLoader loader = CorpusLoader.createDefault();
        load(path.toString(), path.getFileName() == null ? path.toString() : path.getFileName().toString(),
                (listener, cancelled) -> loader.load(path, listener, cancelled));
    }

    private void load(String what, String title, CorpusLoadTask.Job job) {
        cancelLoad();
        CorpusLoadTask task = new CorpusLoadTask(what, job);
        current = task;
        state.loadProgressProperty().bind(task.progressProperty());
        state.loadMessageProperty().bind(task.messageProperty());
        state.setLoading(true);
        task.setOnSucceeded(e -> {
            finish(task);
            Corpus corpus = task.getValue();
            state.setCorpus(corpus);
            stage.setTitle("Alliance Timeline \u2014 " + title);
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

    private void finish(CorpusLoadTask task) {
        if (current != task) {
            return;
        }
        current = null;
        state.loadProgressProperty().unbind();
        state.loadMessageProperty().unbind();
        state.setLoading(false);
    }

    private void cancelLoad() {
        CorpusLoadTask task = current;
        if (task != null) {
            task.cancel();
            finish(task);
        }
    }
}

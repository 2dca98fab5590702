package org.alliancetimeline.ui.views;

import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import org.alliancetimeline.model.Corpus;
import org.alliancetimeline.model.LoadProblem;
import org.alliancetimeline.ui.state.ExplorerState;

/**
 * The status bar: "N of M articles" (in view and passing the filter, of all loaded), the visible
 * span, the load problems (a link that lists them) and, while a corpus loads, a progress bar with
 * a cancel button.
 */
public class StatusBar extends HBox {
    private final ExplorerState state;
    private final Label count = new Label();
    private final Label span = new Label();
    private final Hyperlink problems = new Hyperlink();
    private final Hyperlink undated = new Hyperlink();
    private final javafx.collections.ObservableList<org.alliancetimeline.model.Article> undatedArticles = FXCollections.observableArrayList();
    private Dialog<Void> undatedDialog;
    private final ProgressBar progress = new ProgressBar();
    private final Label loadMessage = new Label();
    private final Label loadNote = new Label();
    private final Button cancel = new Button("Cancel");
    private Runnable onCancel = () -> { };

    public StatusBar(ExplorerState state) {
        this.state = state;
        setId("statusBar");
        getStyleClass().add("status-bar");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(14);

        count.setId("statusCount");
        span.setId("statusSpan");
        problems.setId("statusProblems");
        undated.setId("statusUndated");
        undated.getStyleClass().add("status-undated");
        undated.setOnAction(e -> showUndated());
        undated.setTooltip(new javafx.scene.control.Tooltip("List the articles without a date; pick one to read it"));
        progress.setId("loadProgress");
        cancel.setId("cancelLoad");
        count.getStyleClass().add("status-count");
        span.getStyleClass().add("status-span");
        progress.setPrefWidth(160);
        progress.progressProperty().bind(state.loadProgressProperty());
        loadMessage.textProperty().bind(state.loadMessageProperty());
        loadNote.setId("loadNote");
        loadNote.getStyleClass().add("load-note");
        loadNote.textProperty().bind(state.loadNoteProperty());
        loadNote.visibleProperty().bind(state.loadNoteProperty().isNotEmpty());
        loadNote.managedProperty().bind(loadNote.visibleProperty());
        loadMessage.setId("loadMessage");
        cancel.setOnAction(e -> onCancel.run());
        cancel.getStyleClass().add("small-button");
        HBox loading = new HBox(8, loadMessage, progress, cancel);
        loading.setAlignment(Pos.CENTER_LEFT);
        loading.visibleProperty().bind(state.loadingProperty());
        loading.managedProperty().bind(state.loadingProperty());
        problems.setOnAction(e -> showProblems());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox counts = new HBox(4, count, undated);
        counts.setAlignment(Pos.CENTER_LEFT);
        getChildren().setAll(counts, separator(), span, grow, loading, loadNote, problems);

        state.visibleArticlesProperty().addListener((ListChangeListener<Object>) c -> update());
        state.corpusProperty().addListener((obs, o, n) -> update());
        state.windowProperty().addListener((obs, o, n) -> update());
        update();
    }

    private static Label separator() {
        Label l = new Label("\u00B7");
        l.getStyleClass().add("status-separator");
        return l;
    }

    public void setOnCancel(Runnable r) {
        onCancel = r == null ? () -> { } : r;
    }

    private void update() {
        Corpus c = state.getCorpus();
        int n = state.getVisibleArticles().size();
        int undated = c.size() - c.datedCount();
        count.setText(n + " of " + c.size() + " articles");
        this.undated.setText("(" + undated + " undated)");
        this.undated.setVisible(undated > 0);
        this.undated.setManaged(undated > 0);
        if (undatedDialog != null && undatedDialog.isShowing()) {
            undatedArticles.setAll(c.articles().subList(c.datedCount(), c.size()));
        }
        span.setText(Formats.span(state.getWindow()));
        int p = c.problems().size();
        problems.setText(p == 0 ? "No load problems" : p == 1 ? "1 load problem" : p + " load problems");
        problems.setDisable(p == 0);
        problems.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("problems"), p > 0);
    }

    /**
     * Opens a small window listing the articles without a date (the timeline cannot show them);
     * picking one selects it, so the article view shows it (the timeline stays where it is).
     */
    public void showUndated() {
        Corpus c = state.getCorpus();
        undatedArticles.setAll(c.articles().subList(c.datedCount(), c.size()));
        if (undatedDialog != null) {
            undatedDialog.show();
            undatedDialog.getDialogPane().getScene().getWindow().requestFocus();
            return;
        }
        javafx.scene.control.ListView<org.alliancetimeline.model.Article> list = new javafx.scene.control.ListView<>(undatedArticles);
        list.setId("undatedList");
        list.setCellFactory(lv -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(org.alliancetimeline.model.Article a, boolean empty) {
                super.updateItem(a, empty);
                setText(empty || a == null ? null : a.title() + "  \u2014  " + a.sourceFile());
            }
        });
        list.getStyleClass().add("undated-list");
        list.setPrefSize(560, 300);
        list.getSelectionModel().selectedItemProperty().addListener((obs, o, a) -> {
            if (a != null) {
                state.setSelectedArticle(a);
            }
        });
        state.selectedArticleProperty().addListener((obs, o, a) -> {
            if (a == null || a.date() != null) {
                list.getSelectionModel().clearSelection();
            }
        });
        Dialog<Void> dialog = new Dialog<>();
        dialog.setTitle("Undated articles");
        dialog.setHeaderText("Articles without a date: the timeline cannot place them. Pick one to read it.");
        dialog.getDialogPane().setContent(list);
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        dialog.setResizable(true);
        dialog.initModality(javafx.stage.Modality.NONE);
        if (getScene() != null) {
            dialog.initOwner(getScene().getWindow());
        }
        undatedDialog = dialog;
        dialog.show();
    }

    /** Opens a dialog listing the files that could not be read and why. */
    public void showProblems() {
        TableView<LoadProblem> table = new TableView<>(FXCollections.observableArrayList(state.getCorpus().problems()));
        table.setId("problemTable");
        TableColumn<LoadProblem, String> file = new TableColumn<>("File");
        file.setCellValueFactory(d -> new ReadOnlyStringWrapper(d.getValue().file()));
        file.setPrefWidth(260);
        TableColumn<LoadProblem, String> message = new TableColumn<>("Problem");
        message.setCellValueFactory(d -> new ReadOnlyStringWrapper(d.getValue().message()));
        message.setPrefWidth(420);
        table.getColumns().setAll(java.util.List.of(file, message));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefSize(720, 320);
        Dialog<Void> dialog = new Dialog<>();
        dialog.setTitle("Load problems");
        dialog.setHeaderText(state.getCorpus().problems().size() + " files could not be read, or only in part");
        dialog.getDialogPane().setContent(table);
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        dialog.setResizable(true);
        if (getScene() != null) {
            dialog.initOwner(getScene().getWindow());
        }
        dialog.show();
    }
}

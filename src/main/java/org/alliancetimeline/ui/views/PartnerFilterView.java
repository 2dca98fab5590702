package org.alliancetimeline.ui.views;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.SetChangeListener;
import javafx.collections.transformation.FilteredList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.beans.property.BooleanProperty;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ListCell;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import org.alliancetimeline.model.Corpus;
import org.alliancetimeline.ui.PartnerColors;
import org.alliancetimeline.ui.state.ExplorerState;
import org.controlsfx.control.CheckListView;
import org.controlsfx.control.textfield.TextFields;

/**
 * The partner filter: a searchable check list of partners with their colour and "in window / all"
 * article counts, All / None buttons and "Only this one" (context menu, double click, or O).
 * Space toggles the focused partner. Partners with no article are listed only when the search
 * names them.
 */
public class PartnerFilterView extends VBox {
    private final ExplorerState state;
    private final ObservableList<String> names = FXCollections.observableArrayList();
    private final FilteredList<String> shown = new FilteredList<>(names);
    private final CheckListView<String> list = new CheckListView<>(shown);
    /** A partner row's height in ems: the check box's line plus the cell's padding (0.3em above and below). */
    private static final double PARTNER_ROW_EMS = 2.0;
    private final TextField search = TextFields.createClearableTextField();
    private final Label summary = new Label();
    private final List<String> extraNames = new ArrayList<>();
    private boolean syncing;

    public PartnerFilterView(ExplorerState state) {
        this.state = state;
        setId("partnerFilter");
        getStyleClass().add("partner-filter");

        Label title = new Label("_Partners");
        title.setMnemonicParsing(true);
        title.setLabelFor(list);
        title.getStyleClass().add("pane-title");
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        summary.getStyleClass().add("pane-subtitle");
        HBox header = new HBox(8, title, grow, summary);
        header.setAlignment(Pos.BASELINE_LEFT);

        search.setId("partnerSearch");
        search.setPromptText("Search partners");
        search.setAccessibleText("Search partners");
        search.textProperty().addListener((obs, o, n) -> applySearch());
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN && !shown.isEmpty()) {
                list.requestFocus();
                if (list.getSelectionModel().isEmpty()) {
                    list.getSelectionModel().select(0);
                }
                e.consume();
            }
        });

        Button all = new Button("_All");
        all.setId("partnersAll");
        all.setMnemonicParsing(true);
        all.setTooltip(new Tooltip("Show the articles of every partner"));
        all.setOnAction(e -> state.showAllPartners());
        Button none = new Button("_None");
        none.setId("partnersNone");
        none.setMnemonicParsing(true);
        none.setTooltip(new Tooltip("Untick every partner, then tick the ones to show"));
        none.setOnAction(e -> state.showNoPartners());
        all.setMaxWidth(Double.MAX_VALUE);
        none.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(all, Priority.ALWAYS);
        HBox.setHgrow(none, Priority.ALWAYS);
        HBox buttons = new HBox(6, all, none);

        list.setId("partnerList");
        list.setAccessibleText("Partners");
        list.setCellFactory(lv -> new PartnerCell());
        // Every row is one line: a fixed height spares the list measuring each row at every filter or
        // window change. It follows the text size (the search field's font is the window's).
        list.fixedCellSizeProperty().bind(Bindings.createDoubleBinding(
                () -> Math.ceil(search.getFont().getSize() * PARTNER_ROW_EMS), search.fontProperty()));
        list.setPlaceholder(new Label("No partner matches"));
        VBox.setVgrow(list, Priority.ALWAYS);
        MenuItem only = new MenuItem("Only this one");
        only.setOnAction(e -> showOnlyFocused());
        MenuItem showAll = new MenuItem("Show all partners");
        showAll.setOnAction(e -> state.showAllPartners());
        list.setContextMenu(new ContextMenu(only, showAll));
        list.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            String item = list.getSelectionModel().getSelectedItem();
            if (item == null) {
                return;
            }
            if (e.getCode() == KeyCode.SPACE) {
                state.setPartnerShown(item, !state.isPartnerShown(item));
                e.consume();
            } else if (e.getCode() == KeyCode.O || e.getCode() == KeyCode.ENTER) {
                state.showOnlyPartner(item);
                e.consume();
            }
        });
        list.getCheckModel().getCheckedItems().addListener((ListChangeListener<String>) c -> {
            if (!syncing) {
                pushChecksToState();
            }
        });

        getChildren().setAll(header, search, buttons, list);
        setSpacing(6);
        setPadding(new Insets(8));

        state.corpusProperty().addListener((obs, o, n) -> rebuild());
        state.getSelectedPartners().addListener((SetChangeListener<String>) c -> pullChecksFromState());
        // cells update their own counts; no cell rebuild per window move
        state.partnerCountsInWindowProperty().addListener((obs, o, n) -> updateSummary());
        rebuild();
    }

    /** Partner names to offer even without articles (e.g. from a gazetteer); shown only when searched for. */
    public void setKnownPartners(List<String> known) {
        extraNames.clear();
        extraNames.addAll(known);
        rebuild();
    }

    public CheckListView<String> getListView() {
        return list;
    }

    public TextField getSearchField() {
        return search;
    }

    private void showOnlyFocused() {
        String item = list.getSelectionModel().getSelectedItem();
        if (item != null) {
            state.showOnlyPartner(item);
        }
    }

    private void rebuild() {
        Corpus c = state.getCorpus();
        List<String> all = new ArrayList<>(c.articleCountByPartner().keySet());
        extraNames.stream().filter(n -> !c.articleCountByPartner().containsKey(n)).sorted().forEach(all::add);
        syncing = true;
        try {
            names.setAll(all);
        } finally {
            syncing = false;
        }
        applySearch();
    }

    private void applySearch() {
        String q = search.getText() == null ? "" : search.getText().trim().toLowerCase(Locale.ROOT);
        Map<String, Integer> counts = state.getCorpus().articleCountByPartner();
        syncing = true;
        try {
            shown.setPredicate(n -> q.isEmpty() ? counts.getOrDefault(n, 0) > 0 : n.toLowerCase(Locale.ROOT).contains(q));
        } finally {
            syncing = false;
        }
        pullChecksFromState();
    }

    private void pullChecksFromState() {
        syncing = true;
        try {
            for (String n : shown) {
                boolean want = state.isPartnerShown(n);
                // ControlsFX's check model makes new per-item check properties (what the cells show)
                // on every item change but keeps its checked indices, which then belong to other
                // items: set both
                BooleanProperty shownCheck = list.getItemBooleanProperty(n);
                if (shownCheck != null && shownCheck.get() != want) {
                    shownCheck.set(want);
                }
                if (list.getCheckModel().isChecked(n) != want) {
                    if (want) {
                        list.getCheckModel().check(n);
                    } else {
                        list.getCheckModel().clearCheck(n);
                    }
                }
            }
        } finally {
            syncing = false;
        }
        list.refresh();
        updateSummary();
    }

    private void pushChecksToState() {
        for (String n : new ArrayList<>(shown)) {
            boolean checked = list.getCheckModel().isChecked(n);
            if (checked != state.isPartnerShown(n)) {
                state.setPartnerShown(n, checked);
            }
        }
    }

    private void updateSummary() {
        int total = state.getCorpus().articleCountByPartner().size();
        if (state.getSelectedPartners().isEmpty()) {
            summary.setText("all " + total);
        } else {
            long n = state.getSelectedPartners().stream().filter(p -> !ExplorerState.NO_PARTNER.equals(p)).count();
            summary.setText(n + " of " + total);
        }
    }

    private static final javafx.css.PseudoClass EMPTY_WINDOW = javafx.css.PseudoClass.getPseudoClass("empty-window");

    /** A partner row: check box, colour swatch, name and "in window / all" counts. */
    private final class PartnerCell extends ListCell<String> {
        private final CheckBox check = new CheckBox();
        private BooleanProperty boundCheck;
        private final Rectangle swatch = new Rectangle(12, 12);
        private final Label name = new Label();
        private final Label counts = new Label();
        private final Region grow = new Region();
        private final HBox box = new HBox(6);

        private final javafx.beans.InvalidationListener countsListener = obs -> updateCounts();

        PartnerCell() {
            state.partnerCountsInWindowProperty().addListener(new javafx.beans.WeakInvalidationListener(countsListener));
            check.setFocusTraversable(false);
            swatch.setArcWidth(4);
            swatch.setArcHeight(4);
            swatch.getStyleClass().add("partner-swatch");
            name.getStyleClass().add("partner-name");
            name.setMinWidth(0);
            counts.getStyleClass().add("partner-counts");
            counts.setMinWidth(Region.USE_PREF_SIZE);
            HBox.setHgrow(grow, Priority.ALWAYS);
            box.setAlignment(Pos.CENTER_LEFT);
            getStyleClass().add("partner-cell");
            setPrefWidth(0);
            name.setTextOverrun(javafx.scene.control.OverrunStyle.ELLIPSIS);
            name.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(name, Priority.SOMETIMES);
            setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && getItem() != null) {
                    state.showOnlyPartner(getItem());
                }
            });
        }

        @Override
        public void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            if (boundCheck != null) {
                check.selectedProperty().unbindBidirectional(boundCheck);
                boundCheck = null;
            }
            if (empty || item == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            boundCheck = list.getItemBooleanProperty(item);
            if (boundCheck != null) {
                check.selectedProperty().bindBidirectional(boundCheck);
            }
            check.setAccessibleText("Show " + item);
            swatch.setFill(PartnerColors.colorFor(item));
            name.setText(item);
            box.getChildren().setAll(check, swatch, name, grow, counts);
            setText(null);
            setGraphic(box);
            updateCounts();
        }

        private void updateCounts() {
            String item = getItem();
            if (item == null || isEmpty()) {
                return;
            }
            int inWindow = state.getPartnerCountsInWindow().getOrDefault(item, 0);
            int all = state.getCorpus().articleCountByPartner().getOrDefault(item, 0);
            counts.setText(inWindow + " / " + all);
            counts.setAccessibleText(inWindow + " in view, " + all + " in all");
            pseudoClassStateChanged(EMPTY_WINDOW, inWindow == 0);
            setAccessibleText(item + ", " + inWindow + " articles in view, " + all + " in all");
        }
    }
}

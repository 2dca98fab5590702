package org.alliancetimeline.ui;

import java.util.Locale;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.alliancetimeline.ui.state.ExplorerState;
import org.alliancetimeline.ui.timeline.TimelineView;
import org.alliancetimeline.ui.views.ArticleView;
import org.alliancetimeline.ui.views.PartnerFilterView;
import org.alliancetimeline.ui.views.QuoteReaderView;
import org.alliancetimeline.ui.views.StatusBar;

/**
 * The explorer window's content: menu bar, timeline with its tool bar on top, partner filter,
 * quote reader and article side by side below, status bar at the bottom. It builds the views on
 * one {@link ExplorerState}; the views never see each other. Loading and other app actions are
 * handed in as callbacks.
 */
public class ExplorerPane extends BorderPane {
    public static final double DEFAULT_TEXT_SIZE = 13;

    private final ExplorerState state;
    private final TimelineView timeline;
    private final PartnerFilterView partnerFilter;
    private final QuoteReaderView quoteReader;
    private final ArticleView articleView;
    private final StatusBar statusBar;
    private final DoubleProperty textSize = new SimpleDoubleProperty(this, "textSize", DEFAULT_TEXT_SIZE);
    private final CheckMenuItem bandsItem = new CheckMenuItem("_Context bands (Secretaries General, summits)");
    private final ToggleButton bandsToggle = new ToggleButton("Context");
    private Runnable onOpenFolder = () -> { };
    private Runnable onOpenBundled = () -> { };
    private Runnable onExit = () -> { };

    public ExplorerPane(ExplorerState state) {
        this.state = state;
        getStyleClass().add("explorer");
        timeline = new TimelineView(state);
        partnerFilter = new PartnerFilterView(state);
        quoteReader = new QuoteReaderView(state);
        articleView = new ArticleView(state);
        statusBar = new StatusBar(state);

        VBox top = new VBox(toolBar(), timeline);
        top.getStyleClass().add("timeline-area");
        VBox.setVgrow(timeline, Priority.ALWAYS);
        top.setMinHeight(170);

        SplitPane lower = new SplitPane(partnerFilter, quoteReader, articleView);
        lower.setId("lowerSplit");
        lower.setDividerPositions(0.21, 0.56);
        // minimum widths follow the text size so names and counts stay readable on a projector
        partnerFilter.minWidthProperty().bind(textSize.multiply(17));
        quoteReader.minWidthProperty().bind(textSize.multiply(20));
        articleView.minWidthProperty().bind(textSize.multiply(22));

        SplitPane main = new SplitPane(top, lower);
        main.setId("mainSplit");
        main.setOrientation(Orientation.VERTICAL);
        main.setDividerPositions(0.4);
        setTop(menuBar());
        setCenter(main);
        setBottom(statusBar);

        textSize.addListener((obs, o, n) -> applyTextSize());
        applyTextSize();
        bandsToggle.selectedProperty().bindBidirectional(timeline.showContextBandsProperty());
        bandsItem.selectedProperty().bindBidirectional(timeline.showContextBandsProperty());
        timeline.contextBandsProperty().addListener((obs, o, n) -> updateBandsAvailable());
        updateBandsAvailable();

        // J / K step through quotes from anywhere except text fields (the lists handle their own)
        addEventHandler(KeyEvent.KEY_TYPED, e -> {
            if (e.isControlDown() || e.isMetaDown() || e.isAltDown()
                    || getScene() != null && getScene().getFocusOwner() instanceof TextInputControl) {
                return;
            }
            switch (e.getCharacter()) {
                case "j", "J" -> state.stepQuote(1);
                case "k", "K" -> state.stepQuote(-1);
                default -> {
                    return;
                }
            }
            e.consume();
        });
        sceneProperty().addListener((obs, o, scene) -> {
            if (scene != null) {
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.ADD, KeyCombination.SHORTCUT_DOWN), this::largerText);
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.PLUS, KeyCombination.SHORTCUT_DOWN), this::largerText);
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.SUBTRACT, KeyCombination.SHORTCUT_DOWN), this::smallerText);
            }
        });
    }

    private void updateBandsAvailable() {
        boolean any = !timeline.getContextBands().isEmpty();
        bandsToggle.setDisable(!any);
        bandsItem.setDisable(!any);
        bandsToggle.setTooltip(new Tooltip(any ? "Show Secretaries General terms and summits behind the timeline"
                : "No reference chronology is available"));
    }

    private HBox toolBar() {
        Button zoomOut = toolButton("\u2212", "zoomOut", "Zoom out (\u2212 or \u2193 on the timeline, mouse wheel)");
        zoomOut.setOnAction(e -> timeline.zoomOut());
        Button zoomIn = toolButton("+", "zoomIn", "Zoom in (+ or \u2191 on the timeline, mouse wheel)");
        zoomIn.setOnAction(e -> timeline.zoomIn());
        Button fit = toolButton("Fit all", "fitAll", "Show the whole corpus (0 or Home on the timeline)");
        fit.setOnAction(e -> timeline.fitAll());
        Button left = toolButton("\u25C0", "panLeft", "Earlier (\u2190 on the timeline, drag, or scroll sideways)");
        left.setOnAction(e -> timeline.panBy(-0.25));
        Button right = toolButton("\u25B6", "panRight", "Later (\u2192 on the timeline, drag, or scroll sideways)");
        right.setOnAction(e -> timeline.panBy(0.25));
        Button prev = toolButton("Previous article", "previousArticle", "Select the previous article (P or Page Up on the timeline)");
        prev.setOnAction(e -> state.stepArticle(-1));
        Button next = toolButton("Next article", "nextArticle", "Select the next article (N or Page Down on the timeline)");
        next.setOnAction(e -> state.stepArticle(1));
        bandsToggle.setId("toggleBands");
        bandsToggle.getStyleClass().add("tool-button");
        bandsToggle.setFocusTraversable(false);
        Label legend = new Label("Click a marker to read it · click a cluster to zoom in · drag to pan · wheel to zoom");
        legend.getStyleClass().add("toolbar-hint");
        legend.setMinWidth(0);
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox.setHgrow(legend, Priority.SOMETIMES);
        Button smaller = toolButton("A\u2212", "smallerText", "Smaller text (Ctrl+\u2212)");
        smaller.setOnAction(e -> smallerText());
        Button larger = toolButton("A+", "largerText", "Larger text for projectors (Ctrl+=)");
        larger.setOnAction(e -> largerText());
        HBox bar = new HBox(4, zoomOut, zoomIn, fit, gap(), left, right, gap(), prev, next, gap(), bandsToggle,
                grow, legend, gap(), smaller, larger);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("timeline-toolbar");
        bar.setId("timelineToolbar");
        return bar;
    }

    private static Node gap() {
        Separator s = new Separator(Orientation.VERTICAL);
        s.getStyleClass().add("toolbar-separator");
        return s;
    }

    private static Button toolButton(String text, String id, String tip) {
        Button b = new Button(text);
        b.setId(id);
        b.getStyleClass().add("tool-button");
        b.setTooltip(new Tooltip(tip));
        b.setAccessibleText(tip);
        // the timeline keeps the keyboard; the buttons are for the mouse, the menus for the keyboard
        b.setFocusTraversable(false);
        return b;
    }

    private MenuBar menuBar() {
        MenuItem open = item("_Open folder\u2026", "Shortcut+O", () -> onOpenFolder.run());
        open.setId("menuOpenFolder");
        MenuItem bundled = item("Open the _sample corpus", null, () -> onOpenBundled.run());
        MenuItem problems = item("Show load _problems", null, statusBar::showProblems);
        MenuItem exit = item("E_xit", "Shortcut+Q", () -> onExit.run());
        Menu file = new Menu("_File", null, open, bundled, new SeparatorMenuItem(), problems, new SeparatorMenuItem(), exit);

        MenuItem zoomIn = item("Zoom _in        +", null, timeline::zoomIn);
        MenuItem zoomOut = item("Zoom _out       \u2212", null, timeline::zoomOut);
        MenuItem fit = item("_Fit all        0", null, timeline::fitAll);
        MenuItem earlier = item("_Earlier        \u2190", null, () -> timeline.panBy(-0.25));
        MenuItem later = item("_Later          \u2192", null, () -> timeline.panBy(0.25));
        MenuItem next = item("_Next article   N", null, () -> state.stepArticle(1));
        MenuItem prev = item("_Previous article  P", null, () -> state.stepArticle(-1));
        MenuItem nextQuote = item("Next _quote     J", null, () -> state.stepQuote(1));
        MenuItem prevQuote = item("Previous q_uote  K", null, () -> state.stepQuote(-1));
        Menu timelineMenu = new Menu("_Timeline", null, zoomIn, zoomOut, fit, earlier, later, new SeparatorMenuItem(),
                next, prev, nextQuote, prevQuote, new SeparatorMenuItem(), bandsItem);

        MenuItem goTimeline = item("_Timeline", "Shortcut+1", timeline::requestFocus);
        MenuItem goPartners = item("_Partners", "Shortcut+2", () -> partnerFilter.getListView().requestFocus());
        MenuItem goSearch = item("Partner _search", "Shortcut+F", () -> partnerFilter.getSearchField().requestFocus());
        MenuItem goQuotes = item("_Quotes", "Shortcut+3", () -> quoteReader.getListView().requestFocus());
        MenuItem goArticle = item("_Article", "Shortcut+4", articleView::requestFocus);
        MenuItem larger = item("_Larger text", "Shortcut+EQUALS", this::largerText);
        MenuItem smaller = item("_Smaller text", "Shortcut+MINUS", this::smallerText);
        MenuItem reset = item("_Reset text size", "Shortcut+DIGIT0", () -> textSize.set(DEFAULT_TEXT_SIZE));
        MenuItem projector = item("Pro_jector text size", null, () -> textSize.set(18));
        Menu view = new Menu("_View", null, goTimeline, goPartners, goSearch, goQuotes, goArticle, new SeparatorMenuItem(),
                larger, smaller, reset, projector);

        MenuItem keys = item("_Keyboard shortcuts", "F1", this::showShortcuts);
        Menu help = new Menu("_Help", null, keys);
        MenuBar bar = new MenuBar(file, timelineMenu, view, help);
        bar.setId("menuBar");
        return bar;
    }

    private static MenuItem item(String text, String accelerator, Runnable action) {
        MenuItem m = new MenuItem(text);
        m.setMnemonicParsing(true);
        if (accelerator != null) {
            m.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        m.setOnAction(e -> action.run());
        return m;
    }

    private void showShortcuts() {
        Alert a = new Alert(Alert.AlertType.INFORMATION, SHORTCUTS, ButtonType.CLOSE);
        a.setTitle("Keyboard shortcuts");
        a.setHeaderText("Keyboard shortcuts");
        if (getScene() != null) {
            a.initOwner(getScene().getWindow());
        }
        a.getDialogPane().setMinWidth(520);
        a.show();
    }

    static final String SHORTCUTS = """
            Timeline (Ctrl+1 to focus it)
              + / \u2212 or \u2191 / \u2193    zoom in / out (mouse wheel, pinch: at the pointer)
              \u2190 / \u2192              earlier / later (Shift: half a screen; drag, sideways scroll)
              0 or Home          fit all
              N / P, PgDn / PgUp next / previous article
              Esc                clear the selection
            Quotes (Ctrl+3): J / K or \u2193 / \u2191 next / previous quote
            Partners (Ctrl+2, search Ctrl+F): Space ticks, O or Enter or double click: only this one,
              Alt+A all, Alt+N none
            Article: Ctrl+4     Open folder: Ctrl+O
            Text size: Ctrl+= / Ctrl+\u2212 / Ctrl+0 (projector size in the View menu)
            """;

    private void largerText() {
        textSize.set(Math.min(28, textSize.get() + 1.5));
    }

    private void smallerText() {
        textSize.set(Math.max(9, textSize.get() - 1.5));
    }

    private void applyTextSize() {
        setStyle(String.format(Locale.ROOT, "-fx-font-size: %.1fpx;", textSize.get()));
    }

    // ---- accessors for the app and tests ----------------------------------------------------

    public DoubleProperty textSizeProperty() {
        return textSize;
    }

    public ExplorerState getState() {
        return state;
    }

    public TimelineView getTimeline() {
        return timeline;
    }

    public PartnerFilterView getPartnerFilter() {
        return partnerFilter;
    }

    public QuoteReaderView getQuoteReader() {
        return quoteReader;
    }

    public ArticleView getArticleView() {
        return articleView;
    }

    public StatusBar getStatusBar() {
        return statusBar;
    }

    public void setOnOpenFolder(Runnable r) {
        onOpenFolder = r;
    }

    public void setOnOpenBundled(Runnable r) {
        onOpenBundled = r;
    }

    public void setOnExit(Runnable r) {
        onExit = r;
    }

    /** Context bands for the timeline; shown at once the first time some arrive. */
    public void setContextBands(java.util.List<org.alliancetimeline.ui.timeline.ContextBand> bands) {
        boolean first = timeline.getContextBands().isEmpty();
        timeline.setContextBands(bands);
        if (first && !bands.isEmpty()) {
            timeline.setShowContextBands(true);
        }
    }

    public void setOnCancelLoad(Runnable r) {
        statusBar.setOnCancel(r);
    }

    /** The stylesheet of the explorer window. */
    public static String stylesheet() {
        return java.util.Objects.requireNonNull(ExplorerPane.class.getResource("/org/alliancetimeline/ui/explorer.css")).toExternalForm();
    }
}

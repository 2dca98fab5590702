package org.alliancetimeline.ui.views;

import java.util.stream.Collectors;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.alliancetimeline.model.Article;
import org.alliancetimeline.ui.state.ExplorerState;
import org.alliancetimeline.ui.state.QuoteRef;

/**
 * The quote reader: the quotes of the filtered articles inside the visible window (or of all
 * filtered articles), in date order, in readable type. Selecting one selects it in the state
 * (which selects its article and pans the timeline). J / K or the arrow keys step through them.
 */
public class QuoteReaderView extends VBox {
    private final ExplorerState state;
    private final ListView<QuoteRef> list = new ListView<>();
    private final Label count = new Label();
    private boolean syncing;

    public QuoteReaderView(ExplorerState state) {
        this.state = state;
        setId("quoteReader");
        getStyleClass().add("quote-reader");

        Label title = new Label("_Quotes");
        title.setMnemonicParsing(true);
        title.setLabelFor(list);
        title.getStyleClass().add("pane-title");
        count.getStyleClass().add("pane-subtitle");
        count.setId("quoteCount");
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        ToggleButton follow = new ToggleButton("In view only");
        follow.setId("quotesFollowWindow");
        follow.getStyleClass().add("small-toggle");
        follow.setTooltip(new Tooltip("On: only quotes from the stretch of time the timeline shows.\n"
                + "Off: quotes from all articles that pass the partner filter."));
        follow.selectedProperty().bindBidirectional(state.quotesFollowWindowProperty());
        HBox header = new HBox(8, title, count, grow, follow);
        header.setAlignment(Pos.CENTER_LEFT);

        list.setId("quoteList");
        list.setAccessibleText("Quotes");
        list.setItems(state.getReaderQuotes());
        list.setCellFactory(lv -> new QuoteCell());
        Label placeholder = new Label("No quotes here.\nZoom out, pan, or tick more partners.");
        placeholder.getStyleClass().add("placeholder");
        placeholder.setWrapText(true);
        list.setPlaceholder(placeholder);
        VBox.setVgrow(list, Priority.ALWAYS);

        list.getSelectionModel().selectedItemProperty().addListener((obs, o, q) -> {
            if (!syncing && q != null) {
                state.setSelectedQuote(q);
            }
        });
        state.selectedQuoteProperty().addListener((obs, o, q) -> showSelection());
        state.getReaderQuotes().addListener((ListChangeListener<QuoteRef>) c -> {
            showSelection();
            updateCount();
        });
        list.addEventFilter(KeyEvent.KEY_TYPED, e -> {
            switch (e.getCharacter()) {
                case "j", "J" -> state.stepQuote(1);
                case "k", "K" -> state.stepQuote(-1);
                default -> {
                    return;
                }
            }
            e.consume();
        });
        state.quotesFollowWindowProperty().addListener((obs, o, n) -> updateCount());

        getChildren().setAll(header, list);
        setSpacing(6);
        setPadding(new Insets(8));
        updateCount();
    }

    public ListView<QuoteRef> getListView() {
        return list;
    }

    private void updateCount() {
        int n = state.getReaderQuotes().size();
        count.setText(n == 1 ? "1 quote" : n + " quotes");
    }

    private void showSelection() {
        QuoteRef q = state.getSelectedQuote();
        syncing = true;
        try {
            int i = q == null ? -1 : list.getItems().indexOf(q);
            if (i < 0) {
                list.getSelectionModel().clearSelection();
            } else if (list.getSelectionModel().getSelectedIndex() != i) {
                list.getSelectionModel().select(i);
                list.getFocusModel().focus(i);
                scrollIntoView(i);
            }
        } finally {
            syncing = false;
        }
    }

    /** Scrolls so that row {@code i} shows, now and once more after the next layout (cell heights vary). */
    private void scrollIntoView(int i) {
        list.scrollTo(i);
        javafx.application.Platform.runLater(() -> {
            if (i < list.getItems().size() && i == list.getSelectionModel().getSelectedIndex()) {
                list.scrollTo(i);
            }
        });
    }

    /** Long quotes are cut at a word near {@link #MAX_QUOTE_CHARS}; the article view shows them whole. */
    static String shorten(String quote) {
        if (quote.length() <= MAX_QUOTE_CHARS) {
            return quote;
        }
        int cut = quote.lastIndexOf(' ', MAX_QUOTE_CHARS);
        return quote.substring(0, cut > MAX_QUOTE_CHARS / 2 ? cut : MAX_QUOTE_CHARS).stripTrailing() + " \u2026";
    }

    static final int MAX_QUOTE_CHARS = 280;

    /** Quote in readable type, then "— speaker · date · outlet" and the partners. */
    private final class QuoteCell extends ListCell<QuoteRef> {
        private final Label text = new Label();
        private final Label meta = new Label();
        private final Label partners = new Label();
        private final VBox box = new VBox(4, text, meta, partners);

        QuoteCell() {
            getStyleClass().add("quote-cell");
            text.getStyleClass().add("quote-text");
            meta.getStyleClass().add("quote-meta");
            partners.getStyleClass().add("quote-partners");
            text.setWrapText(true);
            meta.setWrapText(true);
            partners.setWrapText(true);
            text.setMinHeight(Region.USE_PREF_SIZE);
            meta.setMinHeight(Region.USE_PREF_SIZE);
            box.maxWidthProperty().bind(list.widthProperty().subtract(34));
            box.prefWidthProperty().bind(list.widthProperty().subtract(34));
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(QuoteRef item, boolean empty) {
            super.updateItem(item, empty);
            setText(null);
            if (empty || item == null) {
                setGraphic(null);
                setAccessibleText(null);
                return;
            }
            Article a = item.article();
            text.setText("\u201C" + shorten(item.quote().text()) + "\u201D");
            String speaker = item.quote().speaker() == null ? "unattributed" : item.quote().speaker();
            StringBuilder m = new StringBuilder("\u2014 ").append(speaker).append("  \u00B7  ").append(Formats.shortDate(a));
            if (a.outlet() != null) {
                m.append("  \u00B7  ").append(a.outlet());
            }
            meta.setText(m.toString());
            partners.setText(a.partners().stream().map(p -> p.name()).collect(Collectors.joining(", ")));
            partners.setVisible(!a.partners().isEmpty());
            partners.setManaged(!a.partners().isEmpty());
            setGraphic(box);
            setAccessibleText(item.quote().text() + ". " + m);
        }
    }
}

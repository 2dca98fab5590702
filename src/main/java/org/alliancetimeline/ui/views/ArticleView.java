package org.alliancetimeline.ui.views;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.alliancetimeline.model.Article;
import org.alliancetimeline.model.DateConfidence;
import org.alliancetimeline.model.DatePrecision;
import org.alliancetimeline.model.PartnerMention;
import org.alliancetimeline.model.Quote;
import org.alliancetimeline.ui.PartnerColors;
import org.alliancetimeline.ui.state.ExplorerState;
import org.alliancetimeline.ui.state.QuoteRef;

/**
 * The selected article: title, date with its confidence and precision, warnings in a banner,
 * outlet, author, link, partner chips and the cleaned text in a {@link TextFlow} with its quotes
 * highlighted. Clicking a quote selects it; the selected quote is scrolled into view.
 */
public class ArticleView extends ScrollPane {
    private final ExplorerState state;
    private final VBox content = new VBox(10);
    private final TextFlow body = new TextFlow();
    private final Pane highlights = new Pane();
    private final List<Text> quoteTexts = new ArrayList<>();
    private final List<Quote> quoteOrder = new ArrayList<>();
    private Consumer<String> linkOpener = url -> { };
    private Article shown;

    public ArticleView(ExplorerState state) {
        this.state = state;
        setId("articleView");
        getStyleClass().add("article-view");
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        setFocusTraversable(true);
        setAccessibleText("Article");
        content.getStyleClass().add("article-content");
        content.setPadding(new Insets(14, 18, 24, 18));
        body.getStyleClass().add("article-body");
        body.setLineSpacing(3);
        highlights.setMouseTransparent(true);
        highlights.setManaged(true);
        setContent(content);
        state.selectedArticleProperty().addListener((obs, o, a) -> show(a));
        state.selectedQuoteProperty().addListener((obs, o, q) -> {
            if (q != null && q.article() != shown) {
                show(q.article());
            }
            markSelectedQuote();
            revealSelectedQuote();
        });
        body.layoutBoundsProperty().addListener((obs, o, n) -> drawHighlights());
        show(null);
    }

    /** What to do with the article's address when its link is clicked (the app opens a browser). */
    public void setLinkOpener(Consumer<String> opener) {
        this.linkOpener = opener == null ? url -> { } : opener;
    }

    /** The Text nodes of the quotes in the body, in reading order (for tests and accessibility). */
    public List<Text> getQuoteTexts() {
        return List.copyOf(quoteTexts);
    }

    private void show(Article a) {
        shown = a;
        quoteTexts.clear();
        quoteOrder.clear();
        body.getChildren().clear();
        highlights.getChildren().clear();
        if (a == null) {
            Label empty = new Label("Select an article on the timeline, or a quote in the list.");
            empty.getStyleClass().add("placeholder");
            empty.setWrapText(true);
            Label hint = new Label("Tip: click the timeline, then use + / \u2212 to zoom, \u2190 \u2192 to pan, N / P to step through articles.");
            hint.getStyleClass().add("hint");
            hint.setWrapText(true);
            content.getChildren().setAll(empty, hint);
            return;
        }
        List<Node> nodes = new ArrayList<>();
        Label title = new Label(a.title());
        title.setId("articleTitle");
        title.getStyleClass().add("article-title");
        title.setWrapText(true);
        nodes.add(title);

        FlowPane meta = new FlowPane(8, 6);
        meta.setAlignment(Pos.CENTER_LEFT);
        Label date = new Label(Formats.articleDate(a));
        date.setId("articleDate");
        date.getStyleClass().add("article-date");
        meta.getChildren().add(date);
        meta.getChildren().add(confidenceBadge(a));
        if (a.datePrecision() != null && a.datePrecision() != DatePrecision.DAY && a.date() != null) {
            meta.getChildren().add(badge("to the " + a.datePrecision().name().toLowerCase(), "badge-neutral",
                    "The date is known only to the " + a.datePrecision().name().toLowerCase()));
        }
        if (a.outlet() != null) {
            meta.getChildren().add(metaLabel(a.outlet(), "article-outlet"));
        }
        if (a.author() != null) {
            meta.getChildren().add(metaLabel("by " + a.author(), "article-author"));
        }
        nodes.add(meta);

        if (!a.warnings().isEmpty()) {
            VBox banner = new VBox(4);
            banner.setId("articleWarnings");
            banner.getStyleClass().add("warning-banner");
            for (String w : a.warnings()) {
                Label l = new Label("\u26A0  " + w);
                l.setWrapText(true);
                l.getStyleClass().add("warning-text");
                banner.getChildren().add(l);
            }
            nodes.add(banner);
        }

        if (!a.partners().isEmpty()) {
            FlowPane chips = new FlowPane(6, 6);
            chips.setId("articlePartners");
            for (PartnerMention p : a.partners()) {
                Label chip = new Label(p.name() + (p.count() > 1 ? "  \u00D7" + p.count() : ""));
                chip.getStyleClass().add("partner-chip");
                chip.setStyle("-chip-color: " + PartnerColors.css(PartnerColors.colorFor(p.name())) + ";");
                chip.setTooltip(new Tooltip(p.name() + " is named " + p.count() + (p.count() == 1 ? " time" : " times")));
                chips.getChildren().add(chip);
            }
            nodes.add(chips);
        }
        if (!a.mentions().isEmpty()) {
            Label mentions = new Label("Also names: " + a.mentions().stream().map(PartnerMention::name)
                    .limit(12).collect(Collectors.joining(", ")));
            mentions.getStyleClass().add("article-mentions");
            mentions.setWrapText(true);
            nodes.add(mentions);
        }
        if (a.url() != null && !a.url().isBlank()) {
            Hyperlink link = new Hyperlink(a.url());
            link.getStyleClass().add("article-link");
            link.setOnAction(e -> linkOpener.accept(a.url()));
            nodes.add(link);
        }
        if (!a.quotes().isEmpty()) {
            Label q = new Label(a.quotes().size() == 1 ? "1 quote, highlighted below" : a.quotes().size() + " quotes, highlighted below");
            q.getStyleClass().add("article-quote-count");
            nodes.add(q);
        }

        buildBody(a);
        StackPane bodyStack = new StackPane(highlights, body);
        bodyStack.setAlignment(Pos.TOP_LEFT);
        nodes.add(bodyStack);
        if (a.sourceFile() != null) {
            Label source = new Label("Source file: " + a.sourceFile());
            source.getStyleClass().add("article-source");
            source.setWrapText(true);
            nodes.add(source);
        }
        content.getChildren().setAll(nodes);
        setVvalue(0);
        markSelectedQuote();
    }

    private Label confidenceBadge(Article a) {
        DateConfidence c = a.dateConfidence() == null ? DateConfidence.NONE : a.dateConfidence();
        String evidence = a.dateEvidence() == null ? "" : "\nFrom: \u201C" + a.dateEvidence() + "\u201D";
        Label badge = switch (c) {
            case STATED -> badge("date stated", "badge-good", "The page states this date." + evidence);
            case INFERRED -> badge("date inferred", "badge-warn", "The date was worked out from the text, not stated." + evidence);
            case NONE -> badge("no date", "badge-bad", "The text gives no date; the article is not on the timeline.");
        };
        badge.setId("articleConfidence");
        return badge;
    }

    private static Label badge(String text, String styleClass, String tip) {
        Label l = new Label(text);
        l.getStyleClass().addAll("badge", styleClass);
        l.setTooltip(new Tooltip(tip));
        return l;
    }

    private static Label metaLabel(String text, String styleClass) {
        Label l = new Label(text);
        l.getStyleClass().addAll("article-meta", styleClass);
        return l;
    }

    private void buildBody(Article a) {
        String text = a.cleanedText();
        List<Quote> quotes = new ArrayList<>(a.quotes());
        quotes.sort(Comparator.comparingInt(Quote::start));
        int pos = 0;
        for (Quote q : quotes) {
            int start = Math.max(pos, Math.min(q.start(), text.length()));
            int end = Math.max(start, Math.min(q.end(), text.length()));
            if (end <= start) {
                continue;
            }
            if (start > pos) {
                body.getChildren().add(plain(text.substring(pos, start)));
            }
            Text t = new Text(text.substring(start, end));
            t.getStyleClass().add("quote");
            t.setCursor(Cursor.HAND);
            t.setOnMouseClicked(e -> state.setSelectedQuote(new QuoteRef(a, q)));
            body.getChildren().add(t);
            quoteTexts.add(t);
            quoteOrder.add(q);
            pos = end;
        }
        if (pos < text.length()) {
            body.getChildren().add(plain(text.substring(pos)));
        }
    }

    private static Text plain(String s) {
        Text t = new Text(s);
        t.getStyleClass().add("body-text");
        return t;
    }

    private void markSelectedQuote() {
        QuoteRef sel = state.getSelectedQuote();
        for (int i = 0; i < quoteTexts.size(); i++) {
            boolean on = sel != null && sel.article() == shown && sel.quote() == quoteOrder.get(i);
            Text t = quoteTexts.get(i);
            t.getStyleClass().remove("quote-selected");
            if (on) {
                t.getStyleClass().add("quote-selected");
            }
        }
        drawHighlights();
    }

    /** Soft marks behind every quote and a stronger one behind the selected quote. */
    private void drawHighlights() {
        highlights.getChildren().clear();
        int offset = 0;
        for (Node n : body.getChildren()) {
            if (!(n instanceof Text t)) {
                continue;
            }
            int len = t.getText().length();
            int qi = quoteTexts.indexOf(t);
            if (qi >= 0) {
                PathElement[] shape = body.rangeShape(offset, offset + len);
                Path p = new Path(shape);
                p.getStyleClass().add(t.getStyleClass().contains("quote-selected") ? "quote-mark-selected" : "quote-mark");
                p.setManaged(false);
                highlights.getChildren().add(p);
            }
            offset += len;
        }
    }

    private void revealSelectedQuote() {
        QuoteRef sel = state.getSelectedQuote();
        if (sel == null || sel.article() != shown || getScene() == null) {
            return;
        }
        int i = quoteOrder.indexOf(sel.quote());
        if (i < 0) {
            return;
        }
        applyCss();
        layout();
        Text t = quoteTexts.get(i);
        Bounds inContent = content.sceneToLocal(t.localToScene(t.getBoundsInLocal()));
        double contentH = content.getBoundsInLocal().getHeight();
        double viewH = getViewportBounds().getHeight();
        if (contentH > viewH) {
            double y = Math.max(0, inContent.getMinY() - viewH * 0.25);
            setVvalue(Math.min(1, y / (contentH - viewH)));
        }
    }
}

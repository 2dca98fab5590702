package org.alliancetimeline.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.geometry.Point2D;
import javafx.geometry.VerticalDirection;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.alliancetimeline.model.Article;
import org.alliancetimeline.model.Corpus;
import org.alliancetimeline.model.Quote;
import org.alliancetimeline.ui.state.ExplorerState;
import org.alliancetimeline.ui.state.QuoteRef;
import org.alliancetimeline.ui.state.TimeWindow;
import org.alliancetimeline.ui.timeline.MarkerLayout;
import org.alliancetimeline.ui.timeline.TimelineView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the real explorer window on a hand-made corpus of a dozen articles. */
@ExtendWith(ApplicationExtension.class)
class ExplorerWindowTest {
    static {
        Headless.init();
    }

    private ExplorerState state;
    private ExplorerPane pane;
    private Corpus corpus;

    @Start
    void start(Stage stage) {
        corpus = SampleCorpus.small();
        state = new ExplorerState();
        state.setCorpus(corpus);
        pane = new ExplorerPane(state);
        Scene scene = new Scene(pane, 1280, 800);
        scene.getStylesheets().add(ExplorerPane.stylesheet());
        stage.setScene(scene);
        stage.show();
    }

    private Article byId(String id) {
        return corpus.articles().stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow();
    }

    private TimelineView timeline(FxRobot robot) {
        return robot.lookup("#timeline").queryAs(TimelineView.class);
    }

    private Set<Article> markedArticles(FxRobot robot) {
        return timeline(robot).getMarkerLayout().stream().filter(i -> !i.isCluster())
                .map(MarkerLayout.Item::article).collect(Collectors.toSet());
    }

    @SuppressWarnings("unchecked")
    private ListView<QuoteRef> quoteList(FxRobot robot) {
        return robot.lookup("#quoteList").queryAs(ListView.class);
    }

    private ListCell<?> partnerCell(FxRobot robot, String partner) {
        return robot.lookup(".partner-cell").queryAllAs(ListCell.class).stream()
                .filter(c -> c.isVisible() && partner.equals(c.getItem())).findFirst().orElseThrow();
    }

    private String countsOf(FxRobot robot, String partner) {
        return robot.from(partnerCell(robot, partner)).lookup(".partner-counts").queryAs(Label.class).getText();
    }

    private Point2D onScreen(FxRobot robot, MarkerLayout.Item item) {
        TimelineView t = timeline(robot);
        return t.localToScreen(item.x(), item.y());
    }

    @Test
    void opensWithEverythingShownAndTheWholeSpanFitted(FxRobot robot) {
        assertEquals(state.getFullWindow(), state.getWindow());
        assertEquals(corpus.datedCount(), markedArticles(robot).size(), "one marker per dated article");
        long quotes = corpus.articles().stream().filter(Article::hasDate).mapToLong(a -> a.quotes().size()).sum();
        assertEquals(quotes, quoteList(robot).getItems().size());
        assertEquals("11 of 12 articles", robot.lookup("#statusCount").queryAs(Label.class).getText());
        assertEquals("(1 undated)", robot.lookup("#statusUndated").queryLabeled().getText());
        assertEquals("2 load problems", robot.lookup("#statusProblems").queryLabeled().getText());
        assertTrue(robot.lookup("#partnerFilter").tryQuery().isPresent());
        assertTrue(robot.lookup("#quoteReader").tryQuery().isPresent());
        assertTrue(robot.lookup("#articleView").tryQuery().isPresent());
    }

    @Test
    void uncheckingAPartnerRemovesItsMarkersAndQuotes(FxRobot robot) {
        Article moldova2012 = byId("moldova-2012");
        assertTrue(markedArticles(robot).contains(moldova2012));
        assertTrue(quoteList(robot).getItems().stream().anyMatch(q -> q.article() == moldova2012));

        robot.clickOn(robot.from(partnerCell(robot, "Moldova")).lookup(".check-box").queryAs(CheckBox.class));
        WaitForAsyncUtils.waitForFxEvents();

        assertFalse(state.isPartnerShown("Moldova"));
        Set<Article> marked = markedArticles(robot);
        assertFalse(marked.contains(moldova2012));
        assertFalse(marked.contains(byId("moldova-2018")));
        assertTrue(marked.contains(byId("georgia-2022")), "an article that also names Georgia stays");
        assertTrue(quoteList(robot).getItems().stream().noneMatch(q -> q.article() == moldova2012));
        assertEquals("9 of 12 articles", robot.lookup("#statusCount").queryAs(Label.class).getText());

        // "Only this one" by double click, then All
        robot.doubleClickOn(robot.from(partnerCell(robot, "Finland")).lookup(".partner-name").queryAs(Label.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Set.of("Finland"), state.getSelectedPartners());
        assertEquals(Set.of(byId("finland-2016"), byId("sweden-2021")), markedArticles(robot));
        assertFalse(robot.from(partnerCell(robot, "Ukraine")).lookup(".check-box").queryAs(CheckBox.class).isSelected());
        robot.clickOn("#partnersAll");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(corpus.datedCount(), markedArticles(robot).size());
    }

    @Test
    void searchNarrowsThePartnerList(FxRobot robot) {
        robot.clickOn("#partnerSearch").write("mol");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("Moldova"), pane.getPartnerFilter().getListView().getItems());
        robot.clickOn("#partnerSearch").eraseText(3);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(corpus.articleCountByPartner().size(), pane.getPartnerFilter().getListView().getItems().size());
    }

    @Test
    void zoomingInChangesTheWindowAndTheQuotes(FxRobot robot) {
        TimelineView t = timeline(robot);
        TimeWindow before = state.getWindow();
        // scroll up over the 2022 articles: zoom in anchored at the pointer
        MarkerLayout.Item marker = t.getMarkerLayout().stream()
                .filter(i -> !i.isCluster() && i.article() == byId("ukraine-2022")).findFirst().orElseThrow();
        Point2D p = onScreen(robot, marker).add(0, -40);
        double anchorX = marker.x() - t.snappedLeftInset();
        double anchorDay = t.scale().toDay(anchorX);
        // wheel away from the user zooms in; headless Monocle reports that direction as DOWN
        VerticalDirection away = "Monocle".equals(System.getProperty("glass.platform")) ? VerticalDirection.DOWN : VerticalDirection.UP;
        robot.moveTo(p).scroll(3, away);
        WaitForAsyncUtils.waitForFxEvents();
        TimeWindow afterScroll = state.getWindow();
        assertTrue(afterScroll.span() < before.span(), "scroll up zooms in: " + before + " -> " + afterScroll);
        assertEquals(anchorDay, t.scale().toDay(anchorX), 2.0, "the day under the pointer stays there");

        // + on the focused timeline zooms in further about the middle
        robot.interact(t::requestFocus);
        robot.write("+");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(afterScroll.span() / 1.6, state.getWindow().span(), 1e-6);

        // keep zooming with the keyboard until only some articles remain in view
        robot.interact(() -> state.setWindow(TimeWindow.of(LocalDate.of(2021, 12, 1), LocalDate.of(2022, 12, 31))));
        robot.write("+");
        WaitForAsyncUtils.waitForFxEvents();
        TimeWindow w = state.getWindow();
        List<QuoteRef> expected = corpus.articles().stream().filter(a -> a.date() != null && w.containsDay(a.date().toEpochDay()))
                .flatMap(a -> a.quotes().stream().map(q -> new QuoteRef(a, q))).toList();
        assertFalse(expected.isEmpty());
        assertEquals(expected, List.copyOf(quoteList(robot).getItems()));
        assertTrue(markedArticles(robot).stream().allMatch(a -> w.containsDay(a.date().toEpochDay())));

        robot.type(KeyCode.HOME);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(state.getFullWindow(), state.getWindow());
        robot.type(KeyCode.RIGHT);
        assertEquals(state.getFullWindow().start(), state.getWindow().start(), 1e-6, "cannot pan past the whole span");
        robot.write("+");
        robot.type(KeyCode.LEFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(state.getWindow().center() < state.getFullWindow().center(), "left pans to earlier time");
    }

    @Test
    void draggingPansAndOverviewMovesTheWindow(FxRobot robot) {
        TimelineView t = timeline(robot);
        robot.interact(() -> t.zoomBy(4));
        TimeWindow before = state.getWindow();
        Point2D mid = t.localToScreen(t.getWidth() / 2, 40);
        robot.drag(mid).moveBy(200, 0).drop();
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(state.getWindow().start() < before.start(), "dragging right shows earlier time");
        assertEquals(before.span(), state.getWindow().span(), 1e-6);

        javafx.scene.Node overview = robot.lookup("#timelineOverview").query();
        Point2D right = overview.localToScreen(overview.getBoundsInLocal().getWidth() * 0.9, 10);
        robot.clickOn(right);
        WaitForAsyncUtils.waitForFxEvents();
        TimeWindow full = state.getFullWindow();
        assertEquals(full.start() + full.span() * 0.9, state.getWindow().center(), full.span() * 0.16);
    }

    @Test
    void clickingAMarkerSelectsTheArticleAndShowsItsQuotes(FxRobot robot) {
        Article a = byId("ukraine-2022");
        MarkerLayout.Item marker = timeline(robot).getMarkerLayout().stream()
                .filter(i -> !i.isCluster() && i.article() == a).findFirst().orElseThrow();
        robot.clickOn(onScreen(robot, marker));
        WaitForAsyncUtils.waitForFxEvents();
        assertSame(a, state.getSelectedArticle());
        assertEquals(a.title(), robot.lookup("#articleTitle").queryAs(Label.class).getText());
        assertEquals(a.quotes().stream().map(Quote::text).toList(),
                pane.getArticleView().getQuoteTexts().stream().map(Text::getText).toList());
        assertNotNull(robot.lookup("#articleConfidence").query());

        // clicking a quote in the article text selects it in the quote reader
        Text second = pane.getArticleView().getQuoteTexts().get(1);
        robot.clickOn(second);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(new QuoteRef(a, a.quotes().get(1)), state.getSelectedQuote());
        assertEquals(state.getSelectedQuote(), quoteList(robot).getSelectionModel().getSelectedItem());
        assertTrue(second.getStyleClass().contains("quote-selected"));
    }

    @Test
    void theUndatedLinkListsUndatedArticlesAndPickingOneShowsIt(FxRobot robot) {
        TimeWindow before = state.getWindow();
        robot.clickOn("#statusUndated");
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        ListView<Article> undated = robot.lookup("#undatedList").queryAs(ListView.class);
        assertEquals(List.of(byId("undated-note")), List.copyOf(undated.getItems()));
        ListCell<?> cell = robot.from(undated).lookup(".list-cell").queryAllAs(ListCell.class).stream()
                .filter(c -> c.getItem() == byId("undated-note")).findFirst().orElseThrow();
        robot.clickOn(cell);
        WaitForAsyncUtils.waitForFxEvents();
        assertSame(byId("undated-note"), state.getSelectedArticle());
        assertEquals(byId("undated-note").title(), robot.lookup("#articleTitle").queryAs(Label.class).getText());
        assertEquals(before, state.getWindow(), "the timeline does not move for an undated article");
        robot.interact(() -> state.setSelectedArticle(byId("ukraine-2022")));
        assertTrue(undated.getSelectionModel().isEmpty(), "picking a dated article clears the list's selection");
    }

    @Test
    void warningsShowInABanner(FxRobot robot) {
        robot.interact(() -> state.setSelectedArticle(byId("moldova-2018")));
        Label w = robot.lookup("#articleWarnings .label").queryAs(Label.class);
        assertTrue(w.getText().contains("date inferred from a weekday"));
        assertTrue(w.isVisible());
    }

    @Test
    void selectingAQuoteOutsideTheWindowPansTheTimelineToIt(FxRobot robot) {
        robot.interact(() -> state.setWindow(TimeWindow.of(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31))));
        assertFalse(markedArticles(robot).contains(byId("georgia-2008")));
        robot.clickOn("#quotesFollowWindow");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(state.isQuotesFollowWindow());
        robot.interact(() -> quoteList(robot).scrollTo(0));
        ListCell<?> first = robot.lookup(".quote-cell").queryAllAs(ListCell.class).stream()
                .filter(c -> c.isVisible() && c.getItem() instanceof QuoteRef q && q.article().id().equals("georgia-2008"))
                .findFirst().orElseThrow();
        robot.clickOn(first);
        WaitForAsyncUtils.waitForFxEvents();

        Article a = byId("georgia-2008");
        assertSame(a, state.getSelectedArticle());
        assertTrue(state.getWindow().containsDay(a.date().toEpochDay()), "the window moved to 2008: " + state.getWindow());
        assertEquals(364, state.getWindow().span(), 1.0, "the zoom is kept");
        assertTrue(markedArticles(robot).contains(a), "its marker is drawn");
        assertEquals(a.title(), robot.lookup("#articleTitle").queryAs(Label.class).getText());

        // J / K step through the quotes
        int index = quoteList(robot).getSelectionModel().getSelectedIndex();
        robot.write("j");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(index + 1, quoteList(robot).getSelectionModel().getSelectedIndex());
        robot.write("k");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(index, quoteList(robot).getSelectionModel().getSelectedIndex());
    }

    @Test
    void partnerCountsFollowTheWindow(FxRobot robot) {
        assertEquals("3 / 3", countsOf(robot, "Moldova"));
        assertEquals("5 / 5", countsOf(robot, "Ukraine"));
        robot.interact(() -> state.setWindow(TimeWindow.of(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31))));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("1 / 3", countsOf(robot, "Moldova"));
        assertEquals("1 / 5", countsOf(robot, "Ukraine"));
        assertEquals("0 / 2", countsOf(robot, "Finland"));
    }

    @Test
    void aClusterZoomsInWhenClicked(FxRobot robot) {
        robot.interact(() -> state.setCorpus(SampleCorpus.rich()));
        WaitForAsyncUtils.waitForFxEvents();
        TimelineView t = timeline(robot);
        MarkerLayout.Item cluster = t.getMarkerLayout().stream().filter(MarkerLayout.Item::isCluster).findFirst().orElseThrow();
        TimeWindow before = state.getWindow();
        robot.clickOn(onScreen(robot, cluster));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(state.getWindow().span() < before.span() / 3, "zoomed into the cluster");
        assertTrue(state.getWindow().containsDay(cluster.fromDay()) && state.getWindow().containsDay(cluster.toDay()));
        assertTrue(t.getMarkerLayout().size() > 1);
    }
}

package org.alliancetimeline.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.geometry.Point2D;
import javafx.geometry.VerticalDirection;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.alliancetimeline.bench.CorpusGenerator;
import org.alliancetimeline.model.Article;
import org.alliancetimeline.model.Corpus;
import org.alliancetimeline.model.PartnerMention;
import org.alliancetimeline.model.Quote;
import org.alliancetimeline.ui.Headless;
import org.alliancetimeline.ui.state.ExplorerState;
import org.alliancetimeline.ui.state.QuoteRef;
import org.alliancetimeline.ui.state.TimeWindow;
import org.alliancetimeline.ui.timeline.MarkerLayout;
import org.alliancetimeline.ui.timeline.TimelineView;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The scale acceptance test: 10,000 generated articles loaded through the real window, then zoom,
 * pan, partner filter and quote selection driven by mouse and keys, checking after every step that
 * the timeline markers, the quote reader, the partner counts and the selection agree with what the
 * corpus says for the window and filter (computed here directly from the articles, not from the
 * state's bit sets).
 */
@ExtendWith(ApplicationExtension.class)
class TenThousandArticlesTest {
    static {
        Headless.init();
    }

    private static final int ARTICLES = 10_000;

    @TempDir
    static Path dir;

    private AllianceTimelineApp app;
    private ExplorerState state;

    @BeforeAll
    static void generate() throws Exception {
        long t0 = System.nanoTime();
        new CorpusGenerator(10_000).generate(ARTICLES, dir);
        System.out.printf("generated %d articles in %.1f s%n", ARTICLES, (System.nanoTime() - t0) / 1e9);
    }

    @Start
    void start(Stage stage) {
        app = new AllianceTimelineApp();
        app.start(stage);
        state = app.getState();
    }

    private TimelineView timeline(FxRobot robot) {
        return robot.lookup("#timeline").queryAs(TimelineView.class);
    }

    @SuppressWarnings("unchecked")
    private ListView<QuoteRef> quoteList(FxRobot robot) {
        return robot.lookup("#quoteList").queryAs(ListView.class);
    }

    private ListCell<?> partnerCell(FxRobot robot, String partner) {
        return robot.lookup(".partner-cell").queryAllAs(ListCell.class).stream()
                .filter(c -> c.isVisible() && partner.equals(c.getItem())).findFirst().orElseThrow();
    }

    /** Whether {@code a} passes the partner filter, worked out from its partner names. */
    private boolean passes(Article a, Set<String> selected) {
        if (selected.isEmpty()) {
            return true;
        }
        for (PartnerMention p : a.partners()) {
            if (selected.contains(p.name())) {
                return true;
            }
        }
        return false;
    }

    /** Checks that every view agrees with the corpus for the current window and filter. */
    private void assertInSync(FxRobot robot, String step) {
        WaitForAsyncUtils.waitForFxEvents();
        AtomicReference<AssertionError> failure = new AtomicReference<>();
        robot.interact(() -> {
            try {
                check(robot, step);
            } catch (AssertionError e) {
                failure.set(e);
            }
        });
        if (failure.get() != null) {
            throw failure.get();
        }
    }

    private void check(FxRobot robot, String step) {
        Corpus c = state.getCorpus();
        TimeWindow w = state.getWindow();
        Set<String> selected = new HashSet<>(state.getSelectedPartners());
        List<Article> expected = new ArrayList<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        c.articleCountByPartner().keySet().forEach(p -> counts.put(p, 0));
        for (Article a : c.articles()) {
            if (a.date() == null || !w.containsDay(a.date().toEpochDay())) {
                continue;
            }
            for (PartnerMention p : a.partners()) {
                counts.merge(p.name(), 1, Integer::sum);
            }
            if (passes(a, selected)) {
                expected.add(a);
            }
        }
        Set<Article> expectedSet = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        expectedSet.addAll(expected);

        // timeline: markers and clusters cover exactly the filtered articles in the window
        List<MarkerLayout.Item> layout = timeline(robot).getMarkerLayout();
        int covered = 0;
        for (MarkerLayout.Item item : layout) {
            if (item.isCluster()) {
                int inside = 0;
                for (int i = item.fromIndex(); i < item.toIndex(); i++) {
                    if (expectedSet.contains(c.get(i))) {
                        inside++;
                    }
                }
                assertEquals(item.count(), inside, step + ": a cluster holds only filtered articles in the window");
            } else {
                assertTrue(expectedSet.contains(item.article()), step + ": marker of " + item.article().id() + " belongs");
            }
            covered += item.count();
        }
        assertEquals(expected.size(), covered, step + ": every filtered article in the window has a marker or cluster");

        // quote reader: the quotes of those articles, date order then reading order
        List<QuoteRef> quotes = new ArrayList<>();
        List<Article> source = expected;
        if (!state.isQuotesFollowWindow()) {
            source = c.articles().stream().filter(a -> passes(a, selected)).toList();
        }
        for (Article a : source) {
            for (Quote q : a.quotes()) {
                quotes.add(new QuoteRef(a, q));
            }
        }
        assertEquals(quotes, List.copyOf(quoteList(robot).getItems()), step + ": quote reader");

        // partner filter: per-partner counts in the window (filter ignored), in the state and in the cells
        assertEquals(counts, state.getPartnerCountsInWindow(), step + ": partner counts in window");
        for (ListCell<?> cell : robot.lookup(".partner-cell").queryAllAs(ListCell.class)) {
            if (cell.isVisible() && cell.getItem() instanceof String p && !cell.isEmpty()) {
                String text = robot.from(cell).lookup(".partner-counts").queryAs(Label.class).getText();
                assertEquals(counts.getOrDefault(p, 0) + " / " + c.articleCountByPartner().getOrDefault(p, 0), text,
                        step + ": counts shown for " + p);
                CheckBox box = robot.from(cell).lookup(".check-box").queryAs(CheckBox.class);
                assertEquals(selected.isEmpty() || selected.contains(p), box.isSelected(), step + ": tick of " + p);
            }
        }
        assertEquals(expected.size() + " of " + c.size() + " articles", robot.lookup("#statusCount").queryAs(Label.class)
                .getText().replaceAll(" \\(.*\\)$", ""), step + ": status count");

        // selection: a selected quote's article is selected and inside the window
        QuoteRef sq = state.getSelectedQuote();
        if (sq != null) {
            assertSame(sq.article(), state.getSelectedArticle(), step + ": the quote's article is selected");
            assertTrue(w.containsDay(sq.article().date().toEpochDay()), step + ": the quote's article is in the window");
            assertEquals(sq, quoteList(robot).getSelectionModel().getSelectedItem(), step + ": the reader shows it selected");
        }
        Article sa = state.getSelectedArticle();
        if (sa != null) {
            assertTrue(passes(sa, selected), step + ": the selected article passes the filter");
        }
    }

    @Test
    void tenThousandArticlesStayInSyncThroughZoomPanFilterAndQuotes(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !state.isLoading() && state.getCorpus().size() > 0);
        long t0 = System.nanoTime();
        robot.interact(() -> app.openFolder(dir));
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> !state.isLoading());
        WaitForAsyncUtils.waitForFxEvents();
        System.out.printf("loaded %d articles through the window in %.1f s%n", state.getCorpus().size(), (System.nanoTime() - t0) / 1e9);
        Corpus c = state.getCorpus();
        assertEquals(ARTICLES, c.size() + c.problems().size(), "every file is an article or a problem");
        assertTrue(c.size() > ARTICLES * 9 / 10, "most files are articles: " + c.size());
        assertEquals(state.getFullWindow(), state.getWindow());
        assertInSync(robot, "loaded");

        // zoom: wheel over the timeline, then +
        TimelineView t = timeline(robot);
        TimeWindow before = state.getWindow();
        VerticalDirection away = "Monocle".equals(System.getProperty("glass.platform")) ? VerticalDirection.DOWN : VerticalDirection.UP;
        Point2D mid = t.localToScreen(t.getWidth() * 0.7, 60);
        robot.moveTo(mid).scroll(4, away);
        assertTrue(state.getWindow().span() < before.span(), "the wheel zooms in");
        assertInSync(robot, "wheel zoom");
        robot.interact(t::requestFocus);
        TimeWindow afterWheel = state.getWindow();
        robot.write("+");
        robot.write("+");
        assertTrue(state.getWindow().span() < afterWheel.span(), "+ zooms in");
        assertInSync(robot, "+ zoom");

        // pan: drag, then arrow keys
        TimeWindow beforeDrag = state.getWindow();
        robot.drag(t.localToScreen(t.getWidth() / 2, 40)).moveBy(-250, 0).drop();
        assertTrue(state.getWindow().start() > beforeDrag.start(), "dragging left shows later time");
        assertInSync(robot, "drag");
        robot.interact(t::requestFocus);
        TimeWindow beforeKeys = state.getWindow();
        robot.type(KeyCode.LEFT, 3);
        assertTrue(state.getWindow().start() < beforeKeys.start(), "left pans to earlier time");
        assertInSync(robot, "left arrow");
        robot.type(KeyCode.RIGHT);
        assertInSync(robot, "right arrow");

        // partner filter: untick the partner with most articles, then "only this one" for the next
        List<String> partners = List.copyOf(c.articleCountByPartner().keySet());
        String first = partners.get(0);
        String second = partners.get(1);
        robot.clickOn(robot.from(partnerCell(robot, first)).lookup(".check-box").queryAs(CheckBox.class));
        assertFalse(state.isPartnerShown(first));
        assertInSync(robot, "untick " + first);
        robot.doubleClickOn(robot.from(partnerCell(robot, second)).lookup(".partner-name").queryAs(Label.class));
        assertEquals(Set.of(second), state.getSelectedPartners());
        assertInSync(robot, "only " + second);

        // quotes: click one in the reader
        ListView<QuoteRef> list = quoteList(robot);
        assertFalse(list.getItems().isEmpty(), "the window shows some quotes of " + second);
        robot.interact(() -> list.scrollTo(0));
        WaitForAsyncUtils.waitForFxEvents();
        ListCell<?> cell = visibleQuoteCell(robot, q -> true);
        QuoteRef clicked = (QuoteRef) cell.getItem();
        robot.clickOn(cell);
        assertEquals(clicked, state.getSelectedQuote());
        assertInSync(robot, "click a quote in the window");

        // a quote whose article is outside the window: list every filtered quote, then click one
        robot.clickOn("#quotesFollowWindow");
        assertFalse(state.isQuotesFollowWindow());
        assertInSync(robot, "reader lists all filtered quotes");
        TimeWindow w = state.getWindow();
        int outside = -1;
        for (int i = 0; i < list.getItems().size(); i++) {
            if (!w.containsDay(list.getItems().get(i).article().date().toEpochDay())) {
                outside = i;
                break;
            }
        }
        assertTrue(outside >= 0, "some quote of " + second + " lies outside the window");
        int target = outside;
        QuoteRef far = list.getItems().get(target);
        robot.interact(() -> list.scrollTo(target));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(visibleQuoteCell(robot, q -> q == far || q.equals(far)));
        assertEquals(far, state.getSelectedQuote());
        assertNotEquals(w, state.getWindow(), "the window moved to the quote");
        assertEquals(w.span(), state.getWindow().span(), 1e-6, "the zoom is kept");
        assertInSync(robot, "click a quote outside the window");
        robot.clickOn("#quotesFollowWindow");
        assertTrue(state.isQuotesFollowWindow());
        assertInSync(robot, "reader follows the window again");

        // back to everything
        robot.clickOn("#partnersAll");
        robot.interact(t::requestFocus);
        robot.type(KeyCode.HOME);
        assertEquals(state.getFullWindow(), state.getWindow());
        assertInSync(robot, "all partners, fit all");
    }

    private ListCell<?> visibleQuoteCell(FxRobot robot, java.util.function.Predicate<QuoteRef> which) {
        return robot.lookup(".quote-cell").queryAllAs(ListCell.class).stream()
                .filter(c -> c.isVisible() && !c.isEmpty() && c.getItem() instanceof QuoteRef q && which.test(q))
                .filter(c -> {
                    var b = c.localToScreen(c.getBoundsInLocal());
                    var lb = quoteList(robot).localToScreen(quoteList(robot).getBoundsInLocal());
                    return b != null && lb != null && b.getMinY() >= lb.getMinY() && b.getMaxY() <= lb.getMaxY();
                })
                .findFirst().orElseThrow();
    }
}

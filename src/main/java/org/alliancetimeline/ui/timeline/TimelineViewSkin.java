package org.alliancetimeline.ui.timeline;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.event.EventHandler;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.control.SkinBase;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import org.alliancetimeline.model.Article;
import org.alliancetimeline.model.Corpus;
import org.alliancetimeline.ui.PartnerColors;
import org.alliancetimeline.ui.state.ExplorerState;
import org.alliancetimeline.ui.state.TimeWindow;

/**
 * Draws a {@link TimelineView} on two canvases — the main band (context bands, markers, clusters,
 * axis) and the overview strip (density of the whole corpus and the visible window) — and turns
 * mouse, gesture and key input into window, selection and hover changes on the state.
 *
 * <p>Any change asks for a redraw; requests are coalesced into one redraw per pulse by drawing in
 * {@link #layoutChildren}. All listeners go through {@code registerChangeListener} and event
 * handlers sit on the skin's own nodes, except the key handler on the control, removed in
 * {@link #dispose()}.
 */
public class TimelineViewSkin extends SkinBase<TimelineView> {
    static final double OVERVIEW_HEIGHT = 30;
    static final double MARKER_DIAMETER = 13;
    static final double MARKER_GAP = 3;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);

    private static final Color BACKGROUND = Color.web("#fbfcfd");
    private static final Color GRID = Color.web("#e6e9ee");
    private static final Color STRIPE = Color.web("#f2f4f7");
    private static final Color AXIS = Color.web("#5b6470");
    private static final Color LABEL = Color.web("#2b323b");
    private static final Color MUTED = Color.web("#6b7480");
    private static final Color SELECTED = Color.web("#111820");
    private static final Color CLUSTER = Color.web("#4a5868");
    private static final Color OVERVIEW_BG = Color.web("#eef1f5");
    private static final Color OVERVIEW_BAR = Color.web("#8795a6");
    private static final Color WINDOW_FILL = Color.web("#0072B2", 0.16);
    private static final Color WINDOW_STROKE = Color.web("#0072B2");

    private final Canvas canvas = new Canvas();
    private final Canvas overview = new Canvas();
    private final VBox hoverCard = new VBox();
    private final Label hoverTitle = new Label();
    private final Label hoverMeta = new Label();
    private final Text measurer = new Text();
    private final Map<String, Double> widthCache = new HashMap<>();
    private Font measuredFont;

    private boolean dirty = true;
    private boolean overviewDirty = true;
    private double[] histogram = new double[0];
    private List<MarkerLayout.Item> items = List.of();
    private double bandBottom;
    private MarkerLayout.Item hoveredItem;
    private final List<BandHit> bandHits = new ArrayList<>();

    private double dragStartX;
    private TimeWindow dragStartWindow;
    private boolean dragging;
    private double overviewDragOffset;

    private final EventHandler<KeyEvent> keyPressed = this::onKeyPressed;
    private final EventHandler<KeyEvent> keyTyped = this::onKeyTyped;

    public TimelineViewSkin(TimelineView control) {
        super(control);
        canvas.getStyleClass().add("timeline-canvas");
        overview.getStyleClass().add("timeline-overview");
        overview.setId("timelineOverview");
        hoverCard.getStyleClass().add("timeline-hover-card");
        hoverTitle.getStyleClass().add("title");
        hoverMeta.getStyleClass().add("meta");
        hoverTitle.setWrapText(true);
        hoverCard.getChildren().setAll(hoverTitle, hoverMeta);
        hoverCard.setManaged(false);
        hoverCard.setVisible(false);
        hoverCard.setMouseTransparent(true);
        getChildren().setAll(canvas, overview, hoverCard);

        ExplorerState state = control.getState();
        registerChangeListener(state.windowProperty(), e -> requestRedraw());
        registerChangeListener(state.fullWindowProperty(), e -> requestOverviewRedraw());
        registerChangeListener(state.corpusProperty(), e -> requestOverviewRedraw());
        registerChangeListener(state.filterBitsProperty(), e -> requestOverviewRedraw());
        registerChangeListener(state.selectedArticleProperty(), e -> requestRedraw());
        registerChangeListener(state.hoveredArticleProperty(), e -> requestRedraw());
        registerChangeListener(control.fontProperty(), e -> {
            widthCache.clear();
            requestRedraw();
        });
        registerChangeListener(control.showContextBandsProperty(), e -> requestRedraw());
        registerChangeListener(control.contextBandsProperty(), e -> requestRedraw());

        canvas.setOnScroll(this::onScroll);
        canvas.setOnZoom(this::onZoom);
        canvas.setOnMousePressed(this::onPressed);
        canvas.setOnMouseDragged(this::onDragged);
        canvas.setOnMouseReleased(e -> {
            dragging = false;
            canvas.setCursor(null);
        });
        canvas.setOnMouseClicked(this::onClicked);
        canvas.setOnMouseMoved(this::onMoved);
        canvas.setOnMouseExited(e -> setHover(null, 0, 0));
        overview.setOnMousePressed(this::onOverviewPressed);
        overview.setOnMouseDragged(this::onOverviewDragged);
        overview.setOnScroll(this::onScroll);
        control.addEventHandler(KeyEvent.KEY_PRESSED, keyPressed);
        control.addEventHandler(KeyEvent.KEY_TYPED, keyTyped);
    }

    @Override
    public void dispose() {
        TimelineView control = getSkinnable();
        if (control != null) {
            control.removeEventHandler(KeyEvent.KEY_PRESSED, keyPressed);
            control.removeEventHandler(KeyEvent.KEY_TYPED, keyTyped);
        }
        getChildren().clear();
        super.dispose();
    }

    // ---- redraw coalescing --------------------------------------------------------------------

    private void requestRedraw() {
        dirty = true;
        TimelineView control = getSkinnable();
        if (control != null) {
            control.requestLayout();
        }
    }

    private void requestOverviewRedraw() {
        overviewDirty = true;
        requestRedraw();
    }

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        double mainH = Math.max(0, h - OVERVIEW_HEIGHT);
        if (canvas.getWidth() != w || canvas.getHeight() != mainH) {
            canvas.setWidth(w);
            canvas.setHeight(mainH);
            dirty = true;
        }
        if (overview.getWidth() != w || overview.getHeight() != OVERVIEW_HEIGHT) {
            overview.setWidth(w);
            overview.setHeight(OVERVIEW_HEIGHT);
            overviewDirty = true;
        }
        canvas.relocate(x, y);
        overview.relocate(x, y + mainH);
        if (dirty || overviewDirty) {
            draw();
        }
        if (hoverCard.isVisible()) {
            hoverCard.autosize();
        }
    }

    @Override
    protected double computePrefHeight(double width, double top, double right, double bottom, double left) {
        return top + 220 + OVERVIEW_HEIGHT + bottom;
    }

    @Override
    protected double computeMinHeight(double width, double top, double right, double bottom, double left) {
        return top + 110 + OVERVIEW_HEIGHT + bottom;
    }

    @Override
    protected double computePrefWidth(double height, double top, double right, double bottom, double left) {
        return left + 800 + right;
    }

    // ---- drawing ------------------------------------------------------------------------------

    private Font font() {
        Font f = getSkinnable().getFont();
        return f == null ? Font.getDefault() : f;
    }

    private Font boldFont() {
        Font f = font();
        return Font.font(f.getFamily(), FontWeight.BOLD, f.getSize());
    }

    private double measure(String s, Font f) {
        if (measuredFont != f) {
            widthCache.clear();
            measuredFont = f;
        }
        return widthCache.computeIfAbsent(s, k -> {
            measurer.setFont(f);
            measurer.setText(k);
            return measurer.getLayoutBounds().getWidth();
        });
    }

    private double axisHeight() {
        return Math.ceil(font().getSize() * 2.9 + 12);
    }

    private double bandsHeight() {
        TimelineView c = getSkinnable();
        if (!c.isShowContextBands() || c.getContextBands().isEmpty()) {
            return 0;
        }
        long kinds = c.getContextBands().stream().map(ContextBand::kind).distinct().count();
        return Math.ceil(font().getSize() * 1.4 + 8) * kinds;
    }

    private void draw() {
        dirty = false;
        TimelineView control = getSkinnable();
        ExplorerState state = control.getState();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        if (overviewDirty) {
            drawOverviewHistogram();
        }
        drawOverview();
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setFill(BACKGROUND);
        g.fillRect(0, 0, w, h);
        if (w < 2 || h < 2) {
            return;
        }
        TimeScale scale = new TimeScale(state.getWindow(), w, ExplorerState.MIN_SPAN_DAYS, state.getFullWindow());
        double axisY = h - axisHeight();
        double bandsH = bandsHeight();
        bandBottom = axisY;

        AxisTicks.Result ticks = AxisTicks.compute(scale, s -> measure(s, font()));
        // stripes between major ticks (years over months...) and grid lines at labelled ticks
        for (int i = 0; i < ticks.labelled().size(); i++) {
            AxisTicks.Tick t = ticks.labelled().get(i);
            if (i % 2 == 0) {
                double next = i + 1 < ticks.labelled().size() ? ticks.labelled().get(i + 1).x() : w;
                g.setFill(STRIPE);
                g.fillRect(t.x(), 0, next - t.x(), axisY);
            }
        }
        bandHits.clear();
        if (bandsH > 0) {
            drawContextBands(g, scale, bandsH);
        }
        g.setStroke(GRID);
        g.setLineWidth(1);
        for (AxisTicks.Tick t : ticks.labelled()) {
            double x = Math.floor(t.x()) + 0.5;
            g.strokeLine(x, bandsH, x, axisY);
        }

        // selected article: a guide line down to the axis
        Article selected = state.getSelectedArticle();
        if (selected != null && selected.date() != null) {
            double sx = scale.dayCenterX(selected.date().toEpochDay());
            if (sx >= 0 && sx <= w) {
                g.setStroke(SELECTED);
                g.setLineWidth(1);
                g.setLineDashes(4, 4);
                g.strokeLine(Math.floor(sx) + 0.5, bandsH, Math.floor(sx) + 0.5, axisY);
                g.setLineDashes((double[]) null);
            }
        }

        // markers
        Corpus corpus = state.getCorpus();
        BitSet filter = state.getFilterBits();
        double diameter = Math.max(MARKER_DIAMETER, Math.round(font().getSize() * 1.05));
        MarkerLayout.Geometry geo = new MarkerLayout.Geometry(diameter, MARKER_GAP, axisY, axisY - bandsH - 4);
        items = MarkerLayout.layout(corpus, filter, scale, geo);
        drawItems(g, state, corpus);

        if (items.isEmpty()) {
            g.setFill(MUTED);
            g.setFont(font());
            g.setTextAlign(TextAlignment.CENTER);
            g.setTextBaseline(VPos.CENTER);
            String msg = corpus.size() == 0 ? (state.isLoading() ? "Loading articles…" : "No articles loaded")
                    : corpus.datedCount() == 0 ? "None of the articles has a date"
                    : filter.isEmpty() ? "No article matches the partner filter"
                    : "No articles in this stretch of time — press 0 to see everything";
            g.fillText(msg, w / 2, (bandsH + axisY) / 2);
            g.setTextAlign(TextAlignment.LEFT);
        }

        drawAxis(g, ticks, axisY, w);

        publishLayout();
    }

    private void publishLayout() {
        TimelineView control = getSkinnable();
        double ox = canvas.getLayoutX();
        double oy = canvas.getLayoutY();
        List<MarkerLayout.Item> shifted = new ArrayList<>(items.size());
        for (MarkerLayout.Item it : items) {
            shifted.add(new MarkerLayout.Item(it.article(), it.fromIndex(), it.toIndex(), it.count(), it.fromDay(), it.toDay(),
                    it.x() + ox, it.y() + oy, it.radius()));
        }
        control.setMarkerLayout(shifted);
    }

    private void drawItems(GraphicsContext g, ExplorerState state, Corpus corpus) {
        Article selected = state.getSelectedArticle();
        Article hovered = state.getHoveredArticle();
        int selectedIndex = selected == null ? -1 : corpus.indexOf(selected);
        MarkerLayout.Item selectedItem = null;
        MarkerLayout.Item hoverItem = null;
        g.setFont(Font.font(font().getFamily(), FontWeight.BOLD, Math.max(10, font().getSize() - 1)));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        for (MarkerLayout.Item it : items) {
            boolean isSelected = selectedIndex >= it.fromIndex() && selectedIndex < it.toIndex()
                    && (!it.isCluster() || state.getFilterBits().get(selectedIndex));
            if (isSelected) {
                selectedItem = it;
            }
            if (it == hoveredItem || (!it.isCluster() && it.article() == hovered)) {
                hoverItem = it;
            }
            if (it.isCluster()) {
                g.setFill(CLUSTER);
                g.fillOval(it.x() - it.radius(), it.y() - it.radius(), 2 * it.radius(), 2 * it.radius());
                g.setStroke(Color.WHITE);
                g.setLineWidth(2);
                g.strokeOval(it.x() - it.radius(), it.y() - it.radius(), 2 * it.radius(), 2 * it.radius());
                g.setFill(Color.WHITE);
                g.fillText(compactCount(it.count()), it.x(), it.y());
            } else {
                Color c = PartnerColors.colorFor(it.article(), state::isPartnerShown);
                double r = it.radius();
                g.setFill(c);
                g.fillOval(it.x() - r, it.y() - r, 2 * r, 2 * r);
                g.setStroke(Color.WHITE);
                g.setLineWidth(1.5);
                g.strokeOval(it.x() - r, it.y() - r, 2 * r, 2 * r);
                if (it.article().quotes().isEmpty()) {
                    // hollow centre: an article without quotes
                    g.setFill(Color.WHITE);
                    g.fillOval(it.x() - r * 0.35, it.y() - r * 0.35, r * 0.7, r * 0.7);
                }
            }
        }
        if (hoverItem != null) {
            ring(g, hoverItem, Color.web("#1b2430", 0.55), 2, 2.5);
        }
        if (selectedItem != null) {
            ring(g, selectedItem, Color.web("#f5c400"), 5, 3.5);
            ring(g, selectedItem, SELECTED, 2, 2);
        }
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.BASELINE);
    }

    private static void ring(GraphicsContext g, MarkerLayout.Item it, Color color, double width, double gap) {
        double r = it.radius() + gap;
        g.setStroke(color);
        g.setLineWidth(width);
        g.strokeOval(it.x() - r, it.y() - r, 2 * r, 2 * r);
    }

    static String compactCount(int n) {
        if (n < 1000) {
            return Integer.toString(n);
        }
        if (n < 10_000) {
            return String.format(Locale.ENGLISH, "%.1fk", n / 1000.0);
        }
        return (n / 1000) + "k";
    }

    private void drawAxis(GraphicsContext g, AxisTicks.Result ticks, double axisY, double w) {
        double h = canvas.getHeight();
        g.setFill(Color.WHITE);
        g.fillRect(0, axisY, w, h - axisY);
        g.setStroke(AXIS);
        g.setLineWidth(1);
        g.setLineCap(StrokeLineCap.BUTT);
        g.strokeLine(0, Math.floor(axisY) + 0.5, w, Math.floor(axisY) + 0.5);
        for (AxisTicks.Tick t : ticks.minor()) {
            double x = Math.floor(t.x()) + 0.5;
            g.strokeLine(x, axisY, x, axisY + 4);
        }
        Font f = font();
        g.setFont(f);
        g.setFill(LABEL);
        g.setTextBaseline(VPos.TOP);
        g.setTextAlign(TextAlignment.LEFT);
        for (AxisTicks.Tick t : ticks.labelled()) {
            double x = Math.floor(t.x()) + 0.5;
            g.strokeLine(x, axisY, x, axisY + 9);
            g.fillText(t.label(), t.labelStart(), axisY + 5);
        }
        g.setFont(boldFont());
        double majorY = axisY + 5 + f.getSize() * 1.35;
        for (AxisTicks.Tick t : ticks.major()) {
            if (t.x() >= 0) {
                double x = Math.floor(t.x()) + 0.5;
                g.strokeLine(x, axisY, x, majorY + f.getSize() * 1.2);
            }
            g.fillText(t.label(), t.labelStart(), majorY);
        }
        g.setTextBaseline(VPos.BASELINE);
    }

    private void drawContextBands(GraphicsContext g, TimeScale scale, double bandsH) {
        List<ContextBand> bands = getSkinnable().getContextBands();
        List<String> kinds = bands.stream().map(ContextBand::kind).distinct().toList();
        double rowH = bandsH / Math.max(1, kinds.size());
        Font f = Font.font(font().getFamily(), Math.max(10, font().getSize() - 1.5));
        g.setFont(f);
        g.setTextBaseline(VPos.CENTER);
        bandHits.clear();
        double[] labelRight = new double[kinds.size()];
        java.util.Arrays.fill(labelRight, Double.NEGATIVE_INFINITY);
        int i = 0;
        for (ContextBand b : bands) {
            int row = kinds.indexOf(b.kind());
            double x0 = scale.toX(b.start().toEpochDay());
            double x1 = scale.toX(b.end().toEpochDay() + 1.0);
            double y = row * rowH + 3;
            double h = rowH - 5;
            i++;
            if (x1 < -200 || x0 > scale.width() + 200) {
                continue;
            }
            boolean point = x1 - x0 < 8;
            if (point) {
                double cx = (x0 + x1) / 2;
                g.setFill(Color.web("#b86e00"));
                double s = Math.min(h / 2, 6);
                g.fillPolygon(new double[] {cx, cx + s, cx, cx - s}, new double[] {y + h / 2 - s, y + h / 2, y + h / 2 + s, y + h / 2}, 4);
                bandHits.add(new BandHit(b, cx - s - 2, y, cx + s + 2, y + h));
                String label = b.label();
                double lw = measure(label, f);
                double next = nextPointX(bands, b, scale);
                if (cx - s >= 0 && cx + s + 3 > labelRight[row] + 6 && cx + s + 3 + lw < Math.min(next - s - 6, scale.width() - 2)) {
                    g.setFill(Color.web("#6b3d00"));
                    g.fillText(label, cx + s + 3, y + h / 2);
                    labelRight[row] = cx + s + 3 + lw;
                }
            } else {
                g.setFill(i % 2 == 0 ? Color.web("#dce6f2") : Color.web("#c9d8ea"));
                g.fillRoundRect(x0, y, x1 - x0, h, 6, 6);
                bandHits.add(new BandHit(b, x0, y, x1, y + h));
                double tx = Math.max(x0, 0) + 5;
                double room = Math.min(x1, scale.width()) - tx - 5;
                if (room > 24) {
                    String label = fitText(b.label(), room, f);
                    g.setFill(LABEL);
                    g.fillText(label, tx, y + h / 2);
                }
            }
        }
        g.setTextBaseline(VPos.BASELINE);
    }

    /** x of the next point event of the same kind after {@code b}, or infinity. */
    private static double nextPointX(List<ContextBand> bands, ContextBand b, TimeScale scale) {
        boolean after = false;
        for (ContextBand o : bands) {
            if (o == b) {
                after = true;
            } else if (after && o.kind().equals(b.kind())) {
                return scale.toX(o.start().toEpochDay());
            }
        }
        return Double.POSITIVE_INFINITY;
    }

    /** Where a context band was drawn, for the hover card. */
    private record BandHit(ContextBand band, double x0, double y0, double x1, double y1) {
        boolean contains(double x, double y) {
            return x >= x0 && x <= x1 && y >= y0 && y <= y1;
        }
    }

    private String fitText(String s, double room, Font f) {
        if (measure(s, f) <= room) {
            return s;
        }
        for (int n = s.length() - 1; n > 1; n--) {
            String t = s.substring(0, n) + "…";
            if (measure(t, f) <= room) {
                return t;
            }
        }
        return "";
    }

    private void drawOverviewHistogram() {
        overviewDirty = false;
        ExplorerState state = getSkinnable().getState();
        Corpus corpus = state.getCorpus();
        BitSet filter = state.getFilterBits();
        int cols = (int) Math.max(1, Math.floor(overview.getWidth() / 2));
        histogram = new double[cols];
        if (corpus.datedCount() == 0) {
            return;
        }
        TimeWindow full = state.getFullWindow();
        double daysPerCol = full.span() / cols;
        int from = corpus.lowerBound((long) Math.ceil(full.start() - 0.5));
        for (int c = 0; c < cols; c++) {
            int to = corpus.lowerBound((long) Math.ceil(full.start() + (c + 1) * daysPerCol - 0.5));
            histogram[c] = to > from ? filter.get(from, to).cardinality() : 0;
            from = Math.max(from, to);
        }
    }

    private void drawOverview() {
        ExplorerState state = getSkinnable().getState();
        GraphicsContext g = overview.getGraphicsContext2D();
        double w = overview.getWidth();
        double h = overview.getHeight();
        g.setFill(OVERVIEW_BG);
        g.fillRect(0, 0, w, h);
        double max = 0;
        for (double v : histogram) {
            max = Math.max(max, v);
        }
        if (max > 0) {
            g.setFill(OVERVIEW_BAR);
            double colW = w / histogram.length;
            for (int c = 0; c < histogram.length; c++) {
                if (histogram[c] > 0) {
                    double bh = Math.max(2, (h - 8) * Math.sqrt(histogram[c] / max));
                    g.fillRect(c * colW, h - 3 - bh, Math.max(1, colW - 0.5), bh);
                }
            }
        }
        TimeWindow full = state.getFullWindow();
        TimeWindow win = state.getWindow();
        double x0 = (win.start() - full.start()) / full.span() * w;
        double x1 = (win.end() - full.start()) / full.span() * w;
        x0 = Math.max(0, Math.min(w - 3, x0));
        x1 = Math.max(x0 + 3, Math.min(w, x1));
        g.setFill(WINDOW_FILL);
        g.fillRect(x0, 1, x1 - x0, h - 2);
        g.setStroke(WINDOW_STROKE);
        g.setLineWidth(2);
        g.strokeRect(x0 + 1, 2, x1 - x0 - 2, h - 4);
        g.setStroke(Color.web("#c9d0d9"));
        g.setLineWidth(1);
        g.strokeLine(0, 0.5, w, 0.5);
    }

    // ---- input --------------------------------------------------------------------------------

    private void onScroll(ScrollEvent e) {
        TimelineView c = getSkinnable();
        if (e.getTouchCount() > 1 && e.isInertia()) {
            e.consume();
            return;
        }
        double dy = e.getDeltaY();
        double dx = e.getDeltaX();
        if (e.isShiftDown() && dx == 0) {
            dx = dy;
            dy = 0;
        }
        double anchor = e.getSource() == overview ? overview.getWidth() / 2 : e.getX();
        if (Math.abs(dy) > Math.abs(dx)) {
            // a wheel that reports whole lines with tiny pixel deltas counts per line
            boolean lines = e.getTextDeltaYUnits() == ScrollEvent.VerticalTextScrollUnits.LINES && Math.abs(dy) < 5;
            c.zoomBy(lines ? Math.pow(1.25, e.getTextDeltaY()) : Math.pow(1.006, dy), anchor);
        } else if (dx != 0) {
            c.getState().setWindow(c.scale().panPixels(dx));
        }
        e.consume();
    }

    private void onZoom(ZoomEvent e) {
        getSkinnable().zoomBy(e.getZoomFactor(), e.getX());
        e.consume();
    }

    private void onPressed(MouseEvent e) {
        getSkinnable().requestFocus();
        if (e.getButton() == MouseButton.PRIMARY) {
            dragStartX = e.getX();
            dragStartWindow = getSkinnable().getState().getWindow();
            dragging = false;
        }
    }

    private void onDragged(MouseEvent e) {
        if (dragStartWindow == null || e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        double dx = e.getX() - dragStartX;
        if (!dragging && Math.abs(dx) < 3) {
            return;
        }
        dragging = true;
        canvas.setCursor(javafx.scene.Cursor.CLOSED_HAND);
        setHover(null, 0, 0);
        TimelineView c = getSkinnable();
        TimeScale s = c.scale().withWindow(dragStartWindow);
        c.getState().setWindow(s.panPixels(dx));
    }

    private void onClicked(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY || !e.isStillSincePress()) {
            return;
        }
        TimelineView c = getSkinnable();
        MarkerLayout.Item it = hit(e.getX(), e.getY());
        if (it == null) {
            if (e.getClickCount() == 2) {
                c.zoomBy(2, e.getX());
            }
            return;
        }
        if (it.isCluster()) {
            c.zoomTo(it.fromDay(), it.toDay() + 1.0);
            setHover(null, 0, 0);
        } else {
            c.getState().setSelectedArticle(it.article());
        }
    }

    private void onMoved(MouseEvent e) {
        MarkerLayout.Item it = hit(e.getX(), e.getY());
        setHover(it, e.getX(), e.getY());
        if (it == null) {
            for (BandHit b : bandHits) {
                if (b.contains(e.getX(), e.getY())) {
                    showBandCard(b, e.getX(), e.getY());
                    break;
                }
            }
        }
    }

    private void showBandCard(BandHit b, double x, double y) {
        ContextBand band = b.band();
        hoverTitle.setText(band.label());
        hoverMeta.setText(band.kind() + "\n" + (band.start().equals(band.end()) ? DAY.format(band.start())
                : DAY.format(band.start()) + " – " + DAY.format(band.end())));
        hoverCard.autosize();
        double cw = hoverCard.prefWidth(-1);
        double ch = hoverCard.prefHeight(cw);
        hoverCard.resize(cw, ch);
        double px = x + 14 + cw > canvas.getWidth() ? x - 14 - cw : x + 14;
        hoverCard.relocate(canvas.getLayoutX() + Math.max(4, px), canvas.getLayoutY() + b.y1() + 4);
        hoverCard.setVisible(true);
    }

    private MarkerLayout.Item hit(double x, double y) {
        MarkerLayout.Item best = null;
        double bestD = Double.MAX_VALUE;
        for (MarkerLayout.Item it : items) {
            if (it.contains(x, y, 2)) {
                double d = Math.hypot(x - it.x(), y - it.y());
                if (d < bestD) {
                    bestD = d;
                    best = it;
                }
            }
        }
        return best;
    }

    private void setHover(MarkerLayout.Item it, double x, double y) {
        ExplorerState state = getSkinnable().getState();
        MarkerLayout.Item old = hoveredItem;
        hoveredItem = it;
        state.setHoveredArticle(it == null ? null : it.article());
        if (it != old) {
            requestRedraw();
        }
        if (it == null) {
            hoverCard.setVisible(false);
            canvas.setCursor(null);
            return;
        }
        canvas.setCursor(javafx.scene.Cursor.HAND);
        if (it.isCluster()) {
            hoverTitle.setText(it.count() + " articles");
            LocalDate a = LocalDate.ofEpochDay(it.fromDay());
            LocalDate b = LocalDate.ofEpochDay(it.toDay());
            hoverMeta.setText((a.equals(b) ? DAY.format(a) : span(a, b)) + "\nClick to zoom in");
        } else {
            Article a = it.article();
            hoverTitle.setText(a.title());
            StringBuilder meta = new StringBuilder(a.date() == null ? "undated" : DAY.format(a.date()));
            if (a.outlet() != null) {
                meta.append(" · ").append(a.outlet());
            }
            if (!a.partners().isEmpty()) {
                meta.append("\n").append(String.join(", ", a.partnerNames()));
            }
            if (!a.quotes().isEmpty()) {
                meta.append("\n").append(a.quotes().size()).append(a.quotes().size() == 1 ? " quote" : " quotes");
            }
            hoverMeta.setText(meta.toString());
        }
        hoverCard.setMaxWidth(340);
        hoverCard.autosize();
        double cw = hoverCard.prefWidth(-1);
        double ch = hoverCard.prefHeight(cw);
        hoverCard.resize(cw, ch);
        double px = it.x() + it.radius() + 10;
        if (px + cw > canvas.getWidth() - 4) {
            px = it.x() - it.radius() - 10 - cw;
        }
        double py = Math.max(4, Math.min(it.y() - ch / 2, bandBottom - ch - 4));
        hoverCard.relocate(canvas.getLayoutX() + Math.max(4, px), canvas.getLayoutY() + py);
        hoverCard.setVisible(true);
    }

    private static String span(LocalDate a, LocalDate b) {
        if (a.getYear() == b.getYear() && a.getMonth() == b.getMonth()) {
            return a.getDayOfMonth() + "–" + DAY.format(b);
        }
        if (b.toEpochDay() - a.toEpochDay() > 120) {
            return MONTH.format(a) + " – " + MONTH.format(b);
        }
        return DAY.format(a) + " – " + DAY.format(b);
    }

    private void onOverviewPressed(MouseEvent e) {
        getSkinnable().requestFocus();
        ExplorerState state = getSkinnable().getState();
        TimeWindow full = state.getFullWindow();
        TimeWindow win = state.getWindow();
        double day = full.start() + e.getX() / overview.getWidth() * full.span();
        if (win.contains(day)) {
            overviewDragOffset = day - win.center();
        } else {
            overviewDragOffset = 0;
            moveOverview(day);
        }
    }

    private void onOverviewDragged(MouseEvent e) {
        TimeWindow full = getSkinnable().getState().getFullWindow();
        moveOverview(full.start() + e.getX() / overview.getWidth() * full.span());
    }

    private void moveOverview(double day) {
        TimelineView c = getSkinnable();
        TimeWindow win = c.getState().getWindow();
        c.getState().setWindow(c.scale().clamp(win.centeredOn(day - overviewDragOffset)));
    }

    private void onKeyPressed(KeyEvent e) {
        TimelineView c = getSkinnable();
        double step = e.isShiftDown() ? 0.5 : 0.1;
        switch (e.getCode()) {
            case LEFT, KP_LEFT -> c.panBy(-step);
            case RIGHT, KP_RIGHT -> c.panBy(step);
            case UP, KP_UP -> c.zoomIn();
            case DOWN, KP_DOWN -> c.zoomOut();
            case HOME -> c.fitAll();
            case PAGE_DOWN -> c.getState().stepArticle(1);
            case PAGE_UP -> c.getState().stepArticle(-1);
            case ESCAPE -> {
                if (c.getState().getSelectedArticle() == null) {
                    return;
                }
                c.getState().setSelectedArticle(null);
            }
            default -> {
                return;
            }
        }
        e.consume();
    }

    private void onKeyTyped(KeyEvent e) {
        if (e.isControlDown() || e.isMetaDown() || e.isAltDown()) {
            return;
        }
        TimelineView c = getSkinnable();
        switch (e.getCharacter()) {
            case "+", "=" -> c.zoomIn();
            case "-", "_" -> c.zoomOut();
            case "0" -> c.fitAll();
            case "n", "N", "]" -> c.getState().stepArticle(1);
            case "p", "P", "[" -> c.getState().stepArticle(-1);
            default -> {
                return;
            }
        }
        e.consume();
    }
}

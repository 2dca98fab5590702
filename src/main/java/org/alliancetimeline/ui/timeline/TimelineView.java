package org.alliancetimeline.ui.timeline;

import java.util.List;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.css.CssMetaData;
import javafx.css.StyleableObjectProperty;
import javafx.css.StyleablePropertyFactory;
import javafx.css.Styleable;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;
import javafx.scene.text.Font;
import org.alliancetimeline.ui.state.ExplorerState;
import org.alliancetimeline.ui.state.TimeWindow;

/**
 * A zoomable, pannable timeline of the explorer's articles: markers coloured by partner, clusters
 * where they would overlap, an adaptive date axis and an overview strip of the whole corpus. It
 * reads and writes the {@link ExplorerState} window, selection and hover. Drawn by
 * {@link TimelineViewSkin} on canvases.
 */
public class TimelineView extends Control {
    private static final StyleablePropertyFactory<TimelineView> FACTORY =
            new StyleablePropertyFactory<>(Control.getClassCssMetaData());
    private static final CssMetaData<TimelineView, Font> FONT =
            FACTORY.createFontCssMetaData("-fx-font", s -> s.font, Font.getDefault(), true);

    private final ExplorerState state;
    private final StyleableObjectProperty<Font> font = new javafx.css.SimpleStyleableObjectProperty<>(FONT, this, "font", Font.getDefault());
    private final BooleanProperty showContextBands = new SimpleBooleanProperty(this, "showContextBands", false);
    private final ObjectProperty<List<ContextBand>> contextBands = new SimpleObjectProperty<>(this, "contextBands", List.of());
    private final ReadOnlyObjectWrapper<List<MarkerLayout.Item>> markerLayout =
            new ReadOnlyObjectWrapper<>(this, "markerLayout", List.of());

    public TimelineView(ExplorerState state) {
        this.state = Objects.requireNonNull(state);
        setId("timeline");
        getStyleClass().add("timeline-view");
        setFocusTraversable(true);
        setAccessibleText("Timeline");
        setAccessibleHelp("Plus and minus zoom, arrow keys pan, 0 or Home shows everything, N and P step through articles");
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new TimelineViewSkin(this);
    }

    @Override
    public String getUserAgentStylesheet() {
        return Objects.requireNonNull(TimelineView.class.getResource("timeline.css")).toExternalForm();
    }

    public ExplorerState getState() {
        return state;
    }

    // ---- properties ---------------------------------------------------------------------------

    /** The font of axis labels, counts and the hover card; inherits the scene's text size. */
    public StyleableObjectProperty<Font> fontProperty() {
        return font;
    }

    public Font getFont() {
        return font.get();
    }

    public void setFont(Font value) {
        font.set(value);
    }

    public BooleanProperty showContextBandsProperty() {
        return showContextBands;
    }

    public boolean isShowContextBands() {
        return showContextBands.get();
    }

    public void setShowContextBands(boolean value) {
        showContextBands.set(value);
    }

    /** Periods drawn behind the markers when {@link #showContextBandsProperty()} is on. */
    public ObjectProperty<List<ContextBand>> contextBandsProperty() {
        return contextBands;
    }

    public List<ContextBand> getContextBands() {
        return contextBands.get();
    }

    public void setContextBands(List<ContextBand> value) {
        contextBands.set(value == null ? List.of() : List.copyOf(value));
    }

    /** The markers and clusters as last drawn, in this control's coordinates (for tests and accessibility). */
    public ReadOnlyObjectProperty<List<MarkerLayout.Item>> markerLayoutProperty() {
        return markerLayout.getReadOnlyProperty();
    }

    public List<MarkerLayout.Item> getMarkerLayout() {
        return markerLayout.get();
    }

    void setMarkerLayout(List<MarkerLayout.Item> items) {
        markerLayout.set(List.copyOf(items));
    }

    // ---- actions ------------------------------------------------------------------------------

    /** The time scale across the plot as it is now. */
    public TimeScale scale() {
        double w = getWidth() - snappedLeftInset() - snappedRightInset();
        return new TimeScale(state.getWindow(), w > 10 ? w : 1000, ExplorerState.MIN_SPAN_DAYS, state.getFullWindow());
    }

    /** Zooms by {@code factor} (&gt; 1 zooms in) about the middle. */
    public void zoomBy(double factor) {
        state.setWindow(scale().zoom(factor));
    }

    /** Zooms by {@code factor} keeping the time under plot x {@code anchorX} in place. */
    public void zoomBy(double factor, double anchorX) {
        state.setWindow(scale().zoom(factor, anchorX));
    }

    public void zoomIn() {
        zoomBy(1.6);
    }

    public void zoomOut() {
        zoomBy(1 / 1.6);
    }

    /** Pans by a fraction of the visible span (positive: later). */
    public void panBy(double fraction) {
        TimeScale s = scale();
        state.setWindow(s.panDays(fraction * s.window().span()));
    }

    public void fitAll() {
        state.fitAll();
    }

    /** Shows the days from {@code fromDay} to {@code toDay} (epoch days) with a margin. */
    public void zoomTo(double fromDay, double toDay) {
        TimeWindow w = scale().fit(fromDay, toDay, 0.15);
        state.setWindow(w);
    }

    // ---- CSS ----------------------------------------------------------------------------------

    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
        return FACTORY.getCssMetaData();
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getControlCssMetaData() {
        return getClassCssMetaData();
    }
}

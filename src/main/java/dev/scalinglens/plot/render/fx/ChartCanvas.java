package dev.scalinglens.plot.render.fx;

import dev.scalinglens.plot.PointRef;
import dev.scalinglens.plot.Theme;
import dev.scalinglens.plot.Viewport;
import dev.scalinglens.plot.hit.PointIndex;
import dev.scalinglens.plot.layout.LayoutOptions;
import dev.scalinglens.plot.layout.PlotLayout;
import dev.scalinglens.plot.render.MarkSink;
import dev.scalinglens.plot.render.SceneWalker;
import dev.scalinglens.plot.scene.PlotScene;
import dev.scalinglens.plot.spec.ChartSpec;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;
import javafx.scene.canvas.Canvas;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;

/**
 * The screen renderer: lays out the chart spec at the region's size and draws the scene on a canvas.
 *
 * <p>Interaction: wheel zooms around the cursor (in log space on log axes); drag pans; shift+drag or
 * right-drag draws a box to zoom into; double-click resets. Click selects the nearest point, shift+click adds
 * to the selection, click on empty space clears it. Keys: + / − zoom around the centre, arrows pan, 0 or Home
 * reset. Hover shows the nearest point's tooltip (found through a {@link PointIndex}, never a scan).
 * Each gesture is its own {@link CanvasInteraction} ({@link WheelZoom}, {@link PointerDrag} with
 * {@link ClickSelection}, {@link HoverTooltips}, {@link KeyNavigation}) attached to this canvas.
 */
public class ChartCanvas extends Region {

    /** Hover and click pick the nearest point within this many pixels. */
    private static final double PICK_RADIUS_PX = 6;

    private final Canvas canvas = new Canvas();
    private final Rectangle zoomBox = new Rectangle();
    private final TooltipView tooltip = new TooltipView();
    private final BackdropImage backdrop = new BackdropImage();

    private final ObjectProperty<ChartSpec> spec = new SimpleObjectProperty<>(this, "spec");
    private final ObjectProperty<Viewport> viewport = new SimpleObjectProperty<>(this, "viewport");
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(this, "theme", Theme.LIGHT);
    /** Multiplies every text size of the chart and its tooltip (the app's View › font size). */
    private final javafx.beans.property.DoubleProperty fontScale =
            new javafx.beans.property.SimpleDoubleProperty(this, "fontScale", 1);
    private final ReadOnlyObjectWrapper<PointRef> hoveredPoint = new ReadOnlyObjectWrapper<>(this, "hoveredPoint");
    private final ObservableSet<String> selectedIds = FXCollections.observableSet();
    private final ObservableSet<String> pinnedIds = FXCollections.observableSet();
    /** Ids drawn at full strength with every other point faded (search matches), or null for none. */
    private final ObjectProperty<java.util.Set<String>> highlightIds = new SimpleObjectProperty<>(this, "highlightIds");

    private PlotScene scene;
    private MarkSink markObserver;
    /** The legend's "+N more" was clicked: list every series until the chart changes. */
    private boolean legendExpanded;
    private ChartSpec expandedFor;
    private java.util.function.BiConsumer<String, Boolean> onLegendAction = (name, isolate) -> { };
    private PointIndex index;
    /** The plot's left edge is kept while zooming and panning so the data under the cursor does not move. */
    private double leftMargin;
    private ChartSpec marginSpec;
    private double marginWidth;

    public ChartCanvas() {
        getChildren().addAll(canvas, zoomBox, tooltip);
        zoomBox.setManaged(false);
        zoomBox.setVisible(false);
        zoomBox.setMouseTransparent(true);
        zoomBox.setFill(Color.rgb(0, 114, 178, 0.12));
        zoomBox.setStroke(Color.rgb(0, 114, 178, 0.8));
        setFocusTraversable(true);
        setMinSize(120, 90);
        setPrefSize(800, 560);
        spec.addListener((o, a, b) -> redraw());
        viewport.addListener((o, a, b) -> redraw());
        theme.addListener((o, a, b) -> redraw());
        fontScale.addListener((o, a, b) -> {
            leftMargin = 0; // labels change size: let the margin fit them again
            redraw();
        });
        selectedIds.addListener((SetChangeListener<String>) c -> redraw());
        pinnedIds.addListener((SetChangeListener<String>) c -> redraw());
        highlightIds.addListener((o, a, b) -> redraw());
        HoverTooltips hover = new HoverTooltips(tooltip);
        for (CanvasInteraction gesture : List.of(new WheelZoom(), new PointerDrag(zoomBox, hover), hover,
                new KeyNavigation())) {
            gesture.attach(this);
        }
    }

    public ObjectProperty<ChartSpec> specProperty() {
        return spec;
    }

    public ObjectProperty<Viewport> viewportProperty() {
        return viewport;
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    public javafx.beans.property.DoubleProperty fontScaleProperty() {
        return fontScale;
    }

    public ReadOnlyObjectProperty<PointRef> hoveredPointProperty() {
        return hoveredPoint.getReadOnlyProperty();
    }

    public ObservableSet<String> getSelectedIds() {
        return selectedIds;
    }

    public ObjectProperty<java.util.Set<String>> highlightIdsProperty() {
        return highlightIds;
    }

    public ObservableSet<String> getPinnedIds() {
        return pinnedIds;
    }

    public void resetView() {
        viewport.set(null);
    }

    /**
     * What a click on a legend entry does: {@code action.accept(seriesName, isolate)}; isolate is true for
     * Shift+click (show only this series), false for a plain click (hide or show it).
     */
    public void setOnLegendAction(java.util.function.BiConsumer<String, Boolean> action) {
        this.onLegendAction = action == null ? (name, isolate) -> { } : action;
    }

    /** The legend entry under a point of the canvas, or null. */
    public PlotScene.LegendEntry legendEntryAt(double x, double y) {
        if (scene == null) {
            return null;
        }
        for (PlotScene.LegendEntry entry : scene.legendEntries()) {
            if (entry.bounds().contains(x, y)) {
                return entry;
            }
        }
        return null;
    }

    /** Also sends every drawn mark to {@code observer} (tests, tracing); null to stop. */
    public void setMarkObserver(MarkSink observer) {
        this.markObserver = observer;
    }

    /** The scene currently on screen (null before a spec is set or while the region has no size). */
    public PlotScene currentScene() {
        return scene;
    }

    @Override
    protected void layoutChildren() {
        double w = snapSizeX(getWidth());
        double h = snapSizeY(getHeight());
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            redraw();
        }
    }

    /** Lays out at the current size and draws. Public so benchmarks can time exactly one frame. */
    public void redraw() {
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        index = null;
        if (spec.get() == null || w < 2 || h < 2) {
            scene = null;
            canvas.getGraphicsContext2D().clearRect(0, 0, w, h);
            return;
        }
        if (spec.get() != marginSpec || w != marginWidth || viewport.get() == null) {
            // A new chart, size or reset view: let the left margin fit the labels again.
            leftMargin = 0;
            marginSpec = spec.get();
            marginWidth = w;
        }
        if (expandedFor != null && expandedFor != spec.get() && !sameSeries(expandedFor, spec.get())) {
            legendExpanded = false;
        }
        expandedFor = spec.get();
        scene = PlotLayout.layout(spec.get(), new LayoutOptions(w, h, theme.get(), viewport.get(), pinnedIds,
                selectedIds, fontScale.get() > 0 ? fontScale.get() : 1, leftMargin).withLegendExpanded(legendExpanded)
                .withHighlight(highlightIds.get()));
        leftMargin = scene.plotArea().x();
        double renderScale = getScene() != null && getScene().getWindow() != null
                ? getScene().getWindow().getRenderScaleX() : 1;
        SceneWalker.walk(scene, new ScreenSink(canvas.getGraphicsContext2D(), backdrop, renderScale), markObserver);
    }

    /** Hiding a series rebuilds the spec: the expanded legend stays open while the series are the same. */
    private static boolean sameSeries(ChartSpec a, ChartSpec b) {
        return a.chartId().equals(b.chartId()) && a.layers().size() == b.layers().size();
    }

    /** A click on a legend entry: "+N more" lists every series, a series entry goes to the legend action. */
    void legendClicked(PlotScene.LegendEntry entry, boolean isolate) {
        switch (entry.kind()) {
            case MORE -> {
                legendExpanded = true;
                redraw();
            }
            case SERIES -> onLegendAction.accept(entry.name(), isolate);
            case NOTE -> {
            }
        }
    }

    void setHoveredPoint(PointRef ref) {
        hoveredPoint.set(ref);
    }

    /** The nearest point within the pick radius of (x, y), or null. */
    PointRef pick(double x, double y) {
        if (scene == null) {
            return null;
        }
        if (index == null) {
            index = PointIndex.build(scene);
        }
        return index.nearest(x, y, PICK_RADIUS_PX);
    }
}

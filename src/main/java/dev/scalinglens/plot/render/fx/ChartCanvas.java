package dev.scalinglens.plot.render.fx;

import dev.scalinglens.plot.PointRef;
import dev.scalinglens.plot.Theme;
import dev.scalinglens.plot.Viewport;
import dev.scalinglens.plot.hit.PointIndex;
import dev.scalinglens.plot.layout.LayoutOptions;
import dev.scalinglens.plot.layout.PlotLayout;
import dev.scalinglens.plot.layout.ViewportMath;
import dev.scalinglens.plot.render.MarkSink;
import dev.scalinglens.plot.render.SceneWalker;
import dev.scalinglens.plot.scene.PlotScene;
import dev.scalinglens.plot.scene.PointsMark;
import dev.scalinglens.plot.scene.Rect;
import dev.scalinglens.plot.spec.ChartSpec;
import dev.scalinglens.plot.spec.Tooltip;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;
import javafx.scene.canvas.Canvas;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
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
 */
public class ChartCanvas extends Region {

    /** Wheel zoom per scroll pixel: 1.0015^120 ≈ 1.2× per usual wheel notch (deltaY 40 in JavaFX is ≈1.06×). */
    private static final double WHEEL_ZOOM_BASE = 1.0015;
    private static final double KEY_ZOOM = 1.25;
    private static final double KEY_PAN_FRACTION = 0.1;
    /** Hover and click pick the nearest point within this many pixels. */
    private static final double PICK_RADIUS_PX = 6;
    /** Below this many pixels of movement a press-release is a click, not a drag. */
    private static final double DRAG_THRESHOLD_PX = 3;

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
    private PlotScene pressScene;
    private double pressX;
    private double pressY;
    private boolean dragging;
    private boolean boxZooming;
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
        addEventHandler(ScrollEvent.SCROLL, this::onScroll);
        addEventHandler(MouseEvent.MOUSE_PRESSED, this::onPressed);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::onDragged);
        addEventHandler(MouseEvent.MOUSE_RELEASED, this::onReleased);
        addEventHandler(MouseEvent.MOUSE_MOVED, e -> hover(e.getX(), e.getY()));
        addEventHandler(MouseEvent.MOUSE_EXITED, e -> setHovered(null, 0, 0));
        addEventHandler(KeyEvent.KEY_PRESSED, this::onKey);
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

    private void onScroll(ScrollEvent e) {
        if (scene == null || e.getDeltaY() == 0) {
            return;
        }
        viewport.set(ViewportMath.zoom(scene, Math.pow(WHEEL_ZOOM_BASE, e.getDeltaY()), e.getX(), e.getY()));
        e.consume();
    }

    private void onPressed(MouseEvent e) {
        requestFocus();
        if (e.getButton() == MouseButton.PRIMARY && legendEntryAt(e.getX(), e.getY()) != null) {
            pressScene = null; // a click on the legend neither pans, zooms nor resets the view
            e.consume();
            return;
        }
        pressScene = scene;
        pressX = e.getX();
        pressY = e.getY();
        dragging = false;
        boxZooming = e.getButton() == MouseButton.SECONDARY || e.isShiftDown();
        if (e.getClickCount() == 2 && e.getButton() == MouseButton.PRIMARY) {
            resetView();
            pressScene = null;
        }
    }

    private void onDragged(MouseEvent e) {
        if (pressScene == null) {
            return;
        }
        double dx = e.getX() - pressX;
        double dy = e.getY() - pressY;
        if (!dragging && Math.hypot(dx, dy) < DRAG_THRESHOLD_PX) {
            return;
        }
        dragging = true;
        setHovered(null, 0, 0);
        if (boxZooming) {
            zoomBox.setVisible(true);
            zoomBox.relocate(Math.min(pressX, e.getX()), Math.min(pressY, e.getY()));
            zoomBox.setWidth(Math.abs(dx));
            zoomBox.setHeight(Math.abs(dy));
        } else {
            // Always from the scene at press time, so a long drag accumulates no rounding drift.
            viewport.set(ViewportMath.pan(pressScene, dx, dy));
        }
    }

    private void onReleased(MouseEvent e) {
        if (pressScene == null) {
            PlotScene.LegendEntry entry = e.getButton() == MouseButton.PRIMARY && !dragging
                    ? legendEntryAt(e.getX(), e.getY()) : null;
            if (entry != null) {
                legendClicked(entry, e.isShiftDown());
                e.consume();
            }
            return;
        }
        if (dragging && boxZooming) {
            zoomBox.setVisible(false);
            if (Math.abs(e.getX() - pressX) > DRAG_THRESHOLD_PX && Math.abs(e.getY() - pressY) > DRAG_THRESHOLD_PX) {
                viewport.set(ViewportMath.box(pressScene, pressX, pressY, e.getX(), e.getY()));
            }
        } else if (!dragging && e.getButton() == MouseButton.PRIMARY) {
            select(pick(e.getX(), e.getY()), e.isShiftDown());
        }
        pressScene = null;
        dragging = false;
    }

    private void legendClicked(PlotScene.LegendEntry entry, boolean isolate) {
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

    private void select(PointRef hit, boolean add) {
        if (hit == null || hit.pointId() == null) {
            if (!add) {
                selectedIds.clear();
            }
            return;
        }
        if (add) {
            if (!selectedIds.remove(hit.pointId())) {
                selectedIds.add(hit.pointId());
            }
        } else {
            selectedIds.retainAll(List.of(hit.pointId()));
            selectedIds.add(hit.pointId());
        }
    }

    private void onKey(KeyEvent e) {
        if (scene == null) {
            return;
        }
        Rect p = scene.plotArea();
        double cx = p.x() + p.width() / 2;
        double cy = p.y() + p.height() / 2;
        switch (e.getCode()) {
            case PLUS, ADD, EQUALS -> viewport.set(ViewportMath.zoom(scene, KEY_ZOOM, cx, cy));
            case MINUS, SUBTRACT -> viewport.set(ViewportMath.zoom(scene, 1 / KEY_ZOOM, cx, cy));
            case LEFT -> viewport.set(ViewportMath.pan(scene, p.width() * KEY_PAN_FRACTION, 0));
            case RIGHT -> viewport.set(ViewportMath.pan(scene, -p.width() * KEY_PAN_FRACTION, 0));
            case UP -> viewport.set(ViewportMath.pan(scene, 0, p.height() * KEY_PAN_FRACTION));
            case DOWN -> viewport.set(ViewportMath.pan(scene, 0, -p.height() * KEY_PAN_FRACTION));
            case DIGIT0, NUMPAD0, HOME -> resetView();
            default -> {
                return;
            }
        }
        e.consume();
    }

    private PointRef pick(double x, double y) {
        if (scene == null) {
            return null;
        }
        if (index == null) {
            index = PointIndex.build(scene);
        }
        return index.nearest(x, y, PICK_RADIUS_PX);
    }

    private void hover(double x, double y) {
        PlotScene.LegendEntry entry = legendEntryAt(x, y);
        if (entry != null && entry.kind() != PlotScene.LegendEntry.Kind.NOTE) {
            setCursor(javafx.scene.Cursor.HAND);
            hoveredPoint.set(null);
            Tooltip tip = entry.kind() == PlotScene.LegendEntry.Kind.MORE
                    ? Tooltip.of(entry.name(), List.of(new Tooltip.Row("Click", "list every series")))
                    : Tooltip.of(entry.name(), List.of(
                            new Tooltip.Row("Click", entry.hidden() ? "show this series" : "hide this series"),
                            new Tooltip.Row("Shift+click", "show only this series (again: show all)")));
            showTooltip(tip, x, y);
            return;
        }
        setCursor(null);
        setHovered(pick(x, y), x, y);
    }

    private void showTooltip(Tooltip tip, double x, double y) {
        tooltip.show(tip, theme.get());
        double tx = x + 14 + tooltip.getWidth() > getWidth() ? x - 14 - tooltip.getWidth() : x + 14;
        double ty = y + 14 + tooltip.getHeight() > getHeight() ? y - 14 - tooltip.getHeight() : y + 14;
        tooltip.relocate(Math.max(0, tx), Math.max(0, ty));
    }

    private void setHovered(PointRef ref, double x, double y) {
        hoveredPoint.set(ref);
        if (ref == null || scene == null) {
            tooltip.hide();
            return;
        }
        PointsMark pm = scene.pointLayers().stream().filter(m -> m.layerId().equals(ref.layerId())).findFirst()
                .orElse(null);
        if (pm == null) {
            tooltip.hide();
            return;
        }
        Tooltip tip = pm.source().tooltip() != null ? pm.source().tooltip().apply(ref.index()) : null;
        if (tip == null) {
            tip = Tooltip.of(pm.title(ref.index()), List.of(
                    new Tooltip.Row("x", Double.toString(pm.source().x()[ref.index()])),
                    new Tooltip.Row("y", Double.toString(pm.source().y()[ref.index()]))));
        }
        tooltip.show(tip, theme.get(), fontScale.get() > 0 ? fontScale.get() : 1);
        // Keep the card inside the chart: right/below the cursor unless that would overflow.
        double tx = x + 14 + tooltip.getWidth() > getWidth() ? x - 14 - tooltip.getWidth() : x + 14;
        double ty = y + 14 + tooltip.getHeight() > getHeight() ? y - 14 - tooltip.getHeight() : y + 14;
        tooltip.relocate(Math.max(0, tx), Math.max(0, ty));
    }
}

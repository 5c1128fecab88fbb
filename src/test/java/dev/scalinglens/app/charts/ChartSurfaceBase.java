package dev.scalinglens.app.charts;

import dev.scalinglens.plot.PointRef;
import dev.scalinglens.plot.Theme;
import dev.scalinglens.plot.Viewport;
import dev.scalinglens.plot.spec.ChartSpec;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import javafx.scene.Node;
import javafx.scene.layout.Region;

/** The state every chart surface holds (spec, viewport, theme, hover, selection, pins); subclasses draw. */
public abstract class ChartSurfaceBase extends Region implements ChartSurface {

    private final ObjectProperty<ChartSpec> spec = new SimpleObjectProperty<>(this, "spec");
    private final ObjectProperty<Viewport> viewport = new SimpleObjectProperty<>(this, "viewport");
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(this, "theme", Theme.LIGHT);
    private final ReadOnlyObjectWrapper<PointRef> hovered = new ReadOnlyObjectWrapper<>(this, "hoveredPoint");
    private final ObservableSet<String> selectedIds = FXCollections.observableSet();
    private final ObservableSet<String> pinnedIds = FXCollections.observableSet();

    @Override
    public ObjectProperty<ChartSpec> specProperty() {
        return spec;
    }

    @Override
    public ObjectProperty<Viewport> viewportProperty() {
        return viewport;
    }

    @Override
    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    @Override
    public ReadOnlyObjectProperty<PointRef> hoveredPointProperty() {
        return hovered.getReadOnlyProperty();
    }

    /** For subclasses that track the pointer. */
    protected void setHoveredPoint(PointRef point) {
        hovered.set(point);
    }

    @Override
    public ObservableSet<String> getSelectedIds() {
        return selectedIds;
    }

    @Override
    public ObservableSet<String> getPinnedIds() {
        return pinnedIds;
    }

    @Override
    public void resetView() {
        viewport.set(null);
    }

    @Override
    public Node node() {
        return this;
    }
}

package dev.scalinglens.app.charts;

import dev.scalinglens.plot.PointRef;
import dev.scalinglens.plot.Theme;
import dev.scalinglens.plot.Viewport;
import dev.scalinglens.plot.spec.ChartSpec;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.collections.ObservableSet;
import javafx.scene.Node;

/**
 * What the app needs of the chart drawing: the members of {@code plot.render.fx.ChartCanvas}, which
 * {@link CanvasChartSurface} adapts; tests plug in fakes.
 */
public interface ChartSurface {

    ObjectProperty<ChartSpec> specProperty();

    /** Visible data range; null means "fit the data". */
    ObjectProperty<Viewport> viewportProperty();

    ObjectProperty<Theme> themeProperty();

    ReadOnlyObjectProperty<PointRef> hoveredPointProperty();

    /** Model ids highlighted as selected. */
    ObservableSet<String> getSelectedIds();

    /** Model ids drawn at full strength with the rest faded (search matches), or null for none. */
    default ObjectProperty<java.util.Set<String>> highlightIdsProperty() {
        return new javafx.beans.property.SimpleObjectProperty<>();
    }

    /** Model ids whose labels are always drawn. */
    ObservableSet<String> getPinnedIds();

    void resetView();

    /** Multiplies the chart's text sizes (View › font size); surfaces without text scaling ignore it. */
    default javafx.beans.property.DoubleProperty fontScaleProperty() {
        return new javafx.beans.property.SimpleDoubleProperty(1);
    }

    /** Legend clicks: {@code (seriesName, isolate)}; isolate is Shift+click. */
    default void setOnLegendAction(java.util.function.BiConsumer<String, Boolean> action) {
    }

    /** The node to put in the scene. */
    Node node();
}

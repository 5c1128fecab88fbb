package dev.scalinglens.plot.layout;

import dev.scalinglens.plot.spec.ChartSpec;
import dev.scalinglens.plot.spec.Layer;
import dev.scalinglens.plot.spec.PointLayer;

/**
 * Which points are in focus (selected or highlighted by a search) and whether the others are faded: they are
 * while a highlight is set, or while a selected point is on this chart (issue 14).
 */
final class Focus {

    /** Opacity of points outside the selection or highlight while one is shown. */
    static final double FADED_OPACITY = 0.25;
    /** Labels of faded points stay legible but step back. */
    static final double FADED_LABEL_OPACITY = 0.4;

    private final LayoutOptions options;
    private final boolean fading;

    Focus(ChartSpec spec, LayoutOptions options) {
        this.options = options;
        this.fading = options.highlightIds() != null || anySelectedOn(spec, options);
    }

    private static boolean anySelectedOn(ChartSpec spec, LayoutOptions options) {
        if (options.selectedIds().isEmpty()) {
            return false;
        }
        for (Layer layer : spec.layers()) {
            if (layer instanceof PointLayer p && p.pointIds() != null) {
                for (String id : p.pointIds()) {
                    if (id != null && options.selectedIds().contains(id)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Whether points out of focus are drawn faded. */
    boolean fading() {
        return fading;
    }

    /** Whether the point with this id is selected or highlighted. */
    boolean focused(String id) {
        return id != null && (options.selectedIds().contains(id)
                || (options.highlightIds() != null && options.highlightIds().contains(id)));
    }

    /** Opacity multiplier for an unfocused layer's marks. */
    double strength() {
        return fading ? FADED_OPACITY : 1;
    }
}

package dev.scalinglens.plot.scene;

import dev.scalinglens.plot.PlotColor;
import dev.scalinglens.plot.Theme;
import dev.scalinglens.plot.Viewport;
import dev.scalinglens.plot.spec.ChartSpec;
import java.util.List;

/**
 * A laid-out chart: everything every renderer draws, in drawing order, in pixels. Immutable (point arrays
 * are shared, never written). The FX canvas, PNG, SVG and PDF all draw this one object.
 *
 * @param groups      drawing order: background, grid, data layers, axes, labels, legend, titles
 * @param pointLayers the point layers again, for hit testing and tooltips
 * @param legendBox   where the legend sits, or null when no layer has a name
 * @param legendEntries the legend's lines with their bounds, for clicks on the screen (hide, isolate, "+N more")
 */
public record PlotScene(ChartSpec spec, double widthPx, double heightPx, Theme theme, PlotColor background,
                        Rect plotArea, AxisScale xScale, AxisScale yScale, Viewport viewport,
                        List<Tick> xTicks, List<Tick> yTicks, List<SceneGroup> groups,
                        List<PointsMark> pointLayers, List<PlacedLabel> labels, Rect legendBox,
                        List<LegendEntry> legendEntries) {

    /** One legend line: a series by its legend name, the "+N more" line, or a note (hollow = estimated). */
    public record LegendEntry(Rect bounds, String name, Kind kind, boolean hidden) {
        public enum Kind { SERIES, MORE, NOTE }
    }

    public PlotScene(ChartSpec spec, double widthPx, double heightPx, Theme theme, PlotColor background,
                     Rect plotArea, AxisScale xScale, AxisScale yScale, Viewport viewport,
                     List<Tick> xTicks, List<Tick> yTicks, List<SceneGroup> groups,
                     List<PointsMark> pointLayers, List<PlacedLabel> labels, Rect legendBox) {
        this(spec, widthPx, heightPx, theme, background, plotArea, xScale, yScale, viewport, xTicks, yTicks, groups,
                pointLayers, labels, legendBox, List.of());
    }

    public PlotScene {
        legendEntries = legendEntries == null ? List.of() : List.copyOf(legendEntries);
        xTicks = List.copyOf(xTicks);
        yTicks = List.copyOf(yTicks);
        groups = List.copyOf(groups);
        pointLayers = List.copyOf(pointLayers);
        labels = List.copyOf(labels);
    }
}

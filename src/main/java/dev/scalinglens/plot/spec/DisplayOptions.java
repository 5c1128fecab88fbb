package dev.scalinglens.plot.spec;

import java.util.ArrayList;
import java.util.List;

/**
 * What a user can change about how a chart is shown without changing the chart: log or linear per axis
 * and the point labels on or off. Applied on top of what the chart builds, the same way on screen and in
 * every export, so a figure shows what the window showed.
 *
 * @param xScale the x axis' scale, or null for the chart's own (time axes keep theirs)
 * @param yScale the y axis' scale, or null for the chart's own
 * @param labels false hides point labels (pinned labels are drawn from the pinned ids all the same)
 */
public record DisplayOptions(ScaleType xScale, ScaleType yScale, boolean labels) {

    /** The chart as built. */
    public static final DisplayOptions NONE = new DisplayOptions(null, null, true);

    public ChartSpec applyTo(ChartSpec spec) {
        ChartSpec out = spec.withAxes(scaled(spec.xAxis(), xScale), scaled(spec.yAxis(), yScale));
        return labels ? out : withoutLabels(out);
    }

    private static AxisSpec scaled(AxisSpec axis, ScaleType scale) {
        return scale == null || axis == null || axis.scale() == ScaleType.TIME || scale == ScaleType.TIME
                ? axis : axis.withScale(scale);
    }

    private static ChartSpec withoutLabels(ChartSpec s) {
        List<Layer> layers = new ArrayList<>();
        for (Layer layer : s.layers()) {
            if (layer instanceof PointLayer p && p.labels() != null) {
                layers.add(new PointLayer(p.id(), p.name(), p.colorKey(), p.shape(), p.sizePx(), p.x(), p.y(),
                        p.pointIds(), null, null, p.hollow(), p.yErrorLow(), p.yErrorHigh(), p.tooltip()));
            } else {
                layers.add(layer);
            }
        }
        return new ChartSpec(s.chartId(), s.title(), s.subtitle(), s.xAxis(), s.yAxis(), layers,
                s.annotations(), s.footnote(), s.keyFacts());
    }
}

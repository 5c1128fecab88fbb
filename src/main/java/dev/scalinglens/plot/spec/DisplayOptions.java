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
 * @param colorBy      which field colours the models (a charts-level name, e.g. "organisation"), or null for
 *                     the chart's own (family group); applied by the charts before this record's other options
 * @param hiddenSeries legend names of the series the user hid: their points are not drawn, their legend entry
 *                     stays (greyed) so a click shows them again
 */
public record DisplayOptions(ScaleType xScale, ScaleType yScale, boolean labels, String colorBy,
                             List<String> hiddenSeries) {

    /** The chart as built. */
    public static final DisplayOptions NONE = new DisplayOptions(null, null, true);

    public DisplayOptions {
        hiddenSeries = hiddenSeries == null ? List.of() : hiddenSeries.stream().distinct().toList();
    }

    public DisplayOptions(ScaleType xScale, ScaleType yScale, boolean labels) {
        this(xScale, yScale, labels, null, List.of());
    }

    public DisplayOptions withSeriesShown(String colorByField, List<String> hidden) {
        return new DisplayOptions(xScale, yScale, labels, colorByField, hidden);
    }

    public ChartSpec applyTo(ChartSpec spec) {
        ChartSpec out = spec.withAxes(scaled(spec.xAxis(), xScale), scaled(spec.yAxis(), yScale));
        out = hiddenSeries.isEmpty() ? out : withoutHidden(out, hiddenSeries);
        return labels ? out : withoutLabels(out);
    }

    /**
     * Hidden series keep a legend entry with no data ({@link #isHidden(Layer)}); the unnamed layers drawn in
     * a hidden series' colour (its frontier line, its points under a named line) go with it.
     */
    private static ChartSpec withoutHidden(ChartSpec s, List<String> hidden) {
        java.util.Set<String> hiddenColors = new java.util.HashSet<>();
        for (Layer layer : s.layers()) {
            if (layer.name() != null && hidden.contains(layer.name()) && layer.colorKey() != null) {
                hiddenColors.add(layer.colorKey());
            }
        }
        List<Layer> layers = new ArrayList<>();
        for (Layer layer : s.layers()) {
            boolean unnamed = layer.name() == null || layer.name().isBlank();
            if (unnamed && (layer instanceof PointLayer || layer instanceof LineLayer)
                    && hiddenColors.contains(layer.colorKey())) {
                continue;
            }
            if (layer instanceof LineLayer l && !unnamed && hidden.contains(l.name())) {
                layers.add(new LineLayer(l.id(), l.name(), l.colorKey(), l.style(), l.widthPx(), new double[0],
                        new double[0], null));
            } else if (layer instanceof PointLayer p && !unnamed && hidden.contains(p.name())) {
                layers.add(PointLayer.builder(p.id(), new double[0], new double[0]).name(p.name())
                        .colorKey(p.colorKey()).shape(p.shape()).sizePx(p.sizePx())
                        .pointIds(p.pointIds() == null ? null : new String[0])
                        .labels(p.labels() == null ? null : new String[0])
                        .labelPriority(p.labelPriority() == null ? null : new int[0])
                        .hollow(p.hollow() == null ? null : new boolean[0]).build());
            } else {
                layers.add(layer);
            }
        }
        return new ChartSpec(s.chartId(), s.title(), s.subtitle(), s.xAxis(), s.yAxis(), layers,
                s.annotations(), s.footnote(), s.keyFacts());
    }

    /** Whether a layer is a series the user hid: named, and with no data left. */
    public static boolean isHidden(Layer layer) {
        return layer.name() != null && (layer instanceof PointLayer p && p.size() == 0
                || layer instanceof LineLayer l && l.x().length == 0);
    }

    private static AxisSpec scaled(AxisSpec axis, ScaleType scale) {
        return scale == null || axis == null || axis.scale() == ScaleType.TIME || scale == ScaleType.TIME
                ? axis : axis.withScale(scale);
    }

    private static ChartSpec withoutLabels(ChartSpec s) {
        List<Layer> layers = new ArrayList<>();
        for (Layer layer : s.layers()) {
            if (layer instanceof PointLayer p && p.labels() != null) {
                layers.add(p.toBuilder().labels(null).labelPriority(null).build());
            } else {
                layers.add(layer);
            }
        }
        return new ChartSpec(s.chartId(), s.title(), s.subtitle(), s.xAxis(), s.yAxis(), layers,
                s.annotations(), s.footnote(), s.keyFacts());
    }
}

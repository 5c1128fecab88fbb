package dev.scalinglens.plot.layout;

import dev.scalinglens.plot.Palette;
import dev.scalinglens.plot.PlotColor;
import dev.scalinglens.plot.Theme;
import dev.scalinglens.plot.spec.ChartSpec;
import dev.scalinglens.plot.spec.Layer;
import java.util.Objects;

/**
 * What every layout stage reads: the checked spec and options, the font scale, text sizes, theme colours and
 * which points are in focus.
 */
final class LayoutContext {

    final ChartSpec spec;
    final LayoutOptions options;
    final Theme theme;
    final double fs;
    final TextSizes sizes;
    final PlotColor textColor;
    final PlotColor subtextColor;
    final PlotColor axisColor;
    final PlotColor gridColor;
    final PlotColor background;
    final Focus focus;

    LayoutContext(ChartSpec spec, LayoutOptions options) {
        this.spec = Objects.requireNonNull(spec, "chart spec is null");
        this.options = Objects.requireNonNull(options, "layout options are null");
        String name = "chart '" + spec.chartId() + "'";
        Objects.requireNonNull(spec.xAxis(), name + " has no x axis");
        Objects.requireNonNull(spec.yAxis(), name + " has no y axis");
        Objects.requireNonNull(spec.xAxis().scale(), name + ": the x axis has no scale type");
        Objects.requireNonNull(spec.yAxis().scale(), name + ": the y axis has no scale type");
        for (Layer layer : spec.layers()) {
            Objects.requireNonNull(layer, name + " has a null layer");
        }
        this.theme = options.theme();
        this.fs = options.fontScale();
        this.sizes = TextSizes.of(options);
        this.textColor = Palette.colorFor("text", theme);
        this.subtextColor = Palette.colorFor("subtext", theme);
        this.axisColor = Palette.colorFor("axis", theme);
        this.gridColor = Palette.colorFor("grid", theme);
        this.background = Palette.background(theme);
        this.focus = new Focus(spec, options);
    }
}

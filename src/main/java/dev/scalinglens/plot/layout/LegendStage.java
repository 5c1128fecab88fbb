package dev.scalinglens.plot.layout;

import static dev.scalinglens.plot.layout.LayoutText.lineHeight;
import static dev.scalinglens.plot.layout.LayoutText.notBlank;

import dev.scalinglens.plot.Viewport;
import dev.scalinglens.plot.scene.PointsMark;
import dev.scalinglens.plot.scene.PolylineMark;
import dev.scalinglens.plot.scene.Rect;
import dev.scalinglens.plot.spec.FunctionLayer;
import dev.scalinglens.plot.spec.Layer;
import dev.scalinglens.plot.spec.LineLayer;
import dev.scalinglens.plot.spec.PointLayer;
import dev.scalinglens.plot.spec.RuleLayer;
import java.util.ArrayList;
import java.util.List;

/**
 * The legend stage: which layers the legend lists, its size, and where it goes: inside the plot's emptiest
 * corner, beside the plot, or in rows under it. Choosing "beside" or "under" changes the plot area, so the
 * layout is then redone in that {@link Mode}.
 */
final class LegendStage {

    /** Where the legend sits relative to the plot. */
    enum Mode { INSIDE, OUTSIDE, BELOW }

    /**
     * The legend goes outside (right of the plot) when its best inside corner holds more than this fraction
     * of the points it would hold if they were spread evenly: a corner a quarter as dense as the average is
     * still too busy to cover. With few points this means "covers any point".
     */
    static final double LEGEND_MAX_RELATIVE_DENSITY = 0.25;
    static final double LEGEND_GAP_PX = 12;
    /** Share of the plot area above which a legend counts as large (about a dozen entries and more). */
    static final double LEGEND_LARGE_AREA_SHARE = 0.06;
    /** At most this share of the chart's area goes to the legend; further entries become "+N more". */
    static final double LEGEND_MAX_AREA_SHARE = 0.16;

    /** A placed legend's box, or the mode to lay the chart out again in (then the box is null). */
    record Placement(Rect box, Mode retry) {
    }

    private final LayoutContext ctx;
    private final Mode mode;
    private final List<Layer> layers;
    private final double fontPx;
    /** {width, height, entries shown}, or null for no legend. */
    private double[] size;

    LegendStage(LayoutContext ctx, Mode mode, Viewport vp) {
        this.ctx = ctx;
        this.mode = mode;
        this.layers = legendLayers(vp);
        this.fontPx = ctx.sizes.label();
    }

    /** Measures the legend for a chart {@code w × h} whose plot lies between {@code top} and {@code bottom}. */
    double[] measure(double w, double h, double top, double bottom, double pad) {
        LayoutOptions options = ctx.options;
        int maxEntries = options.slide() == null ? Integer.MAX_VALUE : options.slide().maxLegendEntries();
        double maxHeight = Math.max(10, h - top - bottom) - 16;
        double maxArea = options.legendExpanded() ? Double.MAX_VALUE : LEGEND_MAX_AREA_SHARE * w * maxHeight;
        size = mode == Mode.BELOW
                ? belowSize(layers, fontPx, w - 2 * pad, maxArea, maxEntries)
                : LegendLayout.measure(layers, fontPx, maxHeight, maxArea, maxEntries);
        return size;
    }

    /** The box for the legend beside, under or inside the plot, or the mode to retry in. */
    Placement place(Rect plot, double w, double pad, List<PointsMark> pointMarks, List<PolylineMark> lines) {
        if (mode == Mode.OUTSIDE) {
            return new Placement(new Rect(plot.maxX() + LEGEND_GAP_PX, plot.y(), size[0], size[1]), null);
        }
        if (mode == Mode.BELOW) {
            double fs = ctx.fs;
            double legendTop = plot.maxY() + AxesStage.TICK_MAJOR_PX + 3 + lineHeight(ctx.sizes.tick(), false)
                    + (notBlank(ctx.spec.xAxis().title()) ? 6 * fs + lineHeight(ctx.sizes.axisTitle(), false) : 0)
                    + 6 * fs;
            return new Placement(new Rect(Math.max(pad, Math.min(plot.x(), w - pad - size[0])), legendTop,
                    size[0], size[1]), null);
        }
        LegendLayout.Placement inside = LegendLayout.bestInside(plot, size, pointMarks, lines);
        long total = pointMarks.stream().mapToLong(PointsMark::size).sum();
        boolean roomOutside = w - plot.x() - size[0] - LEGEND_GAP_PX > 0.6 * plot.width();
        double areaShare = size[0] * size[1] / (plot.width() * plot.height());
        boolean tooBusy = inside.coveredPoints() > LEGEND_MAX_RELATIVE_DENSITY * areaShare * total;
        // A large legend (many families) hides whatever it covers: move it out for even one point.
        boolean largeAndCovering = areaShare > LEGEND_LARGE_AREA_SHARE && inside.coveredPoints() > 0;
        // The legend never covers data where there is room beside the plot: one covered point moves it.
        boolean covering = inside.coveredPoints() > 0;
        // Covering data, a legend may take more of the width beside the plot than a busy one would.
        boolean roomForCovering = w - plot.x() - size[0] - LEGEND_GAP_PX > 0.45 * plot.width();
        if ((tooBusy || largeAndCovering) && roomOutside || covering && roomForCovering) {
            return new Placement(null, Mode.OUTSIDE);
        }
        if (covering) {
            // No room beside a narrow plot: rows under it, so the legend still covers no data.
            return new Placement(null, Mode.BELOW);
        }
        return new Placement(inside.box(), null);
    }

    LegendLayout build(Rect box) {
        return LegendLayout.build(layers, (int) size[2], box, ctx.theme, fontPx);
    }

    /**
     * The layers the legend lists: point series (on a slide only those with a point in the visible range), bands,
     * and lines, curves and rules without a label of its own at the line, so the legend names what is drawn
     * and is not labelled already; then a note on hollow markers when both kinds are drawn.
     */
    private List<Layer> legendLayers(Viewport vp) {
        List<Layer> shown = new ArrayList<>();
        for (Layer layer : ctx.spec.layers()) {
            // Lines, curves and rules labelled at the line need no legend line: the legend lists the series.
            if (layer instanceof PointLayer p ? ctx.options.slide() == null || anyInside(p, vp) : !labelledInPlace(layer)) {
                shown.add(layer);
            }
        }
        if (hollowAndFilled(shown)) {
            shown.add(PointLayer.builder(LegendLayout.ESTIMATED_NOTE_ID, new double[] {0}, new double[] {0})
                    .name("Hollow: estimated value").colorKey("subtext").hollow(new boolean[] {true}).build());
        }
        return shown;
    }

    /**
     * The below-the-plot legend's {width, height, shown}: the fewest rows whose columns fit the width, then the
     * usual "+N more" when the area would be too large.
     */
    private static double[] belowSize(List<Layer> layers, double fontPx, double maxWidthPx, double maxAreaPx,
                                      int maxEntries) {
        double[] size = null;
        for (int rows = 1; rows <= Math.max(1, layers.size() + 1); rows++) {
            double height = LegendLayout.heightForRows(rows, fontPx);
            size = LegendLayout.measure(layers, fontPx, height + 0.5, maxAreaPx, maxEntries);
            if (size == null || size[0] <= maxWidthPx) {
                return size;
            }
        }
        return size;
    }

    /** Whether the named point layers draw both hollow (estimated) and filled markers: then the legend says so. */
    private static boolean hollowAndFilled(List<Layer> layers) {
        boolean hollow = false;
        boolean filled = false;
        for (Layer layer : layers) {
            if (layer instanceof PointLayer p && p.name() != null && !p.name().isBlank()) {
                for (int i = 0; i < p.size(); i++) {
                    if (p.hollow() != null && p.hollow()[i]) {
                        hollow = true;
                    } else {
                        filled = true;
                    }
                }
            }
        }
        return hollow && filled;
    }

    /** Lines, curves and rules with their own label at the line need no legend line on a slide. */
    private static boolean labelledInPlace(Layer layer) {
        String label = layer instanceof LineLayer l ? l.label() : layer instanceof FunctionLayer f ? f.label()
                : layer instanceof RuleLayer r ? r.label() : null;
        return notBlank(label);
    }

    private static boolean anyInside(PointLayer p, Viewport vp) {
        for (int i = 0; i < p.size(); i++) {
            double x = p.x()[i];
            double y = p.y()[i];
            if (x >= vp.xMin() && x <= vp.xMax() && y >= vp.yMin() && y <= vp.yMax()) {
                return true;
            }
        }
        return false;
    }
}

package dev.scalinglens.plot.layout;

import dev.scalinglens.plot.Palette;
import dev.scalinglens.plot.PlotColor;
import dev.scalinglens.plot.PointRef;
import dev.scalinglens.plot.Theme;
import dev.scalinglens.plot.Viewport;
import dev.scalinglens.plot.scene.AreaMark;
import dev.scalinglens.plot.scene.Mark;
import dev.scalinglens.plot.scene.PlacedLabel;
import dev.scalinglens.plot.scene.PlotScene;
import dev.scalinglens.plot.scene.PointsMark;
import dev.scalinglens.plot.scene.PolylineMark;
import dev.scalinglens.plot.scene.Rect;
import dev.scalinglens.plot.scene.RectMark;
import dev.scalinglens.plot.scene.SceneGroup;
import dev.scalinglens.plot.scene.ScreenTransform;
import dev.scalinglens.plot.scene.SegmentsMark;
import dev.scalinglens.plot.scene.TextAnchor;
import dev.scalinglens.plot.scene.TextMark;
import dev.scalinglens.plot.spec.Annotation;
import dev.scalinglens.plot.spec.AxisSpec;
import dev.scalinglens.plot.spec.BandLayer;
import dev.scalinglens.plot.spec.ChartSpec;
import dev.scalinglens.plot.spec.FunctionLayer;
import dev.scalinglens.plot.spec.Layer;
import dev.scalinglens.plot.spec.LineLayer;
import dev.scalinglens.plot.spec.LineStyle;
import dev.scalinglens.plot.spec.MarkerShape;
import dev.scalinglens.plot.spec.PointLayer;
import dev.scalinglens.plot.spec.RuleLayer;
import dev.scalinglens.plot.spec.ScaleType;
import dev.scalinglens.plot.text.TextMeasurer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Spec → scene: fits or takes the viewport, sizes the margins from the measured text, builds the scales and
 * ticks, then turns every layer, the axes, the point labels, the legend and the titles into marks. The one
 * place where anything is measured or placed; renderers only draw the result.
 */
public final class PlotLayout {

    /** Fill opacity of point markers: low enough that overlapping points show as darker areas. */
    static final double POINT_FILL_OPACITY = 0.6;
    private static final double TICK_MAJOR_PX = 5;
    private static final double TICK_MINOR_PX = 3;
    /** The selection ring's diameter exceeds the marker's by this much. */
    private static final double SELECTION_RING_PX = 6;
    private boolean fading;
    /** Opacity of points outside the selection or highlight while one is shown (issue 14). */
    static final double FADED_OPACITY = 0.25;
    /** Labels of faded points stay legible but step back. */
    private static final double FADED_LABEL_OPACITY = 0.4;

    private final ChartSpec spec;
    private final LayoutOptions options;
    private final Theme theme;
    private final double fs;
    private final PlotColor textColor;
    private final PlotColor subtextColor;
    private final PlotColor axisColor;
    private final PlotColor gridColor;
    private final PlotColor background;
    /** Text already placed inside the plot (annotations, curve and rule labels): point labels avoid it. */
    private final List<Rect> textObstacles = new ArrayList<>();
    /** The plot area once known: moved labels stay inside it. */
    private Rect currentPlot = new Rect(0, 0, Double.MAX_VALUE, Double.MAX_VALUE);

    /**
     * The legend goes outside (right of the plot) when its best inside corner holds more than this fraction
     * of the points it would hold if they were spread evenly: a corner a quarter as dense as the average is
     * still too busy to cover. With few points this means "covers any point".
     */
    static final double LEGEND_MAX_RELATIVE_DENSITY = 0.25;
    private static final double LEGEND_GAP_PX = 12;
    /** Share of the plot area above which a legend counts as large (about a dozen entries and more). */
    static final double LEGEND_LARGE_AREA_SHARE = 0.06;
    /** At most this share of the chart's area goes to the legend; further entries become "+N more". */
    static final double LEGEND_MAX_AREA_SHARE = 0.16;

    private final boolean legendOutside;
    /** The legend sits under the plot, in rows across its width: a narrow chart with no room beside it. */
    private final boolean legendBelow;
    private List<String> titleLines = List.of();
    private List<String> subtitleLines = List.of();

    private PlotLayout(ChartSpec spec, LayoutOptions options) {
        this(spec, options, false, false);
    }

    private PlotLayout(ChartSpec spec, LayoutOptions options, boolean legendOutside) {
        this(spec, options, legendOutside, false);
    }

    private PlotLayout(ChartSpec spec, LayoutOptions options, boolean legendOutside, boolean legendBelow) {
        this.legendOutside = legendOutside;
        this.legendBelow = legendBelow;
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
        this.textColor = Palette.colorFor("text", theme);
        this.subtextColor = Palette.colorFor("subtext", theme);
        this.axisColor = Palette.colorFor("axis", theme);
        this.gridColor = Palette.colorFor("grid", theme);
        this.background = Palette.background(theme);
    }

    /** The smallest text the layout draws at font scale 1: the source footnote, in logical pixels. */
    public static final double SMALLEST_TEXT_PX = 9.5;

    public static PlotScene layout(ChartSpec spec, LayoutOptions options) {
        return new PlotLayout(spec, options).build();
    }

    double titlePx() {
        return readable(17 * fs);
    }

    double subtitlePx() {
        return readable(12.5 * fs);
    }

    double axisTitlePx() {
        return readable(12 * fs);
    }

    double tickPx() {
        return readable(11 * fs);
    }

    double labelPx() {
        return readable(10.5 * fs);
    }

    double footnotePx() {
        return readable(SMALLEST_TEXT_PX * fs);
    }

    /** A text size, raised to the slide mode's minimum when there is one. */
    private double readable(double px) {
        return options.slide() == null ? px : Math.max(px, options.slide().minTextPx());
    }

    /**
     * The layers the legend lists: point series (on a slide only those with a point in the visible range), bands,
     * and lines, curves and rules without a label of its own at the line, so the legend names what is drawn
     * and is not labelled already; then a note on hollow markers when both kinds are drawn.
     */
    private List<Layer> legendLayers(Viewport vp) {
        List<Layer> shown = new ArrayList<>();
        for (Layer layer : spec.layers()) {
            // Lines, curves and rules labelled at the line need no legend line: the legend lists the series.
            if (layer instanceof PointLayer p ? options.slide() == null || anyInside(p, vp) : !labelledInPlace(layer)) {
                shown.add(layer);
            }
        }
        if (hollowAndFilled(shown)) {
            shown.add(new PointLayer(LegendLayout.ESTIMATED_NOTE_ID, "Hollow: estimated value", "subtext",
                    dev.scalinglens.plot.spec.MarkerShape.CIRCLE, 7, new double[] {0}, new double[] {0}, null, null,
                    null, new boolean[] {true}, null, null, null));
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

    /**
     * The automatic note under a chart with a log axis (readers misread log axes; Our World in Data adds the same
     * note), or null when both axes are linear or time.
     */
    static String logAxisNote(ChartSpec spec) {
        boolean x = spec.xAxis() != null && spec.xAxis().scale() == dev.scalinglens.plot.spec.ScaleType.LOG10;
        boolean y = spec.yAxis() != null && spec.yAxis().scale() == dev.scalinglens.plot.spec.ScaleType.LOG10;
        if (!x && !y) {
            return null;
        }
        String which = x && y ? "Both axes are" : x ? "The horizontal axis is" : "The vertical axis is";
        return which + " plotted on a logarithmic scale: equal distances are equal ratios (×10 per decade).";
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

    /** Slide mode: the pinned labels and the first {@code maxLabels} others, in placement (priority) order. */
    private List<PlacedLabel> topLabels(List<PlacedLabel> placed) {
        if (options.slide() == null) {
            return placed;
        }
        List<PlacedLabel> kept = new ArrayList<>();
        int others = 0;
        for (PlacedLabel l : placed) {
            boolean pinned = l.point().pointId() != null && options.pinnedIds().contains(l.point().pointId());
            if (pinned || others++ < options.slide().maxLabels()) {
                kept.add(l);
            }
        }
        return kept;
    }

    private PlotScene build() {
        double w = options.widthPx();
        double h = options.heightPx();
        Viewport vp = viewport();
        double pad = 12 * fs;

        double top = pad;
        // Titles wrap rather than run off a narrow chart (settings open on a small window).
        titleLines = notBlank(spec.title()) ? wrap(spec.title(), titlePx(), w - 2 * pad, true) : List.of();
        subtitleLines = notBlank(spec.subtitle()) ? wrap(spec.subtitle(), subtitlePx(), w - 2 * pad) : List.of();
        if (!titleLines.isEmpty()) {
            top += lineHeight(titlePx(), true) * titleLines.size() + 2 * fs;
        }
        top += lineHeight(subtitlePx(), false) * subtitleLines.size();
        top += 10 * fs;
        List<String> footLines = new ArrayList<>();
        String logNote = logAxisNote(spec);
        if (logNote != null) {
            footLines.addAll(wrap(logNote, footnotePx(), w - 2 * pad));
        }
        if (notBlank(spec.footnote())) {
            footLines.addAll(wrap(spec.footnote(), footnotePx(), w - 2 * pad));
        }
        double bottom = pad + TICK_MAJOR_PX + 3 + lineHeight(tickPx(), false)
                + (notBlank(spec.xAxis().title()) ? 6 * fs + lineHeight(axisTitlePx(), false) : 0)
                + footLines.size() * lineHeight(footnotePx(), false) + (footLines.isEmpty() ? 0 : 6 * fs);
        double legendFont = readable(10.5 * fs);
        List<Layer> legendLayers = legendLayers(vp);
        int legendMaxEntries = options.slide() == null ? Integer.MAX_VALUE : options.slide().maxLegendEntries();
        double legendMaxHeight = Math.max(10, h - top - bottom) - 16;
        double legendMaxArea = options.legendExpanded() ? Double.MAX_VALUE : LEGEND_MAX_AREA_SHARE * w * legendMaxHeight;
        double[] legendSize = legendBelow
                ? belowSize(legendLayers, legendFont, w - 2 * pad, legendMaxArea, legendMaxEntries)
                : LegendLayout.measure(legendLayers, legendFont, legendMaxHeight, legendMaxArea, legendMaxEntries);
        if (legendBelow && legendSize != null) {
            bottom += legendSize[1] + 6 * fs;
        }
        double right = pad + 14 * fs + (legendOutside ? legendSize[0] + LEGEND_GAP_PX : 0);
        double yTitleWidth = notBlank(spec.yAxis().title()) ? lineHeight(axisTitlePx(), false) + 6 * fs : 0;

        // Tick labels decide the left margin, and the plot height decides the y ticks: one provisional pass.
        double plotHeight = Math.max(10, h - top - bottom);
        AxisScale provisionalY = scale(spec.yAxis(), vp.yMin(), vp.yMax(), top + plotHeight, top);
        double yLabelWidth = 0;
        for (Tick t : TickGenerator.ticks(provisionalY, spec.yAxis().format())) {
            if (t.label() != null) {
                yLabelWidth = Math.max(yLabelWidth, TextMeasurer.width(t.label(), tickPx(), false));
            }
        }
        double left = Math.max(pad + yTitleWidth + yLabelWidth + TICK_MAJOR_PX + 4,
                Math.min(options.minLeftMarginPx(), w / 2));
        Rect plot = new Rect(left, top, Math.max(10, w - left - right), plotHeight);
        currentPlot = plot;
        AxisScale xs = scale(spec.xAxis(), vp.xMin(), vp.xMax(), plot.x(), plot.maxX());
        AxisScale ys = scale(spec.yAxis(), vp.yMin(), vp.yMax(), plot.maxY(), plot.y());
        List<Tick> xTicks = upTo(TickGenerator.ticks(xs, spec.xAxis().format()), spec.xAxis().lastTick());
        List<Tick> yTicks = upTo(TickGenerator.ticks(ys, spec.yAxis().format()), spec.yAxis().lastTick());
        ScreenTransform st = new ScreenTransform(xs.scale(), xs.offset(), ys.scale(), ys.offset());

        List<SceneGroup> groups = new ArrayList<>();
        groups.add(new SceneGroup("background", null, List.of(new RectMark(new Rect(0, 0, w, h), background, null, 0))));
        groups.add(new SceneGroup("grid", plot, gridMarks(plot, xs, ys, xTicks, yTicks)));

        List<PointsMark> pointMarks = new ArrayList<>();
        fading = fading();
        for (Layer layer : spec.layers()) {
            groups.add(new SceneGroup(layer.id(), plot, layerMarks(layer, plot, xs, ys, st, pointMarks)));
        }
        List<Mark> selection = selectionMarks(pointMarks);
        if (!selection.isEmpty()) {
            groups.add(new SceneGroup("selection", plot, selection));
        }
        if (!spec.annotations().isEmpty()) {
            groups.add(new SceneGroup("annotations", plot, annotationMarks(xs, ys)));
        }
        groups.add(new SceneGroup("axes", null, axisMarks(plot, xs, ys, xTicks, yTicks, pad)));

        LegendLayout legend = null;
        List<PlotScene.LegendEntry> legendEntries = List.of();
        if (legendSize != null) {
            Rect box;
            if (legendOutside) {
                box = new Rect(plot.maxX() + LEGEND_GAP_PX, plot.y(), legendSize[0], legendSize[1]);
            } else if (legendBelow) {
                double legendTop = plot.maxY() + TICK_MAJOR_PX + 3 + lineHeight(tickPx(), false)
                        + (notBlank(spec.xAxis().title()) ? 6 * fs + lineHeight(axisTitlePx(), false) : 0) + 6 * fs;
                box = new Rect(Math.max(pad, Math.min(plot.x(), w - pad - legendSize[0])), legendTop,
                        legendSize[0], legendSize[1]);
            } else {
                LegendLayout.Placement inside = LegendLayout.bestInside(plot, legendSize, pointMarks);
                long total = pointMarks.stream().mapToLong(PointsMark::size).sum();
                boolean roomOutside = w - plot.x() - legendSize[0] - LEGEND_GAP_PX > 0.6 * plot.width();
                double areaShare = legendSize[0] * legendSize[1] / (plot.width() * plot.height());
                boolean tooBusy = inside.coveredPoints() > LEGEND_MAX_RELATIVE_DENSITY * areaShare * total;
                // A large legend (many families) hides whatever it covers: move it out for even one point.
                boolean largeAndCovering = areaShare > LEGEND_LARGE_AREA_SHARE && inside.coveredPoints() > 0;
                // The legend never covers data where there is room beside the plot: one covered point moves it.
                boolean covering = inside.coveredPoints() > 0;
                // Covering data, a legend may take more of the width beside the plot than a busy one would.
                boolean roomForCovering = w - plot.x() - legendSize[0] - LEGEND_GAP_PX > 0.45 * plot.width();
                if ((tooBusy || largeAndCovering) && roomOutside || covering && roomForCovering) {
                    return new PlotLayout(spec, options, true).build();
                }
                if (covering) {
                    // No room beside a narrow plot: rows under it, so the legend still covers no data.
                    return new PlotLayout(spec, options, false, true).build();
                }
                box = inside.box();
            }
            legend = LegendLayout.build(legendLayers, (int) legendSize[2], box, theme, legendFont);
            legendEntries = legend.entries();
        }
        List<PlacedLabel> labels = topLabels(placeLabels(plot, legend == null ? null : legend.box(), pointMarks));
        groups.add(new SceneGroup("labels", null, labelMarks(labels, pointMarks)));
        if (legend != null) {
            groups.add(new SceneGroup("legend", null, legend.marks()));
        }
        groups.add(new SceneGroup("titles", null, titleMarks(pad, h, footLines)));
        return new PlotScene(spec, w, h, theme, background, plot, xs, ys, vp, xTicks, yTicks, groups, pointMarks,
                labels, legend == null ? null : legend.box(), legendEntries);
    }

    private Viewport viewport() {
        Viewport v = options.viewport();
        if (v == null || !valid(v.xMin(), v.xMax(), spec.xAxis().scale()) || !valid(v.yMin(), v.yMax(), spec.yAxis().scale())) {
            // An unusable viewport (e.g. a linear range with 0 after switching to log) falls back to fitting.
            Viewport fit = DataFit.fit(spec);
            if (v == null) {
                return fit;
            }
            boolean xOk = valid(v.xMin(), v.xMax(), spec.xAxis().scale());
            boolean yOk = valid(v.yMin(), v.yMax(), spec.yAxis().scale());
            return new Viewport(xOk ? v.xMin() : fit.xMin(), xOk ? v.xMax() : fit.xMax(),
                    yOk ? v.yMin() : fit.yMin(), yOk ? v.yMax() : fit.yMax());
        }
        return v;
    }

    private static boolean valid(double min, double max, ScaleType type) {
        return Double.isFinite(min) && Double.isFinite(max) && max > min && (type != ScaleType.LOG10 || min > 0);
    }

    private static AxisScale scale(AxisSpec axis, double min, double max, double pixelAtMin, double pixelAtMax) {
        var br = axis.scale() == ScaleType.LINEAR && axis.axisBreak() != null
                && axis.axisBreak().from() > min && axis.axisBreak().to() < max ? axis.axisBreak() : null;
        return new AxisScale(axis.scale(), min, max, pixelAtMin, pixelAtMax, br);
    }

    private List<Mark> gridMarks(Rect plot, AxisScale xs, AxisScale ys, List<Tick> xTicks, List<Tick> yTicks) {
        DoubleArrayBuilder seg = new DoubleArrayBuilder(64);
        for (Tick t : xTicks) {
            if (t.major()) {
                double px = snap(xs.toPixel(t.value()));
                seg.add(px, plot.y(), px, plot.maxY());
            }
        }
        for (Tick t : yTicks) {
            if (t.major()) {
                double py = snap(ys.toPixel(t.value()));
                seg.add(plot.x(), py, plot.maxX(), py);
            }
        }
        List<Mark> marks = new ArrayList<>();
        marks.add(new SegmentsMark(seg.toArray(), gridColor, 1, LineStyle.SOLID));
        if (ys.axisBreak() != null) {
            double py = ys.transformedToPixel(ys.axisBreak().from());
            marks.add(new SegmentsMark(new double[] {plot.x(), py, plot.maxX(), py}, axisColor.withOpacity(0.6), 1,
                    LineStyle.DASHED));
        }
        return marks;
    }

    private List<Mark> layerMarks(Layer layer, Rect plot, AxisScale xs, AxisScale ys, ScreenTransform st,
                                  List<PointsMark> pointMarks) {
        PlotColor color = Palette.colorFor(layer.colorKey(), theme);
        List<Mark> marks = new ArrayList<>();
        if (layer instanceof PointLayer p) {
            if (p.yErrorLow() != null || p.yErrorHigh() != null) {
                marks.add(errorBars(p, xs, ys, fading ? color.withOpacity(FADED_OPACITY) : color));
            }
            double strength = fading ? FADED_OPACITY : 1;
            PointsMark pm = new PointsMark(p.id(), p.shape(), p.sizePx() * fs,
                    color.withOpacity(POINT_FILL_OPACITY * strength),
                    color.mix(theme == Theme.DARK ? 0.15 : -0.2).withOpacity(strength), TransformCache.transformed(p.x(), xs),
                    TransformCache.transformed(p.y(), ys), st, p);
            marks.add(pm);
            pointMarks.add(pm);
        } else if (layer instanceof LineLayer l) {
            double[] px = new double[l.x().length];
            double[] py = new double[l.y().length];
            for (int i = 0; i < px.length; i++) {
                px[i] = pixel(xs, l.x()[i]);
                py[i] = pixel(ys, l.y()[i]);
            }
            marks.add(new PolylineMark(px, py, color, l.widthPx() * fs, l.style()));
            endLabel(marks, l.label(), px, py, plot, color);
        } else if (layer instanceof FunctionLayer f) {
            double[][] xy = FunctionSampler.sample(f, xs, ys, plot);
            marks.add(new PolylineMark(xy[0], xy[1], color, f.widthPx() * fs, f.style()));
            endLabel(marks, f.label(), xy[0], xy[1], plot, color);
        } else if (layer instanceof BandLayer b) {
            marks.add(band(b, xs, ys, color));
        } else if (layer instanceof RuleLayer r) {
            rule(marks, r, plot, xs, ys, color);
        }
        return marks;
    }

    private static double pixel(AxisScale s, double v) {
        double t = s.transform(v);
        return Double.isFinite(t) ? s.transformedToPixel(t) : Double.NaN;
    }

    private Mark errorBars(PointLayer p, AxisScale xs, AxisScale ys, PlotColor color) {
        DoubleArrayBuilder seg = new DoubleArrayBuilder(64);
        double cap = 2.5 * fs;
        for (int i = 0; i < p.size(); i++) {
            double lo = p.yErrorLow() == null ? p.y()[i] : p.yErrorLow()[i];
            double hi = p.yErrorHigh() == null ? p.y()[i] : p.yErrorHigh()[i];
            double px = pixel(xs, p.x()[i]);
            double p0 = pixel(ys, lo);
            double p1 = pixel(ys, hi);
            if (Double.isFinite(px) && Double.isFinite(p0) && Double.isFinite(p1) && p0 != p1) {
                seg.add(px, p0, px, p1);
                seg.add(px - cap, p0, px + cap, p0);
                seg.add(px - cap, p1, px + cap, p1);
            }
        }
        return new SegmentsMark(seg.toArray(), color.withOpacity(0.85), 1 * fs, LineStyle.SOLID);
    }

    private Mark band(BandLayer b, AxisScale xs, AxisScale ys, PlotColor color) {
        DoubleArrayBuilder px = new DoubleArrayBuilder(b.x().length * 2);
        DoubleArrayBuilder py = new DoubleArrayBuilder(b.x().length * 2);
        for (int i = 0; i < b.x().length; i++) {
            addFinite(px, py, pixel(xs, b.x()[i]), pixel(ys, b.yHigh()[i]));
        }
        for (int i = b.x().length - 1; i >= 0; i--) {
            addFinite(px, py, pixel(xs, b.x()[i]), pixel(ys, b.yLow()[i]));
        }
        double opacity = b.opacity() > 0 && b.opacity() <= 1 ? b.opacity() : 0.25;
        return new AreaMark(px.toArray(), py.toArray(), color.withOpacity(opacity));
    }

    private static void addFinite(DoubleArrayBuilder xs, DoubleArrayBuilder ys, double x, double y) {
        if (Double.isFinite(x) && Double.isFinite(y)) {
            xs.add(x);
            ys.add(y);
        }
    }

    private void rule(List<Mark> marks, RuleLayer r, Rect plot, AxisScale xs, AxisScale ys, PlotColor color) {
        boolean horizontal = r.orientation() == RuleLayer.Orientation.HORIZONTAL;
        double at = horizontal ? pixel(ys, r.value()) : pixel(xs, r.value());
        if (!Double.isFinite(at)) {
            return;
        }
        double[] seg = horizontal ? new double[] {plot.x(), at, plot.maxX(), at} : new double[] {at, plot.y(), at, plot.maxY()};
        marks.add(new SegmentsMark(seg, color, r.widthPx() * fs, r.style()));
        if (notBlank(r.label())) {
            double size = labelPx();
            marks.add(obstacle(horizontal
                    ? text(r.label(), plot.maxX() - 4, at - 4, size, false, color, TextAnchor.END, 0)
                    : text(r.label(), at + 4, plot.y() + TextMeasurer.ascent(size, false) + 2, size, false, color,
                    TextAnchor.START, 0)));
        }
    }

    /** A curve's label at its last visible point, kept inside the plot. */
    private void endLabel(List<Mark> marks, String label, double[] px, double[] py, Rect plot, PlotColor color) {
        if (!notBlank(label)) {
            return;
        }
        for (int i = px.length - 1; i >= 0; i--) {
            if (Double.isFinite(py[i]) && plot.contains(px[i], py[i])) {
                double size = labelPx();
                double width = TextMeasurer.width(label, size, false);
                boolean roomRight = px[i] + 4 + width < plot.maxX() - 2;
                double y = Math.max(plot.y() + TextMeasurer.ascent(size, false) + 2, py[i] - 5);
                marks.add(obstacle(text(label, roomRight ? px[i] + 4 : Math.min(px[i], plot.maxX() - 2), y, size, false,
                        color, roomRight ? TextAnchor.START : TextAnchor.END, 0)));
                return;
            }
        }
    }

    /** Whether unfocused points are faded: a highlight is set, or a selected point is on this chart. */
    private boolean fading() {
        if (options.highlightIds() != null) {
            return true;
        }
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

    private boolean focused(String id) {
        return id != null && (options.selectedIds().contains(id)
                || (options.highlightIds() != null && options.highlightIds().contains(id)));
    }

    /** The focused points (selected or highlighted) again at full strength, over their faded layer. */
    private List<Mark> focusMarks(List<PointsMark> pointMarks) {
        List<Mark> marks = new ArrayList<>();
        if (!fading) {
            return marks;
        }
        for (PointsMark pm : pointMarks) {
            PointLayer p = pm.source();
            if (p.pointIds() == null) {
                continue;
            }
            List<Integer> at = new ArrayList<>();
            for (int i = 0; i < p.pointIds().length; i++) {
                if (focused(p.pointIds()[i])) {
                    at.add(i);
                }
            }
            if (at.isEmpty()) {
                continue;
            }
            int n = at.size();
            double[] tx = new double[n];
            double[] ty = new double[n];
            double[] x = new double[n];
            double[] y = new double[n];
            String[] ids = new String[n];
            boolean[] hollow = p.hollow() == null ? null : new boolean[n];
            for (int k = 0; k < n; k++) {
                int i = at.get(k);
                tx[k] = pm.tx()[i];
                ty[k] = pm.ty()[i];
                x[k] = p.x()[i];
                y[k] = p.y()[i];
                ids[k] = p.pointIds()[i];
                if (hollow != null) {
                    hollow[k] = p.hollow()[i];
                }
            }
            PointLayer focus = new PointLayer(p.id() + "-focus", p.name(), p.colorKey(), p.shape(), p.sizePx(), x, y,
                    ids, null, null, hollow, null, null, null);
            marks.add(new PointsMark(focus.id(), pm.shape(), pm.sizePx(), pm.fill().withOpacity(POINT_FILL_OPACITY),
                    pm.stroke().withOpacity(1), tx, ty, pm.transform(), focus));
        }
        return marks;
    }

    private List<Mark> selectionMarks(List<PointsMark> pointMarks) {
        List<Mark> marks = focusMarks(pointMarks);
        if (options.selectedIds().isEmpty()) {
            return marks;
        }
        for (PointsMark pm : pointMarks) {
            String[] ids = pm.source().pointIds();
            if (ids == null) {
                continue;
            }
            DoubleArrayBuilder tx = new DoubleArrayBuilder(4);
            DoubleArrayBuilder ty = new DoubleArrayBuilder(4);
            List<String> selectedIds = new ArrayList<>();
            for (int i = 0; i < ids.length; i++) {
                if (ids[i] != null && options.selectedIds().contains(ids[i])) {
                    tx.add(pm.tx()[i]);
                    ty.add(pm.ty()[i]);
                    selectedIds.add(ids[i]);
                }
            }
            if (tx.size() > 0) {
                double[] x = tx.toArray();
                double[] y = ty.toArray();
                boolean[] hollow = new boolean[x.length];
                java.util.Arrays.fill(hollow, true);
                PointLayer ring = new PointLayer(pm.layerId() + "-selected", null, "frontier", MarkerShape.CIRCLE,
                        pm.sizePx() + SELECTION_RING_PX * fs, x, y, selectedIds.toArray(String[]::new), null, null, hollow, null, null, null);
                marks.add(new PointsMark(ring.id(), MarkerShape.CIRCLE, ring.sizePx(), null, textColor, x, y,
                        pm.transform(), ring));
            }
        }
        return marks;
    }

    private List<Mark> annotationMarks(AxisScale xs, AxisScale ys) {
        List<Mark> marks = new ArrayList<>();
        double size = labelPx();
        for (Annotation a : spec.annotations()) {
            double px = pixel(xs, a.x());
            double py = pixel(ys, a.y());
            if (!Double.isFinite(px) || !Double.isFinite(py) || a.text() == null) {
                continue;
            }
            PlotColor color = Palette.colorFor(a.colorKey() == null ? "text" : a.colorKey(), theme);
            if (!a.isCallout()) {
                marks.add(obstacle(text(a.text(), px, py, size, false, color, TextAnchor.MIDDLE, 0)));
                continue;
            }
            double tx = px + a.dxPx() * fs;
            double ty = py + a.dyPx() * fs;
            double ascent = TextMeasurer.ascent(size, false);
            marks.add(obstacle(text(a.text(), tx, ty, size, false, color, TextAnchor.MIDDLE, 0)));
            // The arrow starts at the text's edge nearest the point and stops just short of the point.
            double startY = a.dyPx() < 0 ? ty + 3 : ty - ascent - 3;
            arrow(marks, tx, startY, px, py, color);
        }
        return marks;
    }

    private void arrow(List<Mark> marks, double x0, double y0, double x1, double y1, PlotColor color) {
        double dx = x1 - x0;
        double dy = y1 - y0;
        double len = Math.hypot(dx, dy);
        if (len < 8) {
            return;
        }
        double ux = dx / len;
        double uy = dy / len;
        double tipX = x1 - ux * 4 * fs;
        double tipY = y1 - uy * 4 * fs;
        double head = 6 * fs;
        double baseX = tipX - ux * head;
        double baseY = tipY - uy * head;
        marks.add(new SegmentsMark(new double[] {x0, y0, baseX, baseY}, color, 1 * fs, LineStyle.SOLID));
        marks.add(new AreaMark(new double[] {tipX, baseX - uy * head * 0.45, baseX + uy * head * 0.45},
                new double[] {tipY, baseY + ux * head * 0.45, baseY - ux * head * 0.45}, color));
    }

    private List<Mark> axisMarks(Rect plot, AxisScale xs, AxisScale ys, List<Tick> xTicks, List<Tick> yTicks,
                                 double pad) {
        List<Mark> marks = new ArrayList<>();
        double bottom = snap(plot.maxY());
        double left = snap(plot.x());
        DoubleArrayBuilder seg = new DoubleArrayBuilder(256);
        seg.add(plot.x(), bottom, plot.maxX(), bottom);
        seg.add(left, plot.y(), left, plot.maxY());
        double tickSize = tickPx();
        double ascent = TextMeasurer.ascent(tickSize, false);
        double lastLabelEnd = Double.NEGATIVE_INFINITY;
        for (Tick t : xTicks) {
            double px = snap(xs.toPixel(t.value()));
            if (px < plot.x() - 0.5 || px > plot.maxX() + 0.5) {
                continue; // a tick generator may step past the axis range: draw no tick beside the plot
            }
            seg.add(px, bottom, px, bottom + (t.major() ? TICK_MAJOR_PX : TICK_MINOR_PX));
            if (t.label() != null) {
                double width = TextMeasurer.width(t.label(), tickSize, false);
                // Thin out x labels that would touch their left neighbour.
                if (px - width / 2 > lastLabelEnd + 6) {
                    marks.add(new TextMark(t.label(), px, bottom + TICK_MAJOR_PX + 3 + ascent, tickSize, false,
                            textColor, TextAnchor.MIDDLE, 0, width));
                    lastLabelEnd = px + width / 2;
                }
            }
        }
        double lastLabelTop = Double.POSITIVE_INFINITY;
        for (Tick t : yTicks) {
            double py = snap(ys.toPixel(t.value()));
            if (py < plot.y() - 0.5 || py > plot.maxY() + 0.5) {
                continue;
            }
            seg.add(left - (t.major() ? TICK_MAJOR_PX : TICK_MINOR_PX), py, left, py);
            if (t.label() != null && py + ascent / 2 < lastLabelTop - 2) {
                marks.add(text(t.label(), left - TICK_MAJOR_PX - 4, py + ascent * 0.38, tickSize, false, textColor,
                        TextAnchor.END, 0));
                lastLabelTop = py - ascent / 2;
            }
        }
        marks.add(0, new SegmentsMark(seg.toArray(), axisColor, 1, LineStyle.SOLID));
        if (ys.axisBreak() != null) {
            axisBreakMarks(marks, left, ys.transformedToPixel(ys.axisBreak().from()));
        }
        if (notBlank(spec.xAxis().title())) {
            double y = bottom + TICK_MAJOR_PX + 3 + lineHeight(tickSize, false) + 6 * fs
                    + TextMeasurer.ascent(axisTitlePx(), false);
            marks.add(text(spec.xAxis().title(), plot.x() + plot.width() / 2, y, axisTitlePx(), false, textColor,
                    TextAnchor.MIDDLE, 0));
        }
        if (notBlank(spec.yAxis().title())) {
            marks.add(text(spec.yAxis().title(), pad + TextMeasurer.ascent(axisTitlePx(), false),
                    plot.y() + plot.height() / 2, axisTitlePx(), false, textColor, TextAnchor.MIDDLE, -90));
        }
        return marks;
    }

    /** The usual broken-axis mark: the axis line is cut and two short zig-zags show where. */
    private void axisBreakMarks(List<Mark> marks, double axisX, double py) {
        double gap = 3 * fs;
        double half = 6 * fs;
        marks.add(new RectMark(new Rect(axisX - half, py - gap, 2 * half, 2 * gap), background, null, 0));
        for (double y : new double[] {py - gap, py + gap}) {
            marks.add(new PolylineMark(
                    new double[] {axisX - half, axisX - half / 2, axisX + half / 2, axisX + half},
                    new double[] {y + 2 * fs, y - 2 * fs, y + 2 * fs, y - 2 * fs}, axisColor, 1, LineStyle.SOLID));
        }
    }

    private static List<Tick> upTo(List<Tick> ticks, double lastTick) {
        return Double.isNaN(lastTick) ? ticks : ticks.stream().filter(t -> t.value() <= lastTick).toList();
    }

    private List<PlacedLabel> placeLabels(Rect plot, Rect legendBox, List<PointsMark> pointMarks) {
        List<LabelPlacer.Candidate> candidates = new ArrayList<>();
        int order = 0;
        for (PointsMark pm : pointMarks) {
            PointLayer p = pm.source();
            boolean anyPinned = !options.pinnedIds().isEmpty() && p.pointIds() != null;
            if (p.labels() == null && !anyPinned) {
                continue;
            }
            for (int i = 0; i < p.size(); i++) {
                String id = p.pointIds() == null ? null : p.pointIds()[i];
                boolean pinned = id != null && options.pinnedIds().contains(id);
                String text = p.labels() != null && p.labels()[i] != null ? p.labels()[i] : pinned ? id : null;
                double px = pm.pixelX(i);
                double py = pm.pixelY(i);
                if (text == null || text.isBlank() || !plot.contains(px, py)) {
                    continue;
                }
                boolean selected = id != null && options.selectedIds().contains(id);
                int tier = pinned ? 2 : selected || focused(id) ? 1 : 0;
                int priority = p.labelPriority() == null ? 0 : p.labelPriority()[i];
                // A selected point has a ring SELECTION_RING_PX outside its marker: keep its label clear of it.
                double radius = pm.sizePx() / 2 + (selected ? SELECTION_RING_PX * fs / 2 + 1 : 0);
                candidates.add(new LabelPlacer.Candidate(new PointRef(p.id(), i, id), text, px, py, radius,
                        tier, priority, order++));
            }
        }
        if (candidates.isEmpty()) {
            return List.of();
        }
        MarkerOccupancy occupancy = new MarkerOccupancy(plot);
        for (PointsMark pm : pointMarks) {
            for (int i = 0; i < pm.size(); i++) {
                occupancy.mark(pm.pixelX(i), pm.pixelY(i), pm.sizePx() / 2);
            }
        }
        return new LabelPlacer(plot, legendBox, occupancy, labelPx(), textObstacles).place(candidates);
    }

    private List<Mark> labelMarks(List<PlacedLabel> labels, List<PointsMark> pointMarks) {
        List<Mark> marks = new ArrayList<>();
        DoubleArrayBuilder leaders = new DoubleArrayBuilder(16);
        double size = labelPx();
        double ascent = TextMeasurer.ascent(size, false);
        for (PlacedLabel l : labels) {
            boolean faded = fading && !focused(l.point().pointId());
            marks.add(new TextMark(l.text(), l.box().x(), l.box().y() + ascent, size, false,
                    faded ? textColor.withOpacity(FADED_LABEL_OPACITY) : textColor, TextAnchor.START, 0, l.box().width()));
            if (l.leader()) {
                PointsMark pm = pointMarks.stream().filter(m -> m.layerId().equals(l.point().layerId())).findFirst()
                        .orElseThrow();
                double px = pm.pixelX(l.point().index());
                double py = pm.pixelY(l.point().index());
                double bx = Math.max(l.box().x(), Math.min(px, l.box().maxX()));
                double by = Math.max(l.box().y(), Math.min(py, l.box().maxY()));
                double len = Math.hypot(bx - px, by - py);
                double r = pm.sizePx() / 2 + 1;
                if (len > r) {
                    leaders.add(px + (bx - px) * r / len, py + (by - py) * r / len, bx, by);
                }
            }
        }
        if (leaders.size() > 0) {
            marks.add(0, new SegmentsMark(leaders.toArray(), subtextColor, 0.8, LineStyle.SOLID));
        }
        return marks;
    }

    private List<Mark> titleMarks(double pad, double h, List<String> footLines) {
        List<Mark> marks = new ArrayList<>();
        double y = pad;
        for (int i = 0; i < titleLines.size(); i++) {
            y += i == 0 ? TextMeasurer.ascent(titlePx(), true) : lineHeight(titlePx(), true);
            marks.add(text(titleLines.get(i), pad, y, titlePx(), true, textColor, TextAnchor.START, 0));
        }
        if (!titleLines.isEmpty()) {
            y += TextMeasurer.descent(titlePx(), true) + 2 * fs;
        }
        for (int i = 0; i < subtitleLines.size(); i++) {
            y += i == 0 ? TextMeasurer.ascent(subtitlePx(), false) : lineHeight(subtitlePx(), false);
            marks.add(text(subtitleLines.get(i), pad, y, subtitlePx(), false, subtextColor, TextAnchor.START, 0));
        }
        double lh = lineHeight(footnotePx(), false);
        double fy = h - pad - (footLines.size() - 1) * lh - TextMeasurer.descent(footnotePx(), false);
        for (String line : footLines) {
            marks.add(text(line, pad, fy, footnotePx(), false, subtextColor, TextAnchor.START, 0));
            fy += lh;
        }
        return marks;
    }

    /** A text mark inside the plot that point labels must not cover. */
    /**
     * Places a curve or rule label and keeps it as an obstacle for later text. When it would overlap text
     * already placed (two frontiers ending side by side), it steps away by a line at a time, down first,
     * staying inside the plot; if no free spot is found it stays where it was asked to be.
     */
    private TextMark obstacle(TextMark t) {
        double ascent = TextMeasurer.ascent(t.sizePx(), t.bold());
        double height = ascent + TextMeasurer.descent(t.sizePx(), t.bold());
        TextMark placed = t;
        for (int step = 0; step <= 2 * MAX_LABEL_STEPS; step++) {
            double dy = (step % 2 == 1 ? 1 : -1) * ((step + 1) / 2) * height;
            TextMark candidate = dy == 0 ? t : new TextMark(t.text(), t.x(), t.y() + dy, t.sizePx(), t.bold(), t.color(),
                    t.anchor(), t.rotationDeg(), t.widthPx());
            Rect box = new Rect(candidate.startX(), candidate.y() - ascent, candidate.widthPx(), height);
            boolean inside = box.y() >= currentPlot.y() && box.maxY() <= currentPlot.maxY();
            if ((step == 0 || inside) && textObstacles.stream().noneMatch(box::intersects)) {
                placed = candidate;
                break;
            }
        }
        textObstacles.add(new Rect(placed.startX(), placed.y() - ascent, placed.widthPx(), height));
        return placed;
    }

    /** How many lines a curve or rule label may move up or down to get clear of other text. */
    private static final int MAX_LABEL_STEPS = 3;

    static TextMark text(String s, double x, double y, double size, boolean bold, PlotColor color, TextAnchor anchor,
                         double rotation) {
        return new TextMark(s, x, y, size, bold, color, anchor, rotation, TextMeasurer.width(s, size, bold));
    }

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    /** Greedy word wrap to a pixel width (footnotes can be long source lists). */
    static List<String> wrap(String text, double size, double maxWidth) {
        return wrap(text, size, maxWidth, false);
    }

    static List<String> wrap(String text, double size, double maxWidth, boolean bold) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : WHITESPACE.split(text.trim())) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && TextMeasurer.width(candidate, size, bold) > maxWidth) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    static double lineHeight(double size, boolean bold) {
        return (TextMeasurer.ascent(size, bold) + TextMeasurer.descent(size, bold)) * 1.15;
    }

    /** Centres 1-px lines on a pixel so they stay crisp in raster output. */
    private static double snap(double v) {
        return Math.floor(v) + 0.5;
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}

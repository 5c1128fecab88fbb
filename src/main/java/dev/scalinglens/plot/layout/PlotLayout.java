package dev.scalinglens.plot.layout;

import dev.scalinglens.plot.scene.Tick;
import dev.scalinglens.plot.scene.AxisScale;
import static dev.scalinglens.plot.layout.LayoutText.lineHeight;
import static dev.scalinglens.plot.layout.LayoutText.notBlank;

import dev.scalinglens.plot.Viewport;
import dev.scalinglens.plot.scene.Mark;
import dev.scalinglens.plot.scene.PlacedLabel;
import dev.scalinglens.plot.scene.PlotScene;
import dev.scalinglens.plot.scene.Rect;
import dev.scalinglens.plot.scene.RectMark;
import dev.scalinglens.plot.scene.SceneGroup;
import dev.scalinglens.plot.scene.ScreenTransform;
import dev.scalinglens.plot.spec.ChartSpec;
import dev.scalinglens.plot.spec.Layer;
import dev.scalinglens.plot.text.TextMeasurer;
import java.util.ArrayList;
import java.util.List;

/**
 * Spec → scene: fits or takes the viewport, sizes the margins from the measured text, builds the scales and
 * ticks, then runs the stages that turn the layers ({@link MarkStage}), annotations ({@link AnnotationStage}),
 * axes ({@link AxesStage}), point labels ({@link PointLabelStage}), legend ({@link LegendStage}) and titles
 * ({@link TitleStage}) into marks. The one place where anything is measured or placed; renderers only draw the
 * result.
 */
public final class PlotLayout {

    /** The smallest text the layout draws at font scale 1: the source footnote, in logical pixels. */
    public static final double SMALLEST_TEXT_PX = 9.5;

    private final LayoutContext ctx;
    private final LegendStage.Mode legendMode;

    private PlotLayout(LayoutContext ctx, LegendStage.Mode legendMode) {
        this.ctx = ctx;
        this.legendMode = legendMode;
    }

    public static PlotScene layout(ChartSpec spec, LayoutOptions options) {
        LayoutContext ctx = new LayoutContext(spec, options);
        // The legend starts inside the plot; when it would cover data the layout is redone once with the legend
        // beside or under the plot (those two modes always place it).
        LegendStage.Mode mode = LegendStage.Mode.INSIDE;
        while (true) {
            Attempt attempt = new PlotLayout(ctx, mode).build();
            if (attempt.scene() != null) {
                return attempt.scene();
            }
            mode = attempt.retry();
        }
    }

    /** One layout pass: the finished scene, or the legend mode to lay out again in. */
    private record Attempt(PlotScene scene, LegendStage.Mode retry) {
    }

    private Attempt build() {
        ChartSpec spec = ctx.spec;
        LayoutOptions options = ctx.options;
        TextSizes sizes = ctx.sizes;
        double fs = ctx.fs;
        double w = options.widthPx();
        double h = options.heightPx();
        Viewport vp = AxesStage.viewport(spec, options.viewport());
        double pad = 12 * fs;

        TitleStage titles = new TitleStage(ctx, w, pad);
        double top = titles.top();
        List<String> footLines = titles.footLines();
        double bottom = pad + AxesStage.TICK_MAJOR_PX + 3 + lineHeight(sizes.tick(), false)
                + (notBlank(spec.xAxis().title()) ? 6 * fs + lineHeight(sizes.axisTitle(), false) : 0)
                + footLines.size() * lineHeight(sizes.footnote(), false) + (footLines.isEmpty() ? 0 : 6 * fs);
        LegendStage legendStage = new LegendStage(ctx, legendMode, vp);
        double[] legendSize = legendStage.measure(w, h, top, bottom, pad);
        if (legendMode == LegendStage.Mode.BELOW && legendSize != null) {
            bottom += legendSize[1] + 6 * fs;
        }
        double right = pad + 14 * fs
                + (legendMode == LegendStage.Mode.OUTSIDE ? legendSize[0] + LegendStage.LEGEND_GAP_PX : 0);
        double yTitleWidth = notBlank(spec.yAxis().title()) ? lineHeight(sizes.axisTitle(), false) + 6 * fs : 0;

        // Tick labels decide the left margin, and the plot height decides the y ticks: one provisional pass.
        double plotHeight = Math.max(10, h - top - bottom);
        AxisScale provisionalY = AxesStage.scale(spec.yAxis(), vp.yMin(), vp.yMax(), top + plotHeight, top);
        double yLabelWidth = 0;
        for (Tick t : TickGenerator.ticks(provisionalY, spec.yAxis().format())) {
            if (t.label() != null) {
                yLabelWidth = Math.max(yLabelWidth, TextMeasurer.width(t.label(), sizes.tick(), false));
            }
        }
        double left = Math.max(pad + yTitleWidth + yLabelWidth + AxesStage.TICK_MAJOR_PX + 4,
                Math.min(options.minLeftMarginPx(), w / 2));
        Rect plot = new Rect(left, top, Math.max(10, w - left - right), plotHeight);
        AxisScale xs = AxesStage.scale(spec.xAxis(), vp.xMin(), vp.xMax(), plot.x(), plot.maxX());
        AxisScale ys = AxesStage.scale(spec.yAxis(), vp.yMin(), vp.yMax(), plot.maxY(), plot.y());
        List<Tick> xTicks = AxesStage.upTo(TickGenerator.ticks(xs, spec.xAxis().format()), spec.xAxis().lastTick());
        List<Tick> yTicks = AxesStage.upTo(TickGenerator.ticks(ys, spec.yAxis().format()), spec.yAxis().lastTick());
        ScreenTransform st = new ScreenTransform(xs.scale(), xs.offset(), ys.scale(), ys.offset());

        AxesStage axes = new AxesStage(ctx);
        TextObstacles obstacles = new TextObstacles(plot);
        MarkStage markStage = new MarkStage(ctx, plot, xs, ys, obstacles);
        List<SceneGroup> groups = new ArrayList<>();
        groups.add(new SceneGroup("background", null,
                List.of(new RectMark(new Rect(0, 0, w, h), ctx.background, null, 0))));
        groups.add(new SceneGroup("grid", plot, axes.gridMarks(plot, xs, ys, xTicks, yTicks)));
        for (Layer layer : spec.layers()) {
            groups.add(new SceneGroup(layer.id(), plot, markStage.layerMarks(layer, st)));
        }
        markStage.placeRuleLabels();
        if (!markStage.lineLabels().isEmpty()) {
            groups.add(new SceneGroup("line-labels", plot, markStage.lineLabels()));
        }
        List<Mark> selection = markStage.selectionMarks();
        if (!selection.isEmpty()) {
            groups.add(new SceneGroup("selection", plot, selection));
        }
        if (!spec.annotations().isEmpty()) {
            AnnotationStage annotations = new AnnotationStage(ctx, plot, obstacles, markStage::crowds);
            groups.add(new SceneGroup("annotations", plot, annotations.marks(xs, ys)));
        }
        groups.add(new SceneGroup("axes", null, axes.axisMarks(plot, xs, ys, xTicks, yTicks, pad)));

        var pointMarks = markStage.pointMarks();
        LegendLayout legend = null;
        List<PlotScene.LegendEntry> legendEntries = List.of();
        if (legendSize != null) {
            LegendStage.Placement placement = legendStage.place(plot, w, pad, pointMarks, markStage.lineMarks());
            if (placement.retry() != null) {
                return new Attempt(null, placement.retry());
            }
            legend = legendStage.build(placement.box());
            legendEntries = legend.entries();
        }
        Rect legendBox = legend == null ? null : legend.box();
        PointLabelStage labelStage = new PointLabelStage(ctx);
        List<PlacedLabel> labels = labelStage.place(plot, legendBox, pointMarks, obstacles.boxes());
        groups.add(new SceneGroup("labels", null, labelStage.marks(labels, pointMarks)));
        if (legend != null) {
            groups.add(new SceneGroup("legend", null, legend.marks()));
        }
        groups.add(new SceneGroup("titles", null, titles.marks(h)));
        return new Attempt(new PlotScene(spec, w, h, ctx.theme, ctx.background, plot, xs, ys, vp, xTicks, yTicks, groups,
                pointMarks, labels, legendBox, legendEntries), null);
    }
}

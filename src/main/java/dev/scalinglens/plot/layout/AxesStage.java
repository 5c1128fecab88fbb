package dev.scalinglens.plot.layout;

import dev.scalinglens.plot.scene.Tick;
import dev.scalinglens.plot.scene.AxisScale;
import static dev.scalinglens.plot.layout.LayoutText.lineHeight;
import static dev.scalinglens.plot.layout.LayoutText.notBlank;
import static dev.scalinglens.plot.layout.LayoutText.snap;
import static dev.scalinglens.plot.layout.LayoutText.text;

import dev.scalinglens.plot.Viewport;
import dev.scalinglens.plot.scene.Mark;
import dev.scalinglens.plot.scene.PolylineMark;
import dev.scalinglens.plot.scene.Rect;
import dev.scalinglens.plot.scene.RectMark;
import dev.scalinglens.plot.scene.SegmentsMark;
import dev.scalinglens.plot.scene.TextAnchor;
import dev.scalinglens.plot.scene.TextMark;
import dev.scalinglens.plot.spec.AxisSpec;
import dev.scalinglens.plot.spec.ChartSpec;
import dev.scalinglens.plot.spec.LineStyle;
import dev.scalinglens.plot.spec.ScaleType;
import dev.scalinglens.plot.text.TextMeasurer;
import java.util.ArrayList;
import java.util.List;

/** The frame stage: the visible range, the axis scales and ticks, the grid, and the axes with their titles. */
final class AxesStage {

    static final double TICK_MAJOR_PX = 5;
    static final double TICK_MINOR_PX = 3;

    private final LayoutContext ctx;

    AxesStage(LayoutContext ctx) {
        this.ctx = ctx;
    }

    /** The options' viewport, or the data fit where it is missing or unusable for an axis. */
    static Viewport viewport(ChartSpec spec, Viewport v) {
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

    static AxisScale scale(AxisSpec axis, double min, double max, double pixelAtMin, double pixelAtMax) {
        var br = axis.scale() == ScaleType.LINEAR && axis.axisBreak() != null
                && axis.axisBreak().from() > min && axis.axisBreak().to() < max ? axis.axisBreak() : null;
        return new AxisScale(axis.scale(), min, max, pixelAtMin, pixelAtMax, br);
    }

    static List<Tick> upTo(List<Tick> ticks, double lastTick) {
        return Double.isNaN(lastTick) ? ticks : ticks.stream().filter(t -> t.value() <= lastTick).toList();
    }

    List<Mark> gridMarks(Rect plot, AxisScale xs, AxisScale ys, List<Tick> xTicks, List<Tick> yTicks) {
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
        marks.add(new SegmentsMark(seg.toArray(), ctx.gridColor, 1, LineStyle.SOLID));
        if (ys.axisBreak() != null) {
            double py = ys.transformedToPixel(ys.axisBreak().from());
            marks.add(new SegmentsMark(new double[] {plot.x(), py, plot.maxX(), py}, ctx.axisColor.withOpacity(0.6), 1,
                    LineStyle.DASHED));
        }
        return marks;
    }

    List<Mark> axisMarks(Rect plot, AxisScale xs, AxisScale ys, List<Tick> xTicks, List<Tick> yTicks, double pad) {
        List<Mark> marks = new ArrayList<>();
        double bottom = snap(plot.maxY());
        double left = snap(plot.x());
        DoubleArrayBuilder seg = new DoubleArrayBuilder(256);
        seg.add(plot.x(), bottom, plot.maxX(), bottom);
        seg.add(left, plot.y(), left, plot.maxY());
        double tickSize = ctx.sizes.tick();
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
                            ctx.textColor, TextAnchor.MIDDLE, 0, width));
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
                marks.add(text(t.label(), left - TICK_MAJOR_PX - 4, py + ascent * 0.38, tickSize, false, ctx.textColor,
                        TextAnchor.END, 0));
                lastLabelTop = py - ascent / 2;
            }
        }
        marks.add(0, new SegmentsMark(seg.toArray(), ctx.axisColor, 1, LineStyle.SOLID));
        if (ys.axisBreak() != null) {
            axisBreakMarks(marks, left, ys.transformedToPixel(ys.axisBreak().from()));
        }
        double axisTitlePx = ctx.sizes.axisTitle();
        if (notBlank(ctx.spec.xAxis().title())) {
            double y = bottom + TICK_MAJOR_PX + 3 + lineHeight(tickSize, false) + 6 * ctx.fs
                    + TextMeasurer.ascent(axisTitlePx, false);
            marks.add(text(ctx.spec.xAxis().title(), plot.x() + plot.width() / 2, y, axisTitlePx, false, ctx.textColor,
                    TextAnchor.MIDDLE, 0));
        }
        if (notBlank(ctx.spec.yAxis().title())) {
            marks.add(text(ctx.spec.yAxis().title(), pad + TextMeasurer.ascent(axisTitlePx, false),
                    plot.y() + plot.height() / 2, axisTitlePx, false, ctx.textColor, TextAnchor.MIDDLE, -90));
        }
        return marks;
    }

    /** The usual broken-axis mark: the axis line is cut and two short zig-zags show where. */
    private void axisBreakMarks(List<Mark> marks, double axisX, double py) {
        double fs = ctx.fs;
        double gap = 3 * fs;
        double half = 6 * fs;
        marks.add(new RectMark(new Rect(axisX - half, py - gap, 2 * half, 2 * gap), ctx.background, null, 0));
        for (double y : new double[] {py - gap, py + gap}) {
            marks.add(new PolylineMark(
                    new double[] {axisX - half, axisX - half / 2, axisX + half / 2, axisX + half},
                    new double[] {y + 2 * fs, y - 2 * fs, y + 2 * fs, y - 2 * fs}, ctx.axisColor, 1, LineStyle.SOLID));
        }
    }
}

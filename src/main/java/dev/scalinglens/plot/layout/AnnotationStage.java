package dev.scalinglens.plot.layout;

import dev.scalinglens.plot.scene.AxisScale;
import static dev.scalinglens.plot.layout.LayoutText.text;

import dev.scalinglens.plot.Palette;
import dev.scalinglens.plot.PlotColor;
import dev.scalinglens.plot.scene.AreaMark;
import dev.scalinglens.plot.scene.Mark;
import dev.scalinglens.plot.scene.Rect;
import dev.scalinglens.plot.scene.SegmentsMark;
import dev.scalinglens.plot.scene.TextAnchor;
import dev.scalinglens.plot.scene.TextMark;
import dev.scalinglens.plot.spec.Annotation;
import dev.scalinglens.plot.spec.LineStyle;
import dev.scalinglens.plot.text.TextMeasurer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** The annotations stage: notes at a data point, or callouts offset from it with an arrow. */
final class AnnotationStage {

    /** The offset asked for, then mirrored: right-below, right-above, left-below, left-above for (+, +). */
    private static final double[][] MIRRORED = {{1, 1}, {1, -1}, {-1, 1}, {-1, -1}};
    /** How much farther than asked a callout may move from its point when no nearer spot is clear. */
    private static final double[] FARTHER = {1.5, 2};
    /** Between the point and a callout's text set just beside it, in layout pixels. */
    private static final double BESIDE_GAP_PX = 14;

    private final LayoutContext ctx;
    private final Rect plot;
    private final TextObstacles obstacles;
    private final Predicate<Rect> crowded;

    /** {@code crowded}: whether text there would cover a point or be crossed by a line ({@link MarkStage#crowds}). */
    AnnotationStage(LayoutContext ctx, Rect plot, TextObstacles obstacles, Predicate<Rect> crowded) {
        this.ctx = ctx;
        this.plot = plot;
        this.obstacles = obstacles;
        this.crowded = crowded;
    }

    List<Mark> marks(AxisScale xs, AxisScale ys) {
        List<Mark> marks = new ArrayList<>();
        double size = ctx.sizes.label();
        for (Annotation a : ctx.spec.annotations()) {
            double px = MarkStage.pixel(xs, a.x());
            double py = MarkStage.pixel(ys, a.y());
            if (!Double.isFinite(px) || !Double.isFinite(py) || a.text() == null) {
                continue;
            }
            PlotColor color = Palette.colorFor(a.colorKey() == null ? "text" : a.colorKey(), ctx.theme);
            if (!a.isCallout()) {
                marks.add(obstacles.place(text(a.text(), px, py, size, false, color, TextAnchor.MIDDLE, 0)));
                continue;
            }
            TextMark placed = obstacles.place(calloutText(a, px, py, color));
            marks.add(placed);
            // The arrow starts at the text's edge nearest the point and stops just short of the point.
            double[] start = arrowStart(placed, px, py);
            arrow(marks, start[0], start[1], px, py, color);
        }
        return marks;
    }

    /**
     * The callout's text at the first of {@link #candidateCentres} inside the plot where it covers no other
     * text, point, line or rule and its arrow crosses no other text; where none is clear, at the offset asked
     * for. (On the Engram slide that offset put the best layer's text on the layers-2 + 6 rule and its label.)
     */
    private TextMark calloutText(Annotation a, double px, double py, PlotColor color) {
        double size = ctx.sizes.label();
        double ascent = TextMeasurer.ascent(size, false);
        double height = ascent + TextMeasurer.descent(size, false);
        double width = TextMeasurer.width(a.text(), size, false);
        for (double[] centre : candidateCentres(a, px, py, width, height)) {
            double baseline = centre[1] + ascent - height / 2;
            TextMark t = text(a.text(), centre[0], baseline, size, false, color, TextAnchor.MIDDLE, 0);
            Rect box = new Rect(t.startX(), baseline - ascent, width, height);
            if (plot.contains(box) && clearOfText(box) && !crowded.test(box) && arrowClear(arrowStart(t, px, py), px, py)) {
                return t;
            }
        }
        return text(a.text(), px + a.dxPx() * ctx.fs, py + a.dyPx() * ctx.fs, size, false, color, TextAnchor.MIDDLE, 0);
    }

    /**
     * Where the text's centre may go, in turn: the offset asked for, mirrored to the other sides of the point,
     * just beside the point (level with it, then a little toward the side asked for, then away), then 1.5× and
     * 2× the offset on each side.
     */
    private List<double[]> candidateCentres(Annotation a, double px, double py, double width, double height) {
        double dx = a.dxPx() * ctx.fs;
        double dy = a.dyPx() * ctx.fs;
        List<double[]> centres = new ArrayList<>();
        for (double[] side : MIRRORED) {
            centres.add(new double[] {px + side[0] * dx, py + side[1] * dy});
        }
        double side = dx < 0 ? -1 : 1;
        double down = dy < 0 ? -1 : 1;
        double besideX = width / 2 + BESIDE_GAP_PX * ctx.fs;
        for (double sideX : new double[] {side, -side}) {
            for (double shift : new double[] {0, 0.75, -0.75}) {
                centres.add(new double[] {px + sideX * besideX, py + down * shift * height});
            }
        }
        for (double distance : FARTHER) {
            for (double[] mirror : MIRRORED) {
                centres.add(new double[] {px + mirror[0] * distance * dx, py + mirror[1] * distance * dy});
            }
        }
        return centres;
    }

    private boolean clearOfText(Rect box) {
        return obstacles.boxes().stream().noneMatch(box::intersects);
    }

    private boolean arrowClear(double[] start, double px, double py) {
        return obstacles.boxes().stream().noneMatch(b -> LineCrossing.crosses(b, start[0], start[1], px, py));
    }

    /**
     * Where the arrow leaves the text, just off its edge nearest the point: the middle of its left or right
     * side for text beside the point, else the middle of its top or bottom.
     */
    private static double[] arrowStart(TextMark t, double px, double py) {
        double ascent = TextMeasurer.ascent(t.sizePx(), t.bold());
        double top = t.y() - ascent;
        double bottom = t.y() + TextMeasurer.descent(t.sizePx(), t.bold());
        double centreX = t.startX() + t.widthPx() / 2;
        if (py >= top && py <= bottom) {
            return new double[] {px < centreX ? t.startX() - 3 : t.startX() + t.widthPx() + 3, (top + bottom) / 2};
        }
        return new double[] {centreX, top > py ? top - 3 : t.y() + 3};
    }

    private void arrow(List<Mark> marks, double x0, double y0, double x1, double y1, PlotColor color) {
        double fs = ctx.fs;
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
}

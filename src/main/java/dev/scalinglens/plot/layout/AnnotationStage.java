package dev.scalinglens.plot.layout;

import dev.scalinglens.plot.scene.AxisScale;
import static dev.scalinglens.plot.layout.LayoutText.text;

import dev.scalinglens.plot.Palette;
import dev.scalinglens.plot.PlotColor;
import dev.scalinglens.plot.scene.AreaMark;
import dev.scalinglens.plot.scene.Mark;
import dev.scalinglens.plot.scene.SegmentsMark;
import dev.scalinglens.plot.scene.TextAnchor;
import dev.scalinglens.plot.spec.Annotation;
import dev.scalinglens.plot.spec.LineStyle;
import dev.scalinglens.plot.text.TextMeasurer;
import java.util.ArrayList;
import java.util.List;

/** The annotations stage: notes at a data point, or callouts offset from it with an arrow. */
final class AnnotationStage {

    private final LayoutContext ctx;
    private final TextObstacles obstacles;

    AnnotationStage(LayoutContext ctx, TextObstacles obstacles) {
        this.ctx = ctx;
        this.obstacles = obstacles;
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
            double tx = px + a.dxPx() * ctx.fs;
            double ty = py + a.dyPx() * ctx.fs;
            double ascent = TextMeasurer.ascent(size, false);
            marks.add(obstacles.place(text(a.text(), tx, ty, size, false, color, TextAnchor.MIDDLE, 0)));
            // The arrow starts at the text's edge nearest the point and stops just short of the point.
            double startY = a.dyPx() < 0 ? ty + 3 : ty - ascent - 3;
            arrow(marks, tx, startY, px, py, color);
        }
        return marks;
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

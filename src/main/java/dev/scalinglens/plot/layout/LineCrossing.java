package dev.scalinglens.plot.layout;

import dev.scalinglens.plot.scene.PolylineMark;
import dev.scalinglens.plot.scene.Rect;

/** Whether a drawn line passes through a text's box (Liang–Barsky clipping of each segment to the box). */
final class LineCrossing {

    private LineCrossing() {
    }

    /** A NaN coordinate breaks the line, as it does when drawn. */
    static boolean crosses(Rect box, PolylineMark line) {
        double[] xs = line.xs();
        double[] ys = line.ys();
        for (int i = 0; i + 1 < xs.length; i++) {
            if (crosses(box, xs[i], ys[i], xs[i + 1], ys[i + 1])) {
                return true;
            }
        }
        return false;
    }

    static boolean crosses(Rect box, double x0, double y0, double x1, double y1) {
        if (!(Double.isFinite(x0) && Double.isFinite(y0) && Double.isFinite(x1) && Double.isFinite(y1))) {
            return false;
        }
        double dx = x1 - x0;
        double dy = y1 - y0;
        double[] enter = {0};
        double[] exit = {1};
        return clip(-dx, x0 - box.x(), enter, exit) && clip(dx, box.maxX() - x0, enter, exit)
                && clip(-dy, y0 - box.y(), enter, exit) && clip(dy, box.maxY() - y0, enter, exit);
    }

    /** Narrows the segment's parameter range to one side of a box edge; false when nothing is left. */
    private static boolean clip(double p, double q, double[] enter, double[] exit) {
        if (p == 0) {
            return q >= 0;
        }
        double t = q / p;
        if (p < 0) {
            enter[0] = Math.max(enter[0], t);
        } else {
            exit[0] = Math.min(exit[0], t);
        }
        return enter[0] <= exit[0];
    }
}

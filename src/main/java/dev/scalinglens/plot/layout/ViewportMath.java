package dev.scalinglens.plot.layout;

import dev.scalinglens.plot.scene.AxisScale;
import dev.scalinglens.plot.Viewport;
import dev.scalinglens.plot.scene.PlotScene;

/**
 * Zoom, pan and box zoom as viewport changes, computed in transformed space (log10 on log axes), so the
 * data point under the cursor stays under the cursor and zooming on a log axis is uniform per decade.
 */
public final class ViewportMath {

    private ViewportMath() {
    }

    /** factor &gt; 1 zooms in, keeping the data at pixel (px, py) fixed. */
    public static Viewport zoom(PlotScene scene, double factor, double px, double py) {
        AxisScale xs = scene.xScale();
        AxisScale ys = scene.yScale();
        double ax = xs.transform(xs.toData(px));
        double ay = ys.transform(ys.toData(py));
        return new Viewport(
                xs.inverseTransform(ax - (ax - xs.transform(xs.domainMin())) / factor),
                xs.inverseTransform(ax + (xs.transform(xs.domainMax()) - ax) / factor),
                ys.inverseTransform(ay - (ay - ys.transform(ys.domainMin())) / factor),
                ys.inverseTransform(ay + (ys.transform(ys.domainMax()) - ay) / factor));
    }

    /** Moves the content by (dxPx, dyPx) on screen, like dragging the paper. */
    public static Viewport pan(PlotScene scene, double dxPx, double dyPx) {
        AxisScale xs = scene.xScale();
        AxisScale ys = scene.yScale();
        double dtx = -dxPx / xs.scale();
        double dty = -dyPx / ys.scale();
        return new Viewport(
                xs.inverseTransform(xs.transform(xs.domainMin()) + dtx),
                xs.inverseTransform(xs.transform(xs.domainMax()) + dtx),
                ys.inverseTransform(ys.transform(ys.domainMin()) + dty),
                ys.inverseTransform(ys.transform(ys.domainMax()) + dty));
    }

    /** The data range of a screen rectangle (two corners in any order). */
    public static Viewport box(PlotScene scene, double x0, double y0, double x1, double y1) {
        AxisScale xs = scene.xScale();
        AxisScale ys = scene.yScale();
        double a = xs.toData(x0);
        double b = xs.toData(x1);
        double c = ys.toData(y0);
        double d = ys.toData(y1);
        return new Viewport(Math.min(a, b), Math.max(a, b), Math.min(c, d), Math.max(c, d));
    }
}

package dev.scalinglens.plot.layout;

import dev.scalinglens.plot.scene.AxisScale;
import dev.scalinglens.plot.scene.Rect;
import dev.scalinglens.plot.spec.FunctionLayer;
import java.util.function.DoubleUnaryOperator;

/**
 * Samples y = f(x) in screen space: one sample per {@link #STEP_PX} pixels along x (evenly in log space on
 * a log axis), halving the step where the curve moves fast vertically, so it is smooth at every zoom.
 */
public final class FunctionSampler {

    static final double STEP_PX = 2;
    /** Refine a step whose vertical jump exceeds this, down to {@link #MAX_DEPTH} halvings. */
    private static final double MAX_JUMP_PX = 6;
    private static final int MAX_DEPTH = 4;
    /** Pixel coordinates are clamped to this far outside the plot so renderers never see huge numbers. */
    private static final double CLAMP_PX = 5000;

    private FunctionSampler() {
    }

    /** Pixel polyline {xs, ys}; NaN ys where f is undefined (the line breaks there). */
    public static double[][] sample(FunctionLayer f, AxisScale xs, AxisScale ys, Rect plot) {
        double left = plot.x();
        double right = plot.maxX();
        if (Double.isFinite(f.xMin())) {
            left = Math.max(left, xs.toPixel(f.xMin()));
        }
        if (Double.isFinite(f.xMax())) {
            right = Math.min(right, xs.toPixel(f.xMax()));
        }
        if (!(right > left)) {
            return new double[][] {new double[0], new double[0]};
        }
        int n = (int) Math.ceil((right - left) / STEP_PX) + 1;
        DoubleArrayBuilder outX = new DoubleArrayBuilder(n * 2);
        DoubleArrayBuilder outY = new DoubleArrayBuilder(n * 2);
        double prevPx = left;
        double prevPy = eval(f.function(), xs, ys, left, plot);
        outX.add(prevPx);
        outY.add(prevPy);
        for (int i = 1; i < n; i++) {
            double px = Math.min(right, left + i * STEP_PX);
            double py = eval(f.function(), xs, ys, px, plot);
            refine(f.function(), xs, ys, plot, prevPx, prevPy, px, py, 0, outX, outY);
            outX.add(px);
            outY.add(py);
            prevPx = px;
            prevPy = py;
        }
        return new double[][] {outX.toArray(), outY.toArray()};
    }

    private static void refine(DoubleUnaryOperator fn, AxisScale xs, AxisScale ys, Rect plot, double x0, double y0,
                               double x1, double y1, int depth, DoubleArrayBuilder outX, DoubleArrayBuilder outY) {
        if (depth >= MAX_DEPTH || !(Math.abs(y1 - y0) > MAX_JUMP_PX)) {
            return;
        }
        double xm = (x0 + x1) / 2;
        double ym = eval(fn, xs, ys, xm, plot);
        refine(fn, xs, ys, plot, x0, y0, xm, ym, depth + 1, outX, outY);
        outX.add(xm);
        outY.add(ym);
        refine(fn, xs, ys, plot, xm, ym, x1, y1, depth + 1, outX, outY);
    }

    private static double eval(DoubleUnaryOperator fn, AxisScale xs, AxisScale ys, double px, Rect plot) {
        double y;
        try {
            y = fn.applyAsDouble(xs.toData(px));
        } catch (RuntimeException e) {
            // A reference curve undefined at some x (or failing there) is simply not drawn there.
            return Double.NaN;
        }
        if (!Double.isFinite(y) || (ys.isLog() && y <= 0)) {
            return Double.NaN;
        }
        double py = ys.toPixel(y);
        return Math.max(plot.y() - CLAMP_PX, Math.min(plot.maxY() + CLAMP_PX, py));
    }
}

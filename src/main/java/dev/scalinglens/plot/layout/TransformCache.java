package dev.scalinglens.plot.layout;

import dev.scalinglens.plot.scene.AxisScale;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * log10 of each data array, computed once per array and kept while the array lives (arrays compare by
 * identity, so a WeakHashMap keyed by the array is an identity cache). Pan and zoom then cost one
 * multiply-add per point instead of a logarithm.
 */
final class TransformCache {

    private static final Map<double[], double[]> LOG10 = Collections.synchronizedMap(new WeakHashMap<>());
    /** min, max, smallest positive value of each array. */
    private static final Map<double[], double[]> EXTENTS = Collections.synchronizedMap(new WeakHashMap<>());

    private TransformCache() {
    }

    static double[] log10(double[] data) {
        return LOG10.computeIfAbsent(data, d -> {
            double[] out = new double[d.length];
            for (int i = 0; i < d.length; i++) {
                out[i] = d[i] > 0 ? Math.log10(d[i]) : Double.NaN;
            }
            return out;
        });
    }

    /** The array in a scale's transformed space: cached log10, the array itself on a plain linear axis. */
    static double[] transformed(double[] data, AxisScale scale) {
        if (scale.isLog()) {
            return log10(data);
        }
        if (scale.axisBreak() == null) {
            return data;
        }
        double[] out = new double[data.length];
        for (int i = 0; i < data.length; i++) {
            out[i] = scale.transform(data[i]);
        }
        return out;
    }

    /** {min, max, smallest positive} over finite values; NaNs when there are none. */
    static double[] extent(double[] data) {
        return EXTENTS.computeIfAbsent(data, d -> {
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            double minPositive = Double.POSITIVE_INFINITY;
            for (double v : d) {
                if (Double.isFinite(v)) {
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                    if (v > 0) {
                        minPositive = Math.min(minPositive, v);
                    }
                }
            }
            return new double[] {
                    Double.isFinite(min) ? min : Double.NaN,
                    Double.isFinite(max) ? max : Double.NaN,
                    Double.isFinite(minPositive) ? minPositive : Double.NaN};
        });
    }
}

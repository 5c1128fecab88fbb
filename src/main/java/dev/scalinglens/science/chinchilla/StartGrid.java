package dev.scalinglens.science.chinchilla;

import java.util.ArrayList;
import java.util.List;

/** Starting points for the multi-start fit: every combination of the listed values of each parameter. */
public record StartGrid(double[] a, double[] b, double[] e, double[] alpha, double[] beta) {

    /**
     * The grid of Hoffmann et al. 2022 (Appendix D.2) as used by Besiroglu et al. 2024:
     * α, β ∈ {0, 0.5, …, 2}, e ∈ {−1, −0.5, …, 1.5}, a, b ∈ {0, 5, …, 25}: 5400 starts.
     */
    public static StartGrid hoffmann() {
        return new StartGrid(range(0, 25, 5), range(0, 25, 5), range(-1, 1.5, 0.5),
                range(0, 2, 0.5), range(0, 2, 0.5));
    }

    /**
     * A thinned grid (a, b ∈ {0, 10, 20}, e ∈ {−1, 0, 1}, α, β ∈ {0, 1, 2}: 243 starts) for bootstrap
     * replicates, which also start from the full-data optimum.
     */
    public static StartGrid thinned() {
        return new StartGrid(range(0, 20, 10), range(0, 20, 10), range(-1, 1, 1), range(0, 2, 1), range(0, 2, 1));
    }

    /** No grid at all: only the extra starts given to the fitter (bootstrap replicates warm-started from the full fit). */
    public static StartGrid none() {
        return new StartGrid(new double[0], new double[0], new double[0], new double[0], new double[0]);
    }

    /** All starts as θ = (a, b, e, α, β). */
    public List<double[]> points() {
        List<double[]> out = new ArrayList<>(size());
        for (double va : a) {
            for (double vb : b) {
                for (double ve : e) {
                    for (double vAlpha : alpha) {
                        for (double vBeta : beta) {
                            out.add(new double[] {va, vb, ve, vAlpha, vBeta});
                        }
                    }
                }
            }
        }
        return out;
    }

    public int size() {
        return a.length * b.length * e.length * alpha.length * beta.length;
    }

    private static double[] range(double from, double to, double step) {
        int count = (int) Math.round((to - from) / step) + 1;
        double[] values = new double[count];
        for (int i = 0; i < count; i++) {
            values[i] = from + i * step;
        }
        return values;
    }
}

package dev.scalinglens.science.decode;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The data-movement roofline calibrated to measured runs with a few physical efficiency terms.
 *
 * <p>Time per output token of one decode instance:
 * <pre>  TPOT = (a·memory + b·compute + c·communication + t0) / accepted</pre>
 * where memory, compute and communication are the roofline's seconds at peak
 * ({@link DecodeObservation}), {@code 1/a} is the achieved fraction of HBM bandwidth, {@code 1/b} the
 * achieved fraction of dense peak FLOP/s, {@code c} scales the link-bandwidth exchange (latency,
 * non-overlap), {@code t0} is a fixed per-step overhead (kernel launches, scheduling, sampling), and
 * {@code accepted} is the mean tokens a step emits with speculative decoding (1 otherwise). The terms
 * are added, not overlapped, so with {@code a, b ≥ 1} and {@code c, t0 ≥ 0} the model is never faster
 * than the bound. They are fitted by bounded least squares on relative TPOT error.
 *
 * <p>Throughput per decode GPU follows from Little's law: each of the {@code batch} sequences spends
 * {@code TTFT + output·TPOT} per request, so output tokens/s = batch·output / (TTFT + output·TPOT).
 * Prefill is not modelled from first principles; TTFT is taken as {@code p·input·TPOT} with one fitted
 * factor {@code p} (prefill cost per input token, in decode steps), which folds in queueing and
 * prefill interference.
 *
 * <p>Speculative decoding: {@code accepted} cannot be told apart from the efficiency terms by TPOT
 * alone (scaling all four by the same factor gives the same fit). It is therefore fitted only when
 * the same model, hardware, framework and precision also have runs without speculation, whose
 * efficiency terms are then held fixed; otherwise it is left at 1 and absorbed into the other terms.
 */
public final class DecodeCalibration {

    /** Fewest runs a group needs for a leave-one-out fit of the four terms. */
    public static final int MIN_POINTS = 5;

    private DecodeCalibration() {
    }

    /**
     * Fitted terms.
     *
     * @param a                 memory time multiplier (1 / achieved bandwidth fraction)
     * @param b                 compute time multiplier (1 / achieved compute fraction)
     * @param c                 communication time multiplier
     * @param stepOverheadSeconds fixed seconds per step
     * @param acceptedTokensPerStep mean tokens per step (1 without speculative decoding)
     * @param prefillStepsPerInputToken TTFT / (input tokens · TPOT)
     */
    public record Fit(double a, double b, double c, double stepOverheadSeconds, double acceptedTokensPerStep,
            double prefillStepsPerInputToken) {

        public double tpotSeconds(DecodeObservation o) {
            return (a * o.memorySeconds() + b * o.computeSeconds() + c * o.communicationSeconds()
                    + stepOverheadSeconds) / acceptedTokensPerStep;
        }

        public double interactivity(DecodeObservation o) {
            return 1.0 / tpotSeconds(o);
        }

        /** Output tokens/s over all GPUs of the run. */
        public double throughputPerGpu(DecodeObservation o) {
            double tpot = tpotSeconds(o);
            double perRequest = prefillStepsPerInputToken * o.inputTokens() * tpot + o.outputTokens() * tpot;
            double tokensPerSecond = o.batch() * o.outputTokens() / perRequest;
            return tokensPerSecond / o.gpusPerInstance() * o.decodeShare();
        }
    }

    /** Fits the four efficiency terms (accepted = 1), then the prefill factor. */
    public static Fit fit(List<DecodeObservation> points) {
        double[] terms = fitTerms(points, 1.0);
        Fit partial = new Fit(terms[0], terms[1], terms[2], terms[3], 1.0, 0);
        return withPrefill(partial, points);
    }

    /**
     * Fits accepted tokens per step for speculative runs with the efficiency terms of {@code base}
     * held fixed: the median of modelled / measured TPOT (at least 1), then the prefill factor.
     */
    public static Fit fitSpeculative(Fit base, List<DecodeObservation> points) {
        double[] ratios = new double[points.size()];
        for (int i = 0; i < ratios.length; i++) {
            DecodeObservation o = points.get(i);
            ratios[i] = base.tpotSeconds(o) * base.acceptedTokensPerStep() * o.measuredInteractivity();
        }
        double accepted = Math.max(1.0, median(ratios));
        Fit partial = new Fit(base.a(), base.b(), base.c(), base.stepOverheadSeconds(), accepted, 0);
        return withPrefill(partial, points);
    }

    /** The prefill factor minimising squared log throughput error, by a log-spaced scan then refinement. */
    static Fit withPrefill(Fit f, List<DecodeObservation> points) {
        double best = 0;
        double bestErr = logError(f, 0, points);
        for (double p = 1e-4; p <= 100; p *= 1.15) {
            double e = logError(f, p, points);
            if (e < bestErr) {
                bestErr = e;
                best = p;
            }
        }
        return new Fit(f.a(), f.b(), f.c(), f.stepOverheadSeconds(), f.acceptedTokensPerStep(), best);
    }

    private static double logError(Fit f, double p, List<DecodeObservation> points) {
        Fit g = new Fit(f.a(), f.b(), f.c(), f.stepOverheadSeconds(), f.acceptedTokensPerStep(), p);
        double sum = 0;
        for (DecodeObservation o : points) {
            double d = Math.log(g.throughputPerGpu(o) / o.measuredThroughputPerGpu());
            sum += d * d;
        }
        return sum;
    }

    /**
     * Bounded linear least squares on relative error: minimise Σ((a·M + b·C + c·K + t0)/(T·s) − 1)²
     * with a, b ≥ 1, c, t0 ≥ 0, by trying every set of terms pinned at their bound (16 sets) and
     * keeping the best feasible solution.
     */
    static double[] fitTerms(List<DecodeObservation> points, double accepted) {
        int n = points.size();
        double[][] x = new double[n][4];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            DecodeObservation o = points.get(i);
            double measuredStep = accepted / o.measuredInteractivity();
            x[i][0] = o.memorySeconds() / measuredStep;
            x[i][1] = o.computeSeconds() / measuredStep;
            x[i][2] = o.communicationSeconds() / measuredStep;
            x[i][3] = 1.0 / measuredStep;
            y[i] = 1.0;
        }
        double[] lower = {1, 1, 0, 0};
        double[] best = lower.clone();
        double bestSse = sse(x, y, best);
        for (int mask = 1; mask < 16; mask++) {
            double[] theta = solve(x, y, lower, mask);
            if (theta == null) {
                continue;
            }
            boolean feasible = true;
            for (int j = 0; j < 4; j++) {
                feasible &= theta[j] >= lower[j] - 1e-12;
            }
            if (!feasible) {
                continue;
            }
            double e = sse(x, y, theta);
            if (e < bestSse) {
                bestSse = e;
                best = theta;
            }
        }
        return best;
    }

    /** Least squares over the terms in {@code mask}, the others held at their lower bound. */
    private static double[] solve(double[][] x, double[] y, double[] lower, int mask) {
        int[] free = new int[Integer.bitCount(mask)];
        int k = 0;
        for (int j = 0; j < 4; j++) {
            if ((mask & (1 << j)) != 0) {
                free[k++] = j;
            }
        }
        int m = free.length;
        double[][] ata = new double[m][m];
        double[] atb = new double[m];
        for (int i = 0; i < x.length; i++) {
            double r = y[i];
            for (int j = 0; j < 4; j++) {
                if ((mask & (1 << j)) == 0) {
                    r -= lower[j] * x[i][j];
                }
            }
            for (int p = 0; p < m; p++) {
                atb[p] += x[i][free[p]] * r;
                for (int q = 0; q < m; q++) {
                    ata[p][q] += x[i][free[p]] * x[i][free[q]];
                }
            }
        }
        double[] sol = gauss(ata, atb);
        if (sol == null) {
            return null;
        }
        double[] theta = lower.clone();
        for (int p = 0; p < m; p++) {
            theta[free[p]] = sol[p];
        }
        return theta;
    }

    private static double[] gauss(double[][] a, double[] b) {
        int n = b.length;
        double[][] m = new double[n][n + 1];
        for (int i = 0; i < n; i++) {
            System.arraycopy(a[i], 0, m[i], 0, n);
            m[i][n] = b[i];
        }
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int r = col + 1; r < n; r++) {
                if (Math.abs(m[r][col]) > Math.abs(m[pivot][col])) {
                    pivot = r;
                }
            }
            if (Math.abs(m[pivot][col]) < 1e-14) {
                return null;
            }
            double[] t = m[col];
            m[col] = m[pivot];
            m[pivot] = t;
            for (int r = 0; r < n; r++) {
                if (r != col) {
                    double f = m[r][col] / m[col][col];
                    for (int c = col; c <= n; c++) {
                        m[r][c] -= f * m[col][c];
                    }
                }
            }
        }
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = m[i][n] / m[i][i];
            if (!Double.isFinite(out[i])) {
                return null;
            }
        }
        return out;
    }

    private static double sse(double[][] x, double[] y, double[] theta) {
        double s = 0;
        for (int i = 0; i < x.length; i++) {
            double p = 0;
            for (int j = 0; j < 4; j++) {
                p += x[i][j] * theta[j];
            }
            s += (p - y[i]) * (p - y[i]);
        }
        return s;
    }

    static double median(double[] v) {
        if (v.length == 0) {
            return Double.NaN;
        }
        double[] s = v.clone();
        Arrays.sort(s);
        int n = s.length;
        return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
    }

    /** Observations grouped by model, hardware, framework, precision and speculative decoding. */
    public static Map<String, List<DecodeObservation>> groups(List<DecodeObservation> observations) {
        Map<String, List<DecodeObservation>> g = new LinkedHashMap<>();
        for (DecodeObservation o : observations) {
            g.computeIfAbsent(o.groupKey(), k -> new ArrayList<>()).add(o);
        }
        return g;
    }
}

package dev.scalinglens.bench;

import java.util.Arrays;
import java.util.Locale;

/** Repeated wall-clock measurements of one task, summarised as median, min and p95 in milliseconds. */
record Timings(double[] millis) {

    /** A task whose result is returned so the JIT cannot discard the work. */
    @FunctionalInterface
    interface Task {
        Object run() throws Exception;
    }

    static Timings measure(int warmup, int repetitions, Task task) throws Exception {
        Object sink = null;
        for (int i = 0; i < warmup; i++) {
            sink = task.run();
        }
        double[] ms = new double[repetitions];
        for (int i = 0; i < repetitions; i++) {
            long start = System.nanoTime();
            sink = task.run();
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        if (sink == null) {
            throw new IllegalStateException("benchmark task returned nothing");
        }
        Arrays.sort(ms);
        return new Timings(ms);
    }

    double median() {
        int n = millis.length;
        return n % 2 == 1 ? millis[n / 2] : (millis[n / 2 - 1] + millis[n / 2]) / 2;
    }

    double min() {
        return millis[0];
    }

    /** Nearest-rank 95th percentile. */
    double p95() {
        return millis[Math.max(0, (int) Math.ceil(0.95 * millis.length) - 1)];
    }

    String summary() {
        return String.format(Locale.ROOT, "median %.1f ms (min %.1f, p95 %.1f, n=%d)", median(), min(), p95(),
                millis.length);
    }
}

package dev.scalinglens.bench;

import picocli.CommandLine.Option;

/** {@code --warmup} and {@code --repetitions} of the in-process benchmarks (load, decode). */
final class RepetitionOptions {

    @Option(names = "--warmup", description = "untimed runs first (default: ${DEFAULT-VALUE})")
    int warmup = 3;

    @Option(names = "--repetitions", description = "timed runs (default: ${DEFAULT-VALUE})")
    int repetitions = 10;

    boolean valid() {
        return warmup >= 0 && repetitions > 0;
    }

    /** {@code task}'s times after {@link #warmup} untimed runs. */
    Timings measure(Timings.Task task) throws Exception {
        return Timings.measure(warmup, repetitions, task);
    }
}

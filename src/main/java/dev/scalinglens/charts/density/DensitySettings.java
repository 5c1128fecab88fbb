package dev.scalinglens.charts.density;

import dev.scalinglens.science.density.DensityBenchmark;
import dev.scalinglens.science.density.DensityOptions;
import dev.scalinglens.science.density.DensityPreset;

import java.time.LocalDate;

/**
 * What-if controls of the capacity-density chart. The envelope bootstrap runs inside build(): it refits a
 * line to at most a few hundred points per resample, milliseconds in all, and is seeded, so build() stays pure.
 *
 * @param preset              model set and window of a published fit: PAPER (arXiv v1), JOURNAL, CATALOG
 * @param benchmark           MMLU or the five-benchmark AVERAGE
 * @param fitFrom             first release date in the envelope fit, or null for the preset's
 * @param fitTo               last release date in the envelope fit, or null for the preset's
 * @param allScoreKinds       also use instruct, reasoning and fine-tuned scores (default: base models only)
 * @param splitAtChatGpt      also fit before and after 2022-11-30 (the journal version's split)
 * @param showEnvelope        draw the envelope line
 * @param sensitivityView     draw the doubling time against the fit window's start and end instead of densities
 * @param bootstrapReplicates resamples for the doubling-time interval
 * @param seed                bootstrap seed
 */
public record DensitySettings(DensityPreset preset, DensityBenchmark benchmark, LocalDate fitFrom, LocalDate fitTo,
                              boolean allScoreKinds, boolean splitAtChatGpt, boolean showEnvelope,
                              boolean sensitivityView,
                              @dev.scalinglens.charts.SettingRange(min = 1,
                                      max = DensitySettings.MAX_BOOTSTRAP_REPLICATES) int bootstrapReplicates,
                              long seed) {

    /** Far more resamples than a 95% interval needs (1,000 give it to about ±1 day), and still seconds. */
    public static final int MAX_BOOTSTRAP_REPLICATES = 100_000;

    public DensitySettings {
        preset = preset == null ? DensityPreset.PAPER : preset;
        benchmark = benchmark == null ? DensityBenchmark.MMLU : benchmark;
        if (bootstrapReplicates < 1 || bootstrapReplicates > MAX_BOOTSTRAP_REPLICATES) {
            // A view file is untrusted: 2^31 resamples would run for hours and exhaust memory.
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
                    "bootstrap replicates must be 1 … %,d, got %,d", MAX_BOOTSTRAP_REPLICATES, bootstrapReplicates));
        }
        if (fitFrom != null && fitTo != null && fitFrom.isAfter(fitTo)) {
            throw new IllegalArgumentException("fit window starts (" + fitFrom + ") after it ends (" + fitTo + ")");
        }
    }

    public static DensitySettings defaults() {
        return new DensitySettings(DensityPreset.PAPER, DensityBenchmark.MMLU, null, null, false, false, true, false, 1000, 1L);
    }

    public DensityOptions toOptions() {
        DensityOptions o = preset.options().withBenchmark(benchmark)
                .withWindow(fitFrom != null ? fitFrom : preset.from(), fitTo != null ? fitTo : preset.to())
                .withReplicates(bootstrapReplicates, seed);
        if (allScoreKinds) {
            o = o.withScoreKinds(DensityOptions.ALL_KINDS);
        }
        return splitAtChatGpt ? o.withSplit(DensityOptions.CHATGPT) : o;
    }

    public DensitySettings withBenchmark(DensityBenchmark newBenchmark) {
        return new DensitySettings(preset, newBenchmark, fitFrom, fitTo, allScoreKinds, splitAtChatGpt, showEnvelope,
                sensitivityView, bootstrapReplicates, seed);
    }

    public DensitySettings withFitWindow(LocalDate from, LocalDate to) {
        return new DensitySettings(preset, benchmark, from, to, allScoreKinds, splitAtChatGpt, showEnvelope,
                sensitivityView, bootstrapReplicates, seed);
    }

    public DensitySettings withSensitivityView(boolean on) {
        return new DensitySettings(preset, benchmark, fitFrom, fitTo, allScoreKinds, splitAtChatGpt, showEnvelope, on,
                bootstrapReplicates, seed);
    }
}

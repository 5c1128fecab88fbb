package dev.scalinglens.cli;

import dev.scalinglens.catalog.Catalog;
import dev.scalinglens.science.density.DensityAnalysis;
import dev.scalinglens.science.density.DensityBenchmark;
import dev.scalinglens.science.density.DensityOptions;
import dev.scalinglens.science.density.DensityPreset;
import dev.scalinglens.science.density.DensityResult;
import dev.scalinglens.science.density.DensitySensitivity;
import dev.scalinglens.science.density.DensityTrend;
import dev.scalinglens.science.density.EnvelopeStats;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * {@code analyze density}: the densing-law doubling time,
 * {"doublingTimeDays", "ci95", "r2", "models", "envelopeModels", "reference", "window", ...}.
 */
@Command(name = "density",
        mixinStandardHelpOptions = true,
        description = "Capacity-density doubling time with a 95%% bootstrap interval (Xiao et al. 2024)."
                + " Default: the paper's model set and window (2023-02-01 to 2024-12-31), MMLU, base models' scores.")
public final class AnalyzeDensityCommand implements Runnable {

    private final Supplier<Catalog> catalog;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--preset", defaultValue = "PAPER",
            description = "PAPER (arXiv v1 Figure 1 models, 2023-02 to 2024-12), JOURNAL (every catalog model,"
                    + " 2023-02 to 2025-04) or CATALOG (every model, every date). Default: ${DEFAULT-VALUE}.")
    DensityPreset preset;

    @Option(names = "--benchmark", defaultValue = "MMLU",
            description = "MMLU or AVERAGE (MMLU, BBH, MATH, HumanEval, MBPP). Default: ${DEFAULT-VALUE}.")
    DensityBenchmark benchmark;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "First release date in the envelope fit"
            + " (default: the preset's).")
    LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Last release date in the envelope fit"
            + " (default: the preset's).")
    LocalDate to;

    @Option(names = "--all-kinds", description = "Also use instruct, reasoning and fine-tuned scores"
            + " (default: base models' scores only).")
    boolean allKinds;

    @Option(names = "--split", paramLabel = "YYYY-MM-DD", arity = "0..1", fallbackValue = "2022-11-30",
            description = "Also fit before and after this date (default when given without a date: ChatGPT's"
                    + " release, 2022-11-30).")
    LocalDate split;

    @Option(names = "--sensitivity", description = "Print the doubling time against the fit window's start and end"
            + " and the benchmark set instead.")
    boolean sensitivity;

    @Option(names = "--bootstrap", paramLabel = "N", defaultValue = "1000",
            description = "Bootstrap resamples (default: ${DEFAULT-VALUE}).")
    int replicates;

    @Option(names = "--seed", defaultValue = "1", description = "Bootstrap seed (default: ${DEFAULT-VALUE}).")
    long seed;

    public AnalyzeDensityCommand(Supplier<Catalog> catalog) {
        this.catalog = catalog;
    }

    @Override
    public void run() {
        if (replicates < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--bootstrap must be positive");
        }
        LocalDate start = from != null ? from : preset.from();
        LocalDate end = to != null ? to : preset.to();
        if (start != null && end != null && start.isAfter(end)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--from " + start + " is after --to " + end);
        }
        DensityOptions options = preset.options().withBenchmark(benchmark).withWindow(start, end)
                .withReplicates(replicates, seed).withSplit(split);
        if (allKinds) {
            options = options.withScoreKinds(DensityOptions.ALL_KINDS);
        }
        Object out;
        try {
            if (sensitivity) {
                out = DensitySensitivity.run(catalog.get(), options);
            } else {
                out = result(DensityAnalysis.run(catalog.get(), options), preset);
            }
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "cannot fit the density trend: "
                    + e.getMessage());
        }
        spec.commandLine().getOut().println(AnalyzeCommand.json(out));
    }

    static Map<String, Object> result(DensityTrend trend, DensityPreset preset) {
        DensityResult r = trend.toResult();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("doublingTimeDays", r.doublingTimeDays());
        out.put("ci95", r.ci95());
        out.put("r2", r.r2());
        out.put("models", r.models());
        out.put("envelopeModels", r.envelopeModels());
        out.put("reference", r.reference());
        out.put("window", r.window());
        if (r.note() != null) {
            out.put("note", r.note());
        }
        out.put("published", preset.publishedValue());
        if (trend.beforeSplit() != null) {
            out.put("beforeSplit", split(trend.beforeSplit()));
            out.put("afterSplit", split(trend.afterSplit()));
        }
        out.put("outsideReferenceRange", r.outsideRange());
        out.put("noEstimate", r.noEstimate());
        return out;
    }

    private static Map<String, Object> split(EnvelopeStats s) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("window", new String[] {s.from() == null ? null : s.from().toString(),
                s.to() == null ? null : s.to().toString()});
        out.put("doublingTimeDays", s.hasTrend() ? s.doublingTimeDays() : null);
        out.put("ci95", s.ci95() == null ? null : new double[] {s.ci95().low(), s.ci95().high()});
        out.put("r2", s.hasStatistics() ? s.rSquared() : null);
        out.put("models", s.points());
        out.put("envelopePoints", s.envelopeSize());
        if (s.note() != null) {
            out.put("note", s.note());
        }
        return out;
    }
}

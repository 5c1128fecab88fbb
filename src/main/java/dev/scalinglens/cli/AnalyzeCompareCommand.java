package dev.scalinglens.cli;

import dev.scalinglens.catalog.Catalog;
import dev.scalinglens.catalog.ModelRecord;
import dev.scalinglens.science.density.DensityBenchmark;
import dev.scalinglens.science.density.DensityEstimator;
import dev.scalinglens.science.density.DensityOptions;
import dev.scalinglens.science.density.EffectiveParameterEstimator;
import dev.scalinglens.science.density.ParameterComparison;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code analyze compare --model X --reference Y}: the Densing Law paper's comparison, "X reaches Y's score
 * with Z% of its parameters, T months later" (Xiao et al. 2024: MiniCPM-1-2.4B vs Mistral-7B).
 */
@Command(name = "compare",
        mixinStandardHelpOptions = true,
        description = "Compare a model with an earlier one: score, share of parameters, months between releases.")
public final class AnalyzeCompareCommand implements Runnable {

    private final Supplier<Catalog> catalog;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--model", required = true, paramLabel = "ID", description = "The (usually later, smaller) model.")
    String modelId;

    @Option(names = "--reference", required = true, paramLabel = "ID", description = "The model it is compared with.")
    String referenceId;

    @Option(names = "--benchmark", defaultValue = "MMLU",
            description = "MMLU or AVERAGE (MMLU, BBH, MATH, HumanEval, MBPP). Default: ${DEFAULT-VALUE}.")
    DensityBenchmark benchmark;

    public AnalyzeCompareCommand(Supplier<Catalog> catalog) {
        this.catalog = catalog;
    }

    @Override
    public void run() {
        ModelRecord model = model(modelId);
        ModelRecord reference = model(referenceId);
        ParameterComparison c = ParameterComparison.of(model, reference, benchmark).orElseThrow(() ->
                new CommandLine.ParameterException(spec.commandLine(), "cannot compare " + modelId + " with "
                        + referenceId + ": each needs a " + benchmark + " score, a parameter count and a release date"));
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("sentence", c.sentence());
        result.put("parameterFraction", c.parameterFraction());
        result.put("monthsLater", c.monthsLater());
        result.put("modelScorePercent", c.laterScorePercent());
        result.put("referenceScorePercent", c.earlierScorePercent());
        try {
            EffectiveParameterEstimator estimator = DensityEstimator.estimator(catalog.get(),
                    DensityOptions.defaults().withBenchmark(benchmark));
            result.put("modelDensity", density(model, estimator));
            result.put("referenceDensity", density(reference, estimator));
            result.put("densityRelativeTo", estimator.referenceName());
        } catch (IllegalArgumentException noReference) {
            result.put("densityNote", "no density: " + noReference.getMessage());
        }
        spec.commandLine().getOut().println(AnalyzeCommand.json(result));
    }

    /** Capacity density relative to the reference family, or null when the score is outside its span. */
    private Double density(ModelRecord m, EffectiveParameterEstimator estimator) {
        return benchmark.score(m).flatMap(s -> {
            OptionalDouble n = estimator.effectiveParameters(s.percent());
            return n.isPresent() ? Optional.of(n.getAsDouble() / m.activeOrTotalParameters().value()) : Optional.empty();
        }).orElse(null);
    }

    private ModelRecord model(String id) {
        return catalog.get().model(id).orElseThrow(() ->
                new CommandLine.ParameterException(spec.commandLine(), "no model \"" + id + "\" in the catalog"));
    }
}

package dev.scalinglens.science.density;

import dev.scalinglens.catalog.BenchmarkScore;
import dev.scalinglens.catalog.ModelRecord;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Which score feeds the density estimate. */
public enum DensityBenchmark {

    /** MMLU alone (Hendrycks et al. 2021); 4-choice, so chance is 25%. */
    MMLU(List.of("mmlu"), 25.0),

    /**
     * The mean of the five benchmarks of Xiao et al. 2024 (MMLU, BBH, MATH, HumanEval, MBPP), only for
     * models that report all five. Floor 5% = MMLU's 25% chance averaged with 0% for the four generative
     * benchmarks (BBH's multiple-choice tasks are ignored: an approximation).
     */
    AVERAGE(List.of("mmlu", "bbh", "math", "humaneval", "mbpp"), 5.0);

    private final List<String> keys;
    private final double chancePercent;

    DensityBenchmark(List<String> keys, double chancePercent) {
        this.keys = keys;
        this.chancePercent = chancePercent;
    }

    public List<String> keys() {
        return keys;
    }

    public double chancePercent() {
        return chancePercent;
    }

    /** How the choice reads in the settings sheet. */
    public String label() {
        return this == MMLU ? "MMLU" : "Mean of MMLU, BBH, MATH, HumanEval, MBPP";
    }

    /** A short name: "MMLU" or "five-benchmark average". */
    public String shortLabel() {
        return this == MMLU ? "MMLU" : "five-benchmark average";
    }

    /** The model's score on this benchmark (mean for AVERAGE) of any kind, or empty when any component is missing. */
    public Optional<Score> score(ModelRecord model) {
        return score(model, null);
    }

    /**
     * The model's score counting only scores whose {@link BenchmarkScore#kind()} is in {@code kinds} (null:
     * any kind; {@link DensityOptions#UNLABELLED} stands for scores without a kind); empty when any component is missing or
     * of another kind.
     */
    public Optional<Score> score(ModelRecord model, Set<String> kinds) {
        double sum = 0;
        boolean estimated = false;
        for (String key : keys) {
            Optional<BenchmarkScore> score = model.benchmarks().stream()
                    .filter(b -> key.equalsIgnoreCase(b.benchmark())
                            && (kinds == null || kinds.contains(b.kind() == null ? DensityOptions.UNLABELLED : b.kind())))
                    .findFirst();
            if (score.isEmpty() || score.get().scorePercent() == null
                    || !Double.isFinite(score.get().scorePercent().value())) {
                return Optional.empty();
            }
            sum += score.get().scorePercent().value();
            estimated |= score.get().scorePercent().estimated();
        }
        return Optional.of(new Score(sum / keys.size(), estimated));
    }

    /** A score in percent and whether any part of it is an estimate. */
    public record Score(double percent, boolean estimated) {
    }
}

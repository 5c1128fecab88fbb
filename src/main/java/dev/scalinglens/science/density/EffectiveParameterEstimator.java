package dev.scalinglens.science.density;

import java.util.OptionalDouble;

/**
 * Maps a benchmark score to the parameter count a reference model would need to reach it (Xiao et al.
 * 2024, "Densing Law of LLMs", §2: the effective parameter size). Swappable: {@link ReferenceFamilyEstimator}
 * (one published reference family, the default) and {@link LossLawEffectiveParameterEstimator} (the
 * paper's score → loss → parameters structure with a public loss law) are two implementations.
 */
public interface EffectiveParameterEstimator {

    /** Where a score lies relative to what the estimator can invert without extrapolating. */
    enum Range { BELOW, INSIDE, ABOVE }

    /**
     * Effective parameters (count) for a score in percent, or empty when the score lies outside what
     * the estimator can invert (see {@link #range}).
     */
    OptionalDouble effectiveParameters(double scorePercent);

    /** The score (percent) a reference model with this many parameters is expected to reach: the inverse map. */
    double expectedScore(double parameters);

    /** One line on how the estimator was built, for footnotes and docs. */
    String description();

    /** BELOW or ABOVE when the score is outside the span the estimator inverts; INSIDE otherwise. */
    default Range range(double scorePercent) {
        return effectiveParameters(scorePercent).isPresent() ? Range.INSIDE : Range.ABOVE;
    }

    /** Effective parameters at the low end of the invertible span (NaN when unbounded or unknown). */
    default double minEffectiveParameters() {
        return Double.NaN;
    }

    /** Effective parameters at the high end of the invertible span (NaN when unbounded or unknown). */
    default double maxEffectiveParameters() {
        return Double.NaN;
    }

    /** What densities are relative to, in a few words ("Qwen2.5 base"). */
    default String referenceName() {
        return "the reference models";
    }
}

package dev.scalinglens.science.density;

import java.util.List;

/**
 * A finished density analysis.
 *
 * @param estimates     every model of the set with a density estimate (any date)
 * @param outside       models whose score is outside the reference span (bounded, not estimated; not fitted)
 * @param none          models of the set with no density, each with the reason
 * @param main          the envelope over the options' window
 * @param beforeSplit   the envelope before the split date (within the window), or null without a split
 * @param afterSplit    the envelope after the split date, or null without a split
 * @param replicates    bootstrap resamples drawn
 * @param estimatorNote how the effective parameters were estimated
 * @param referenceName what densities are relative to ("Qwen2.5 base")
 */
public record DensityTrend(List<DensityEstimate> estimates, List<OutsideRange> outside, List<NoEstimate> none,
                           EnvelopeStats main, EnvelopeStats beforeSplit, EnvelopeStats afterSplit, int replicates,
                           String estimatorNote, String referenceName) {

    public DensityTrend {
        estimates = List.copyOf(estimates);
        outside = List.copyOf(outside);
        none = List.copyOf(none);
    }

    /** The envelope line over the window, or null when fewer than 2 models set records. */
    public EnvelopeFit fit() {
        return main.fit();
    }

    public DensityResult toResult() {
        EnvelopeFit fit = main.fit();
        return new DensityResult(
                fit == null ? null : fit.doublingTimeDays(),
                main.ci95() == null ? null : new double[] {main.ci95().low(), main.ci95().high()},
                main.hasStatistics() ? fit.rSquared() : null,
                main.points(),
                fit == null ? List.of() : fit.envelope().stream().map(DatedDensity::id).toList(),
                estimatorNote,
                new String[] {main.from() == null ? null : main.from().toString(),
                        main.to() == null ? null : main.to().toString()},
                main.note(),
                outside.stream().map(o -> o.model().id() + " (" + o.range().name().toLowerCase() + ")").toList(),
                none);
    }
}

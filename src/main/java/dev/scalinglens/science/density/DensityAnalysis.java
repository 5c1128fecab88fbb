package dev.scalinglens.science.density;

import dev.scalinglens.catalog.Catalog;

import java.time.LocalDate;
import java.util.List;

/**
 * The densing-law analysis end to end: reference-family estimator, density of every model of the set,
 * envelope fit ln ρmax = A·t + B inside the date window (optionally also before/after a split date), and a
 * bootstrap interval of the doubling time when the envelope has at least 4 points.
 */
public final class DensityAnalysis {

    private DensityAnalysis() {
    }

    /** What {@code analyze density} prints. */
    public static DensityResult analyze(Catalog catalog, DensityOptions options) {
        return run(catalog, options).toResult();
    }

    public static DensityTrend run(Catalog catalog, DensityOptions options) {
        return run(catalog, options, DensityEstimator.estimator(catalog, options));
    }

    /** With any estimator (the seam for alternatives). */
    public static DensityTrend run(Catalog catalog, DensityOptions options, EffectiveParameterEstimator estimator) {
        DensityEstimator.DensityInputs inputs = DensityEstimator.assess(catalog, options, estimator);
        EnvelopeStats main = stats(inputs.estimates(), options.from(), options.to(), options);
        EnvelopeStats before = null;
        EnvelopeStats after = null;
        if (options.split() != null) {
            before = stats(inputs.estimates(), options.from(), options.split(), options);
            after = stats(inputs.estimates(), options.split().plusDays(1), options.to(), options);
        }
        String reference = estimator.description();
        return new DensityTrend(inputs.estimates(), inputs.outside(), inputs.none(), main, before, after,
                options.bootstrapReplicates(), reference, estimator.referenceName());
    }

    static EnvelopeStats stats(List<DensityEstimate> estimates, LocalDate from, LocalDate to, DensityOptions options) {
        List<DatedDensity> window = window(estimates, from, to);
        return EnvelopeStats.of(from, to, window, options.bootstrapReplicates(), options.seed());
    }

    static List<DatedDensity> window(List<DensityEstimate> estimates, LocalDate from, LocalDate to) {
        return estimates.stream()
                .filter(e -> inside(e.releaseDate(), from, to))
                .map(e -> new DatedDensity(e.model().id(), e.releaseDate().toEpochDay(), e.density()))
                .toList();
    }

    static boolean inside(LocalDate date, LocalDate from, LocalDate to) {
        return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
    }
}

package dev.scalinglens.science.density;

import dev.scalinglens.catalog.BenchmarkScore;
import dev.scalinglens.catalog.Catalog;
import dev.scalinglens.catalog.ModelRecord;
import dev.scalinglens.catalog.Quantity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/** Builds the reference-family estimator from the catalog and sorts every model into estimated, outside, none. */
public final class DensityEstimator {

    private DensityEstimator() {
    }

    /** The reference family's models that have a parameter count and a base score on the benchmark. */
    public static List<ReferenceModel> references(Catalog catalog, DensityOptions options) {
        List<ReferenceModel> out = new ArrayList<>();
        for (String id : options.referenceModelIds()) {
            Optional<ModelRecord> model = catalog.model(id);
            if (model.isEmpty() || model.get().parameters() == null) {
                continue;
            }
            Optional<DensityBenchmark.Score> score = options.benchmark().score(model.get(), DensityOptions.BASE_ONLY);
            if (score.isPresent()) {
                out.add(new ReferenceModel(id, name(model.get()), model.get().parameters().value(),
                        score.get().percent()));
            }
        }
        return out;
    }

    /** The default estimator: a score curve fitted to the reference family. */
    public static ReferenceFamilyEstimator estimator(Catalog catalog, DensityOptions options) {
        String family = options.referenceModelIds().equals(DensityOptions.DEFAULT_REFERENCES)
                ? DensityOptions.DEFAULT_REFERENCE_FAMILY
                : catalog.model(options.referenceModelIds().get(0)).map(ModelRecord::family).orElse("reference");
        return ReferenceFamilyEstimator.fit(references(catalog, options), options.benchmark().chancePercent(), family);
    }

    /** Every model of the options' set sorted: estimated densities, models outside the reference span, none. */
    public static DensityInputs assess(Catalog catalog, DensityOptions options, EffectiveParameterEstimator estimator) {
        Set<String> set = options.modelIds() == null ? null : new HashSet<>(options.modelIds());
        Set<String> references = new HashSet<>(options.referenceModelIds());
        List<DensityEstimate> estimates = new ArrayList<>();
        List<OutsideRange> outside = new ArrayList<>();
        List<NoEstimate> none = new ArrayList<>();
        for (ModelRecord m : catalog.models()) {
            if (set != null && !set.contains(m.id())) {
                continue;
            }
            Quantity n = m.activeOrTotalParameters();
            Optional<DensityBenchmark.Score> score = options.benchmark().score(m, options.scoreKinds());
            if (references.contains(m.id())) {
                none.add(new NoEstimate(m.id(), "reference model (density ≈ 1 by construction)"));
                continue;
            }
            if (m.releaseDate() == null) {
                none.add(new NoEstimate(m.id(), "no release date"));
                continue;
            }
            if (n == null || !(n.value() > 0) || !Double.isFinite(n.value())) {
                none.add(new NoEstimate(m.id(), "no parameter count"));
                continue;
            }
            if (score.isEmpty()) {
                none.add(new NoEstimate(m.id(), missingScoreReason(m, options)));
                continue;
            }
            double s = score.get().percent();
            OptionalDouble effective = estimator.effectiveParameters(s);
            if (effective.isPresent()) {
                estimates.add(new DensityEstimate(m, m.releaseDate(), n.value(), effective.getAsDouble(), s,
                        score.get().estimated() || n.estimated()));
                continue;
            }
            EffectiveParameterEstimator.Range range = estimator.range(s);
            double edge = range == EffectiveParameterEstimator.Range.BELOW ? estimator.minEffectiveParameters()
                    : estimator.maxEffectiveParameters();
            if (range != EffectiveParameterEstimator.Range.INSIDE && Double.isFinite(edge)) {
                outside.add(new OutsideRange(m, n.value(), s, range, edge / n.value()));
            } else {
                none.add(new NoEstimate(m.id(), String.format(Locale.ROOT, "%s score %.1f%% cannot be inverted",
                        options.benchmark().label(), s)));
            }
        }
        return new DensityInputs(estimates, outside, none);
    }

    private static String missingScoreReason(ModelRecord m, DensityOptions options) {
        Optional<DensityBenchmark.Score> anyKind = options.benchmark().score(m, null);
        if (anyKind.isEmpty()) {
            return "no " + options.benchmark().shortLabel() + " score in the catalog";
        }
        List<String> kinds = new ArrayList<>();
        for (String key : options.benchmark().keys()) {
            m.benchmark(key).map(BenchmarkScore::kind).filter(k -> k == null || !options.scoreKinds().contains(k))
                    .ifPresent(k -> {
                        if (!kinds.contains(k)) {
                            kinds.add(k);
                        }
                    });
        }
        String kind = kinds.isEmpty() ? "unlabelled" : String.join("/", kinds);
        return options.benchmark().shortLabel() + " score is " + kind + ", not a base model's (widen the score kinds"
                + " to include it)";
    }

    private static String name(ModelRecord m) {
        return m.name() != null ? m.name() : m.id();
    }

    /** The three groups {@link #assess} returns. */
    public record DensityInputs(List<DensityEstimate> estimates, List<OutsideRange> outside, List<NoEstimate> none) {
        public DensityInputs {
            estimates = List.copyOf(estimates);
            outside = List.copyOf(outside);
            none = List.copyOf(none);
        }
    }
}

package dev.scalinglens.science.density;

import dev.scalinglens.catalog.Catalog;
import dev.scalinglens.catalog.LossLaw;
import dev.scalinglens.catalog.ModelRecord;
import dev.scalinglens.catalog.Quantity;
import dev.scalinglens.science.chinchilla.ScalingLaw;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The two-step estimator of Xiao et al. 2024: score → loss through a fitted sigmoid, then loss →
 * parameters by inverting the loss law at a fixed token count, N = (A / (L − E − B/D^β))^{1/α}.
 * Not the default: with reference losses predicted by a public pre-training law (the paper's own fitted
 * constants are unpublished) the inversion explodes near the law's floor; kept as an alternative behind
 * {@link EffectiveParameterEstimator} (see docs/science-density.md).
 */
public final class LossLawEffectiveParameterEstimator implements EffectiveParameterEstimator {

    /** Training tokens at which the loss law is inverted: 1T, as fixed by the project's issue. */
    public static final double REFERENCE_TOKENS = 1e12;

    /**
     * LLaMA 1 (Touvron et al. 2023a) and Llama 2 (Touvron et al. 2023b) base models: the reference models this
     * estimator was built with.
     */
    public static final List<String> LLAMA_REFERENCES = List.of(
            "llama-7b", "llama-13b", "llama-33b", "llama-65b", "llama-2-7b", "llama-2-13b", "llama-2-70b");

    private final ScalingLaw law;
    private final ScoreLossSigmoid sigmoid;
    private final double referenceTokens;
    private final String description;

    public LossLawEffectiveParameterEstimator(ScalingLaw law, ScoreLossSigmoid sigmoid, double referenceTokens,
                                              String description) {
        this.law = law;
        this.sigmoid = sigmoid;
        this.referenceTokens = referenceTokens;
        this.description = description;
    }

    /** The estimator fitted to the catalog's reference models with loss from the named loss law. */
    public static LossLawEffectiveParameterEstimator fromCatalog(Catalog catalog, DensityBenchmark benchmark,
                                                                 String lossLawId, List<String> referenceIds) {
        LossLaw lossLaw = catalog.lossLaw(lossLawId).orElseThrow(() -> new IllegalArgumentException(
                "the catalog has no loss law '" + lossLawId + "' (expected e.g. 'hoffmann' or 'epoch')"));
        ScalingLaw law = new ScalingLaw(lossLaw);
        List<ReferencePoint> references = references(catalog, benchmark, referenceIds, law);
        ScoreLossSigmoid sigmoid = SigmoidFitter.fit(references, benchmark.chancePercent());
        String description = "score → loss sigmoid fitted to " + references.size() + " reference models ("
                + String.join(", ", references.stream().map(ReferencePoint::modelId).toList())
                + ") with loss from " + lossLaw.name() + "; loss → parameters at D = 1T tokens";
        return new LossLawEffectiveParameterEstimator(law, sigmoid, REFERENCE_TOKENS, description);
    }

    /** Reference points: models with reported (not estimated) N, D and score, loss from the law at (N, D). */
    public static List<ReferencePoint> references(Catalog catalog, DensityBenchmark benchmark, List<String> referenceIds,
                                                  ScalingLaw law) {
        List<ReferencePoint> chosen = referencePoints(catalog, benchmark, referenceIds, law, true);
        return chosen.size() >= 2 ? chosen : referencePoints(catalog, benchmark, referenceIds, law, false);
    }

    private static List<ReferencePoint> referencePoints(Catalog catalog, DensityBenchmark benchmark,
                                                        List<String> referenceIds, ScalingLaw law, boolean listedOnly) {
        List<ReferencePoint> out = new ArrayList<>();
        for (ModelRecord m : catalog.models()) {
            if (listedOnly && !referenceIds.contains(m.id())) {
                continue;
            }
            if (m.isMixtureOfExperts() || !reported(m.parameters()) || !reported(m.trainingTokens())) {
                continue;
            }
            Optional<DensityBenchmark.Score> score = benchmark.score(m);
            if (score.isEmpty() || score.get().estimated()) {
                continue;
            }
            double n = m.parameters().value();
            double d = m.trainingTokens().value();
            out.add(new ReferencePoint(m.id(), n, d, law.loss(n, d), score.get().percent()));
        }
        return out;
    }

    private static boolean reported(Quantity q) {
        return q != null && !q.estimated() && q.value() > 0 && Double.isFinite(q.value());
    }

    @Override
    public OptionalDouble effectiveParameters(double scorePercent) {
        double loss = sigmoid.loss(scorePercent);
        double parameterTerm = loss - law.law().e() - law.law().b() / Math.pow(referenceTokens, law.law().beta());
        if (!(parameterTerm > 0)) { // NaN (score outside the sigmoid) or a loss no model size reaches at D
            return OptionalDouble.empty();
        }
        double n = Math.pow(law.law().a() / parameterTerm, 1 / law.law().alpha());
        return Double.isFinite(n) ? OptionalDouble.of(n) : OptionalDouble.empty();
    }

    @Override
    public double expectedScore(double parameters) {
        return sigmoid.score(law.loss(parameters, referenceTokens));
    }

    @Override
    public String description() {
        return description;
    }
}

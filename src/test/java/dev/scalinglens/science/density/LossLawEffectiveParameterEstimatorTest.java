package dev.scalinglens.science.density;

import dev.scalinglens.science.chinchilla.ScalingLaw;
import dev.scalinglens.testing.TestCatalogs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.OptionalDouble;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LossLawEffectiveParameterEstimatorTest {

    static LossLawEffectiveParameterEstimator estimator() {
        return LossLawEffectiveParameterEstimator.fromCatalog(TestCatalogs.small(), DensityBenchmark.MMLU, "hoffmann",
                LossLawEffectiveParameterEstimator.LLAMA_REFERENCES);
    }

    @Test
    void estimatorUsesTheListedLlamaReferences() {
        List<ReferencePoint> refs = LossLawEffectiveParameterEstimator.references(TestCatalogs.small(), DensityBenchmark.MMLU,
                LossLawEffectiveParameterEstimator.LLAMA_REFERENCES,
                new ScalingLaw(TestCatalogs.HOFFMANN));
        assertEquals(7, refs.size());
        assertTrue(estimator().description().contains("llama-2-70b"));
    }

    @Test
    void effectiveParametersRiseWithScore() {
        LossLawEffectiveParameterEstimator e = estimator();
        double previous = 0;
        for (double score = 30; score <= 68; score += 2) {
            OptionalDouble n = e.effectiveParameters(score);
            assertTrue(n.isPresent(), "score " + score);
            assertTrue(n.getAsDouble() > previous, "monotone at " + score);
            previous = n.getAsDouble();
        }
    }

    @ParameterizedTest
    @ValueSource(doubles = {1e8, 1e9, 7e9, 3e10})
    void expectedScoreInvertsEffectiveParameters(double parameters) {
        LossLawEffectiveParameterEstimator e = estimator();
        double score = e.expectedScore(parameters);
        assertEquals(parameters, e.effectiveParameters(score).orElseThrow(), parameters * 1e-6);
    }

    @Test
    void effectiveParametersIsEmptyAtChanceAndBeyondTheLawsFloor() {
        LossLawEffectiveParameterEstimator e = estimator();
        assertFalse(e.effectiveParameters(25).isPresent(), "chance level");
        assertFalse(e.effectiveParameters(100).isPresent(), "ceiling");
    }

    @Test
    void sigmoidLossInvertsScore() {
        ScoreLossSigmoid s = new ScoreLossSigmoid(75, -8, 2.1, 25);
        for (double loss = 1.8; loss < 2.6; loss += 0.1) {
            assertEquals(loss, s.loss(s.score(loss)), 1e-9);
        }
        assertTrue(Double.isNaN(s.loss(20)));
    }

    @Test
    void sigmoidFitReproducesTheReferenceScoresClosely() {
        ScalingLaw law = new ScalingLaw(TestCatalogs.HOFFMANN);
        List<ReferencePoint> refs = LossLawEffectiveParameterEstimator.references(TestCatalogs.small(), DensityBenchmark.MMLU,
                LossLawEffectiveParameterEstimator.LLAMA_REFERENCES, law);
        ScoreLossSigmoid s = SigmoidFitter.fit(refs, 25);
        assertTrue(s.gamma() < 0);
        for (ReferencePoint p : refs) {
            assertEquals(p.scorePercent(), s.score(p.loss()), 8.0, p.modelId());
        }
    }
}

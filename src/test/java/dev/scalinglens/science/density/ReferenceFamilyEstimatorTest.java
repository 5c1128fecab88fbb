package dev.scalinglens.science.density;

import dev.scalinglens.catalog.load.CatalogLoader;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReferenceFamilyEstimatorTest {

    private static List<ReferenceModel> onCurve(ScoreCurve curve, double... sizes) {
        List<ReferenceModel> out = new ArrayList<>();
        for (double n : sizes) {
            out.add(new ReferenceModel("m" + n, "M", n, curve.score(n)));
        }
        return out;
    }

    @Test
    void fitRecoversACurveThatPassesThroughTheReferences() {
        ScoreCurve truth = new ScoreCurve(25, 90, -10, 0.5);
        ReferenceFamilyEstimator e = ReferenceFamilyEstimator.fit(onCurve(truth, 5e8, 1.5e9, 3e9, 7e9, 1.4e10, 3.2e10,
                7e10), 25, "Test");
        assertEquals(90, e.curve().ceilingPercent(), 0.11);
        assertEquals(0.5, e.curve().slope(), 0.01);
        assertEquals(7e9, e.effectiveParameters(truth.score(7e9)).orElseThrow(), 7e9 * 0.02);
    }

    @Test
    void scoresOutsideTheReferenceSpanAreNotExtrapolated() {
        ScoreCurve truth = new ScoreCurve(25, 90, -10, 0.5);
        ReferenceFamilyEstimator e = ReferenceFamilyEstimator.fit(onCurve(truth, 1e9, 1e10, 1e11), 25, "Test");
        assertEquals(EffectiveParameterEstimator.Range.BELOW, e.range(truth.score(1e9) - 0.1));
        assertEquals(EffectiveParameterEstimator.Range.ABOVE, e.range(truth.score(1e11) + 0.1));
        assertTrue(e.effectiveParameters(truth.score(1e11) + 0.1).isEmpty());
        assertEquals(1e9, e.minEffectiveParameters(), 1e9 * 0.02);
        assertEquals(1e11, e.maxEffectiveParameters(), 1e11 * 0.02);
    }

    @Test
    void fitNeedsThreeSizes() {
        ScoreCurve truth = new ScoreCurve(25, 90, -10, 0.5);
        assertThrows(IllegalArgumentException.class,
                () -> ReferenceFamilyEstimator.fit(onCurve(truth, 1e9, 1e10), 25, "Test"));
    }

    @Test
    void qwen25ReferenceIsMonotoneAndPutsItsOwnModelsNearOne() {
        var catalog = CatalogLoader.loadBundled().catalog();
        ReferenceFamilyEstimator e = DensityEstimator.estimator(catalog, DensityOptions.defaults());
        assertEquals(7, e.references().size());
        assertEquals(47.5, e.minScore(), 1e-9);
        assertEquals(86.1, e.maxScore(), 1e-9);
        double previous = 0;
        for (double score = 48; score <= 86; score += 1) {
            double n = e.effectiveParameters(score).orElseThrow();
            assertTrue(n > previous, "monotone at " + score);
            previous = n;
        }
        for (ReferenceModel r : e.references()) {
            double density = e.effectiveParameters(r.scorePercent()).orElseThrow() / r.parameters();
            assertTrue(density > 0.6 && density < 1.6, r.modelId() + ": " + density);
        }
    }
}

package dev.scalinglens.science.chinchilla;

import dev.scalinglens.catalog.LossLaw;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ScalingLawTest {

    /** Hoffmann et al. 2022, eq. 10 (Approach 3, rounded as printed). */
    static final LossLaw HOFFMANN = new LossLaw("hoffmann", "Hoffmann", 1.69, 406.4, 410.7, 0.34, 0.28, "hoffmann2022");
    /** Besiroglu et al. 2024, Table 1. */
    static final LossLaw EPOCH = new LossLaw("epoch", "Epoch", 1.8172, 482.01, 2085.43, 0.3478, 0.3658, "besiroglu2024");

    @ParameterizedTest
    @CsvSource({
            "hoffmann, 5.76e23, 3.219e10, 2.982e12, 1.9307",
            "epoch,    5.76e23, 7.225e10, 1.329e12, 1.9744",
    })
    void computeOptimalMatchesPublishedCheckValues(String id, double compute, double n, double d, double loss) {
        ScalingLaw law = new ScalingLaw(id.equals("hoffmann") ? HOFFMANN : EPOCH);
        ComputeOptimum optimum = law.computeOptimal(compute);
        assertEquals(n, optimum.parameters(), n * 5e-4);
        assertEquals(d, optimum.trainingTokens(), d * 5e-4);
        assertEquals(loss, optimum.loss(), 5e-5);
        assertEquals(compute, TrainingCompute.flops(optimum.parameters(), optimum.trainingTokens()), compute * 1e-12);
    }

    @Test
    void computeOptimalEpochAt1e25Gives312BillionParameters() {
        assertEquals(3.121e11, new ScalingLaw(EPOCH).optimalParameters(1e25), 3.121e11 * 5e-4);
    }

    @Test
    void lossOfChinchillaUnderHoffmannIs19366() {
        assertEquals(1.9366, new ScalingLaw(HOFFMANN).loss(70e9, 1.4e12), 5e-5);
    }

    @Test
    void frontierTokensAtLiesOnTheFrontier() {
        ScalingLaw law = new ScalingLaw(EPOCH);
        for (double c : new double[] {1e20, 1e23, 1e26}) {
            ComputeOptimum optimum = law.computeOptimal(c);
            assertEquals(optimum.trainingTokens(), law.frontierTokensAt(optimum.parameters()),
                    optimum.trainingTokens() * 1e-9);
        }
    }

    @Test
    void tokensRelativeToOptimalIsOneOnTheFrontierAndAboveOneForOvertrainedModels() {
        ScalingLaw law = new ScalingLaw(HOFFMANN);
        ComputeOptimum optimum = law.computeOptimal(1e23);
        assertEquals(1.0, law.tokensRelativeToOptimal(optimum.parameters(), optimum.trainingTokens()), 1e-9);
        // Llama 3 8B: 8e9 parameters on 15e12 tokens is far past the compute-optimal token count
        double ratio = law.tokensRelativeToOptimal(8e9, 15e12);
        double expected = 15e12 / law.optimalTokens(6 * 8e9 * 15e12);
        assertEquals(expected, ratio, 1e-9 * expected);
        org.junit.jupiter.api.Assertions.assertTrue(ratio > 4 && ratio < 5,
                "Llama 3 8B under Hoffmann: about 4.5x, got " + ratio);
    }

    @Test
    void constructorRejectsNonPositiveExponent() {
        LossLaw bad = new LossLaw("bad", "bad", 1.69, 406.4, 410.7, 0, 0.28, null);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new ScalingLaw(bad));
        org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().contains("'bad'"));
    }

    @Test
    void computeOptimalRejectsNonPositiveCompute() {
        assertThrows(IllegalArgumentException.class, () -> new ScalingLaw(HOFFMANN).computeOptimal(-1));
    }
}

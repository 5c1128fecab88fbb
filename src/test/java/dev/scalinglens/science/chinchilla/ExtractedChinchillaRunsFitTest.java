package dev.scalinglens.science.chinchilla;

import dev.scalinglens.catalog.LossLaw;
import dev.scalinglens.science.stats.Interval;
import dev.scalinglens.science.stats.Percentiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Fits the 245 runs that Besiroglu et al. 2024 extracted from Hoffmann et al. 2022 Figure 4, and checks
 * the result against their Table 1. Skipped when ../shared/external is absent (a fresh clone).
 */
class ExtractedChinchillaRunsFitTest {

    static final Path FILE = Path.of("../shared/external/chinchilla/svg_extracted_data.csv");

    /**
     * Besiroglu et al. 2024 (arXiv 2404.10102 v2), Table 1: estimates with bootstrap standard errors,
     * E 1.8172 (0.03), A 482.01 (124.58), B 2085.43 (1293.23), α 0.3478 (0.02), β 0.3658 (0.02);
     * 95% intervals taken as estimate ± 1.96 SE.
     */
    static final Interval E_95 = Interval.aroundEstimate(1.8172, 0.03, Percentiles.Z_95);
    static final Interval A_95 = Interval.aroundEstimate(482.01, 124.58, Percentiles.Z_95);
    static final Interval B_95 = Interval.aroundEstimate(2085.43, 1293.23, Percentiles.Z_95);
    static final Interval ALPHA_95 = Interval.aroundEstimate(0.3478, 0.02, Percentiles.Z_95);
    static final Interval BETA_95 = Interval.aroundEstimate(0.3658, 0.02, Percentiles.Z_95);

    static List<TrainingRun> runs;

    @BeforeAll
    static void read() {
        if (Files.isRegularFile(FILE)) {
            runs = TrainingRunsCsv.read(FILE);
        }
    }

    /** Per test, not in {@code @BeforeAll}: so each test reports as skipped when the data is absent. */
    @BeforeEach
    void needsTheData() {
        assumeTrue(runs != null, "external Chinchilla data absent: " + FILE);
    }

    @Test
    void readFindsAll245RunsWithTokensFromCompute() {
        assertEquals(245, runs.size());
        TrainingRun first = runs.get(0); // 6795600349.289497 params, 9.993852799709755e18 FLOP
        assertEquals(9.993852799709755e18 / (6 * 6795600349.289497), first.trainingTokens(), 1);
    }

    @Test
    void fitOfExtractedRunsLandsInsideEpochIntervals() {
        LossLawFit fit = LossLawFitter.hoffmann().fit(ChinchillaRuns.withoutBesirogluOutliers(runs));
        LossLaw law = fit.law();
        System.out.printf("fit: E=%.4f A=%.2f B=%.2f alpha=%.4f beta=%.4f objective=%.6g%n",
                law.e(), law.a(), law.b(), law.alpha(), law.beta(), fit.objective());
        assertTrue(E_95.contains(law.e()), "E " + law.e());
        assertTrue(A_95.contains(law.a()), "A " + law.a());
        assertTrue(B_95.contains(law.b()), "B " + law.b());
        assertTrue(ALPHA_95.contains(law.alpha()), "alpha " + law.alpha());
        assertTrue(BETA_95.contains(law.beta()), "beta " + law.beta());
    }

    @Test
    void bootstrapGivesIntervalsAroundTheEstimateAndANarrowFrontierBand() {
        LossLawBootstrap bootstrap = new LossLawBootstrap(
                new LossLawFitter(StartGrid.thinned(), dev.scalinglens.science.fit.Lbfgs.defaults(),
                        LossLawFitter.HUBER_DELTA), StartGrid.none());
        LossLawBootstrapResult result = bootstrap.run(ChinchillaRuns.withoutBesirogluOutliers(runs), 20, 42);
        assertEquals(20, result.replicates().size() + result.failed());
        assertTrue(result.alpha95().low() < result.alpha95().high());
        assertTrue(result.alpha95().contains(0.3478), "alpha " + result.alpha95());
        // A and B lie along a flat valley: a fit that stops early gives collapsed intervals (Epoch's SE of A is 125)
        assertTrue(result.a95().high() - result.a95().low() > 100, "A " + result.a95());
        OptimalParametersBand band = result.optimalParameters(new double[] {1e21, 1e24});
        for (int i = 0; i < 2; i++) {
            assertTrue(band.parametersLow()[i] <= band.parameters()[i] * 1.05);
            assertTrue(band.parametersHigh()[i] >= band.parameters()[i] * 0.95);
        }
        // same seed, same answer
        LossLawBootstrapResult again = bootstrap.run(ChinchillaRuns.withoutBesirogluOutliers(runs), 20, 42);
        assertEquals(result.alpha95(), again.alpha95());
    }
}

package dev.scalinglens.science.trends;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scalinglens.science.stats.Interval;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class TrendFitTest {

    private static final LocalDate START = LocalDate.of(2018, 1, 1);

    /** n points spread over `years`, value = 1e9 · factor^t · 10^noise. */
    private static List<TrendPoint> synthetic(int n, double years, double factor, double noiseSd, SplittableRandom r) {
        List<TrendPoint> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            long day = Math.round(r == null ? i * years * 365.25 / (n - 1) : r.nextDouble() * years * 365.25);
            double t = day / 365.25;
            double noise = r == null ? 0 : noiseSd * gaussian(r);
            out.add(TrendPoint.of("m" + i, START.plusDays(day), 1e9 * Math.pow(factor, t) * Math.pow(10, noise)));
        }
        return out;
    }

    private static double gaussian(SplittableRandom r) {
        double u = 1 - r.nextDouble();
        double v = r.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }

    @Test
    void ofNoiselessDataRecoversRateExactly() {
        TrendFit fit = TrendFit.of(synthetic(40, 6, 4.6, 0, null));
        assertEquals(4.6, fit.perYear(), 1e-9);
        assertEquals(1.0, fit.rSquared(), 1e-12);
        assertEquals(40, fit.n());
        assertEquals(365.25 * Math.log(2) / Math.log(4.6), fit.doublingTimeDays(), 1e-6);
        assertEquals(1e9, fit.valueAt(START.toEpochDay()), 1e9 * 1e-9);
        assertEquals(4.6, fit.perYearCi90().low(), 1e-6);
        assertEquals(4.6, fit.perYearCi90().high(), 1e-6);
    }

    @Test
    void doublingTimeIsNegativeHalvingTimeForFallingValues() {
        TrendFit fit = TrendFit.of(synthetic(20, 3, 0.1, 0, null));
        assertEquals(0.1, fit.perYear(), 1e-9);
        assertEquals(-365.25 * Math.log10(2), fit.doublingTimeDays(), 1e-6);
        assertTrue(TrendText.doubling(fit).startsWith("halving "));
    }

    @Test
    void ci90CoversTrueSlopeAboutNinetyPercentOfDraws() {
        SplittableRandom r = new SplittableRandom(20);
        double trueSlope = Math.log10(4.6);
        int covered = 0;
        int draws = 400;
        for (int d = 0; d < draws; d++) {
            TrendFit fit = TrendFit.of(synthetic(15, 8, 4.6, 0.8, r));
            if (fit.slopeCi90().contains(trueSlope)) {
                covered++;
            }
        }
        double coverage = covered / (double) draws;
        assertTrue(coverage >= 0.85 && coverage <= 0.95, "coverage " + coverage);
    }

    @Test
    void ci90WithNormalQuantileWouldUndercoverSmallSamples() {
        // n = 5: t(0.95, 3) = 2.353 against z = 1.645: the t interval is what keeps coverage at 90%.
        assertEquals(2.353363, StudentT.twoSided(0.90, 3), 1e-5);
    }

    @ParameterizedTest
    @CsvSource({"0.95, 1, 6.313752", "0.95, 10, 1.812461", "0.975, 30, 2.042272", "0.95, 1000, 1.646379",
            "0.05, 10, -1.812461"})
    void quantileMatchesPublishedTables(double p, double df, double expected) {
        assertEquals(expected, StudentT.quantile(p, df), 1e-5);
    }

    @Test
    void bootstrapIntervalContainsEstimateAndIsSeeded() {
        List<TrendPoint> points = synthetic(60, 8, 3, 0.5, new SplittableRandom(3));
        TrendOptions options = TrendOptions.of(TrendField.PARAMETERS).withBootstrap(500, 7);
        GroupTrend a = TrendAnalysis.run(points, options).main();
        GroupTrend b = TrendAnalysis.run(points, options).main();
        Interval boot = a.fit().perYearBootstrap90();
        assertNotNull(boot);
        assertTrue(boot.contains(a.fit().perYear()), boot + " vs " + a.fit().perYear());
        assertEquals(boot, b.fit().perYearBootstrap90());
    }

    @Test
    void ofRefusesTooFewPoints() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TrendFit.of(synthetic(2, 1, 2, 0, null)));
        assertTrue(e.getMessage().contains("at least 3"));
    }

    @Test
    void headlineReadsLikeEpoch() {
        TrendFit fit = TrendFit.of(synthetic(40, 6, 4.6, 0, null));
        assertEquals("4.6× per year [4.6–4.6], doubling 5.5 months, R² 1.00, n 40", TrendText.headline(fit));
        assertEquals("3.2× above trend", TrendText.distance(3.2));
        assertEquals("2.0× below trend", TrendText.distance(0.5));
    }
}

package dev.scalinglens.science.density;

import dev.scalinglens.catalog.Catalog;
import dev.scalinglens.catalog.load.CatalogLoader;
import dev.scalinglens.catalog.ModelRecord;
import dev.scalinglens.testing.TestCatalogs;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The densing-law numbers on the bundled catalog (docs/science-density.md states the measured values). */
class DensityAnalysisTest {

    private static final double DAYS_PER_MONTH = 365.25 / 12;
    private static Catalog bundled;

    @BeforeAll
    static void load() {
        bundled = CatalogLoader.loadBundled().catalog();
    }

    @Test
    void analyzeWithDefaultsGivesThePaperWindowResultNearNinetyFiveDays() {
        DensityResult r = DensityAnalysis.analyze(bundled, DensityOptions.defaults());
        // Xiao et al. 2024: A ≈ 0.0073 per day (≈ 95 days), R² ≈ 0.91; target 95 ± 25 days, R² ≥ 0.85
        assertTrue(Math.abs(r.doublingTimeDays() - 95) <= 25, "doubling time " + r.doublingTimeDays());
        assertTrue(r.r2() >= 0.85, "R² " + r.r2());
        assertNotNull(r.ci95());
        assertTrue(r.ci95()[0] < r.doublingTimeDays() && r.doublingTimeDays() < r.ci95()[1]);
        assertTrue(r.envelopeModels().size() >= EnvelopeStats.MIN_POINTS_FOR_STATISTICS, r.envelopeModels().toString());
        assertEquals("2023-02-01", r.window()[0]);
        assertEquals("2024-12-31", r.window()[1]);
        assertTrue(r.reference().contains("Qwen2.5"), r.reference());
    }

    @Test
    void fiveBenchmarkAverageOverTheJournalModelsIsWithinAMonthOfThreePointThreeMonths() {
        DensityOptions options = DensityPreset.JOURNAL.options().withBenchmark(DensityBenchmark.AVERAGE);
        DensityResult r = DensityAnalysis.analyze(bundled, options);
        double months = r.doublingTimeDays() / DAYS_PER_MONTH;
        assertTrue(Math.abs(months - 3.3) <= 1, "doubling time " + months + " months");
        assertNotNull(r.r2(), "at least 4 envelope points");
    }

    @Test
    void densitiesStayBetweenAThousandthAndAThousandForEveryKindOfScore() {
        DensityOptions options = DensityPreset.CATALOG.options().withScoreKinds(DensityOptions.ALL_KINDS);
        for (DensityBenchmark b : DensityBenchmark.values()) {
            DensityTrend t = DensityAnalysis.run(bundled, options.withBenchmark(b));
            for (DensityEstimate e : t.estimates()) {
                assertTrue(e.density() > 0.001 && e.density() < 1000, e.model().id() + ": " + e.density());
            }
            for (OutsideRange o : t.outside()) {
                assertTrue(o.boundDensity() > 0.001 && o.boundDensity() < 1000, o.model().id() + ": " + o.boundDensity());
            }
        }
    }

    @Test
    void everyModelWithoutAnEstimateIsNamedWithAReason() {
        DensityTrend t = DensityAnalysis.run(bundled, DensityPreset.CATALOG.options());
        Set<String> accounted = new HashSet<>();
        t.estimates().forEach(e -> accounted.add(e.model().id()));
        t.outside().forEach(o -> accounted.add(o.model().id()));
        for (NoEstimate n : t.none()) {
            assertFalse(n.reason().isBlank(), n.modelId());
            assertTrue(accounted.add(n.modelId()), "listed twice: " + n.modelId());
        }
        assertEquals(bundled.models().size(), accounted.size());
    }

    @Test
    void fineTunedAndInstructScoresAreLeftOutByDefault() {
        DensityTrend t = DensityAnalysis.run(bundled, DensityPreset.CATALOG.options());
        NoEstimate gpt2 = t.none().stream().filter(n -> n.modelId().equals("gpt-2-1.5b")).findFirst().orElseThrow();
        assertTrue(gpt2.reason().contains("fine-tuned"), gpt2.reason());
        assertTrue(t.none().stream().anyMatch(n -> n.modelId().equals("phi-3-mini") && n.reason().contains("instruct")));
        assertTrue(t.estimates().stream().noneMatch(e -> e.model().id().equals("gpt-oss-20b")));
    }

    @Test
    void modelsOutsideTheReferenceSpanAreBoundedAndKeptOutOfTheFit() {
        DensityTrend t = DensityAnalysis.run(bundled, DensityOptions.defaults());
        OutsideRange llama7b = t.outside().stream().filter(o -> o.model().id().equals("llama-7b")).findFirst()
                .orElseThrow();
        assertEquals(EffectiveParameterEstimator.Range.BELOW, llama7b.range());
        assertTrue(llama7b.boundDensity() < 0.1, "the paper puts LLaMA-1 below 0.1: " + llama7b.boundDensity());
        assertTrue(t.fit().envelope().stream().noneMatch(p -> p.id().equals("llama-7b")));
    }

    @Test
    void splitAtChatGptFitsBothSidesOfTheDate() {
        DensityOptions options = DensityPreset.CATALOG.options().withSplit(DensityOptions.CHATGPT);
        DensityTrend t = DensityAnalysis.run(bundled, options);
        assertNotNull(t.beforeSplit());
        assertEquals(DensityOptions.CHATGPT, t.beforeSplit().to());
        assertEquals(LocalDate.of(2022, 12, 1), t.afterSplit().from());
        assertTrue(t.afterSplit().hasTrend());
    }

    @Test
    void fewerThanFourEnvelopePointsGiveNoIntervalAndNoRSquared() {
        List<DatedDensity> three = List.of(new DatedDensity("a", 0, 1), new DatedDensity("b", 100, 2),
                new DatedDensity("c", 200, 4.5));
        EnvelopeStats s = EnvelopeStats.of(null, null, three, 50, 1);
        assertTrue(s.hasTrend());
        assertNull(s.ci95());
        assertTrue(Double.isNaN(s.rSquared()));
        assertTrue(s.note().contains("only 3 envelope points"), s.note());
        EnvelopeStats one = EnvelopeStats.of(null, null, List.of(new DatedDensity("a", 0, 1)), 50, 1);
        assertFalse(one.hasTrend());
        assertTrue(one.note().startsWith("no trend"), one.note());
    }

    @Test
    void runAcceptsAnyEstimator() {
        EffectiveParameterEstimator linear = new EffectiveParameterEstimator() {
            @Override
            public OptionalDouble effectiveParameters(double scorePercent) {
                return OptionalDouble.of(scorePercent * 1e8);
            }

            @Override
            public double expectedScore(double parameters) {
                return parameters / 1e8;
            }

            @Override
            public String description() {
                return "linear test estimator";
            }
        };
        DensityTrend trend = DensityAnalysis.run(TestCatalogs.small(),
                DensityPreset.CATALOG.options().withScoreKinds(DensityOptions.ALL_KINDS).withReplicates(20, 1), linear);
        assertEquals("linear test estimator", trend.estimatorNote());
        assertEquals(11, trend.estimates().size());
    }

    @Test
    void runExplainsAMissingReferenceFamily() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DensityAnalysis.run(TestCatalogs.small(), DensityOptions.defaults()));
        assertTrue(e.getMessage().contains("reference family needs at least 3 sizes"), e.getMessage());
    }

    @Test
    void comparisonOfMiniCpmAndMistralGivesAboutAThirdOfTheParameters() {
        ModelRecord minicpm = bundled.model("minicpm-2.4b").orElseThrow();
        ModelRecord mistral = bundled.model("mistral-7b").orElseThrow();
        ParameterComparison c = ParameterComparison.of(minicpm, mistral, DensityBenchmark.MMLU).orElseThrow();
        // Xiao et al. 2024: MiniCPM-1-2.4B performs comparably to Mistral-7B with about 35% of the parameters
        assertTrue(c.parameterFraction() >= 0.30 && c.parameterFraction() <= 0.40, "fraction " + c.parameterFraction());
        assertEquals(4.2, c.monthsLater(), 0.1);
    }
}

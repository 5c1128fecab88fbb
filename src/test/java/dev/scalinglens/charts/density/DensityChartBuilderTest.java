package dev.scalinglens.charts.density;

import dev.scalinglens.catalog.Catalog;
import dev.scalinglens.catalog.load.CatalogLoader;
import dev.scalinglens.plot.spec.ChartSpec;
import dev.scalinglens.plot.spec.FunctionLayer;
import dev.scalinglens.plot.spec.Layer;
import dev.scalinglens.plot.spec.MarkerShape;
import dev.scalinglens.plot.spec.PointLayer;
import dev.scalinglens.plot.spec.ScaleType;
import dev.scalinglens.plot.spec.TickFormat;
import dev.scalinglens.plot.spec.Tooltip;
import dev.scalinglens.science.density.DensityPreset;
import dev.scalinglens.testing.SpecChecks;
import dev.scalinglens.testing.TestCatalogs;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DensityChartBuilderTest {

    private static Catalog bundled;
    private final DensityChartBuilder builder = new DensityChartBuilder();
    private final DensitySettings settings = DensitySettings.defaults();

    @BeforeAll
    static void load() {
        bundled = CatalogLoader.loadBundled().catalog();
    }

    private static Map<String, Layer> layers(ChartSpec spec) {
        return spec.layers().stream().collect(Collectors.toMap(Layer::id, l -> l));
    }

    @Test
    void buildHasDatedPointsAnEnvelopeWithStatisticsAndThePapersSlope() {
        ChartSpec spec = builder.build(bundled, settings);
        assertEquals(ScaleType.TIME, spec.xAxis().scale());
        assertEquals(ScaleType.LOG10, spec.yAxis().scale());
        assertEquals(TickFormat.PLAIN, spec.yAxis().format(), "ratios read 0.1, 1, 10, not 100m");
        assertTrue(spec.yAxis().title().contains("Qwen2.5 base = 1"), spec.yAxis().title());
        FunctionLayer envelope = (FunctionLayer) layers(spec).get("envelope");
        assertTrue(envelope.label().matches(
                "Doubling every \\d+ days \\(95% CI \\d+–(\\d+|∞)\\), R² = 0\\.\\d\\d, n = \\d+"), envelope.label());
        FunctionLayer paper = (FunctionLayer) layers(spec).get("paper-slope");
        assertTrue(paper.name().contains("95 days"), paper.name());
        assertTrue(spec.keyFacts().get(0).startsWith("Ours (paper model set, 2023-02-01 to 2024-12-31, MMLU): "
                + envelope.label()), spec.keyFacts().get(0));
        assertTrue(spec.keyFacts().get(1).contains("95 days"), spec.keyFacts().get(1));
        // All Llama versions are one series (LLaMA, Llama 2, ...): Llama 2 7B is among its points.
        PointLayer llama = (PointLayer) layers(spec).get("family-Llama");
        assertTrue(java.util.Arrays.stream(llama.x()).anyMatch(x -> x == LocalDate.parse("2023-07-18").toEpochDay()));
        assertTrue(spec.footnote().contains("Xiao et al. 2024"));
        SpecChecks.assertWellFormed(spec, envelope.xMin(), envelope.xMax(), (envelope.xMin() + envelope.xMax()) / 2);
    }

    @Test
    void modelsBelowTheReferenceSpanAreDownTrianglesCountedInTheKeyFacts() {
        ChartSpec spec = builder.build(bundled, settings);
        PointLayer below = (PointLayer) layers(spec).get("outside-below");
        assertEquals(MarkerShape.TRIANGLE_DOWN, below.shape());
        assertTrue(java.util.Arrays.asList(below.pointIds()).contains("llama-7b"));
        assertTrue(spec.keyFacts().stream().anyMatch(f -> f.startsWith(below.size() + " models outside the reference's"
                + " score span")), spec.keyFacts().toString());
        assertTrue(spec.keyFacts().stream().anyMatch(f -> f.contains("minicpm3-4b: MMLU score is instruct")),
                spec.keyFacts().toString());
        Tooltip tip = below.tooltip().apply(0);
        assertTrue(tip.rows().stream().anyMatch(r -> r.label().equals("Why no estimate")));
    }

    @Test
    void tooltipSaysWhatTheDensityIsRelativeTo() {
        // MiniCPM is past the palette's hues in the bundled catalog: its models are in the "Other" series.
        PointLayer other = (PointLayer) layers(builder.build(bundled, settings)).get("family-Other");
        Tooltip tip = other.tooltip().apply(java.util.Arrays.asList(other.pointIds()).indexOf("minicpm-2.4b"));
        Map<String, String> rows = tip.rows().stream().collect(Collectors.toMap(Tooltip.Row::label, Tooltip.Row::value));
        assertEquals("MiniCPM-2.4B", tip.title());
        assertEquals("53.5%", rows.get("MMLU score"));
        assertTrue(rows.get("Capacity density").endsWith("× (Qwen2.5 base = 1)"), rows.get("Capacity density"));
    }

    @Test
    void threeEnvelopePointsShowTheLineButNoIntervalOrRSquared() {
        ChartSpec spec = builder.build(bundled, settings.withBenchmark(
                dev.scalinglens.science.density.DensityBenchmark.AVERAGE));
        FunctionLayer envelope = (FunctionLayer) layers(spec).get("envelope");
        assertTrue(envelope.label().contains("no R² and no interval from fewer than 4"), envelope.label());
    }

    @Test
    void splitDrawsFitsBeforeAndAfterChatGpt() {
        DensitySettings split = new DensitySettings(DensityPreset.CATALOG, null, null, null, false, true, true, false, 100,
                1);
        ChartSpec spec = builder.build(bundled, split);
        assertTrue(layers(spec).containsKey("envelope-after"));
        assertTrue(spec.keyFacts().stream().anyMatch(f -> f.startsWith("Before ChatGPT")), spec.keyFacts().toString());
    }

    @Test
    void buildWithoutTheReferenceFamilyExplainsAndDrawsNoEnvelope() {
        ChartSpec spec = builder.build(TestCatalogs.small(), settings);
        assertFalse(layers(spec).containsKey("envelope"));
        assertTrue(spec.keyFacts().get(0).startsWith("No density estimate"), spec.keyFacts().toString());
    }

    @Test
    void fitWindowOfOneDayGivesNoTrendButKeepsThePoints() {
        ChartSpec spec = builder.build(bundled,
                settings.withFitWindow(LocalDate.parse("2023-02-24"), LocalDate.parse("2023-02-24")));
        assertTrue(spec.keyFacts().get(0).startsWith("No density trend"), spec.keyFacts().toString());
        assertFalse(layers(spec).containsKey("envelope"));
        assertTrue(layers(spec).containsKey("family-Llama"), "points stay when the fit cannot be made");
    }

    @Test
    void sensitivityViewPlotsDoublingTimeAgainstWindowStartAndEndWithThePapersValue() {
        ChartSpec spec = builder.build(bundled, settings.withSensitivityView(true));
        PointLayer starts = (PointLayer) layers(spec).get("window-start");
        assertEquals(LocalDate.parse("2023-02-01").toEpochDay(), starts.x()[0]);
        assertTrue(layers(spec).containsKey("window-end"));
        assertTrue(layers(spec).containsKey("paper"));
        assertTrue(spec.keyFacts().stream().anyMatch(f -> f.startsWith("Benchmark → MMLU: ")), spec.keyFacts().toString());
        SpecChecks.assertWellFormed(spec);
    }

    @Test
    void envelopeRecordSettersAreRinged() {
        PointLayer rings = (PointLayer) layers(builder.build(bundled, settings)).get("envelope-points");
        assertTrue(java.util.Arrays.asList(rings.pointIds()).contains("mistral-7b"));
    }
}

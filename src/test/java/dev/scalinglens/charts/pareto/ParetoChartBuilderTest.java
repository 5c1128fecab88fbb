package dev.scalinglens.charts.pareto;

import dev.scalinglens.DatasetFiles;
import dev.scalinglens.catalog.Catalog;
import dev.scalinglens.catalog.HardwareRecord;
import dev.scalinglens.catalog.InferenceRun;
import dev.scalinglens.catalog.Quantity;
import dev.scalinglens.plot.spec.ChartSpec;
import dev.scalinglens.plot.spec.Layer;
import dev.scalinglens.plot.spec.LineLayer;
import dev.scalinglens.plot.spec.MarkerShape;
import dev.scalinglens.plot.spec.PointLayer;
import dev.scalinglens.plot.spec.ScaleType;
import dev.scalinglens.plot.spec.Tooltip;
import dev.scalinglens.science.roofline.Precision;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ParetoChartBuilderTest {

    private static Catalog catalog;
    private final ParetoChartBuilder builder = new ParetoChartBuilder();

    @BeforeAll
    static void load() throws IOException {
        catalog = DatasetFiles.read("hardware.json", "models-serving.json");
    }

    @Test
    void buildDefaultsDrawsPointsAndFrontierPerAccelerator() {
        ChartSpec spec = builder.build(catalog, ParetoSettings.defaults());
        assertEquals("pareto", spec.chartId());
        assertEquals(List.of("modelled-h100-sxm", "frontier-h100-sxm", "modelled-h200", "frontier-h200",
                "modelled-b200", "frontier-b200", "modelled-mi300x", "frontier-mi300x", "target"),
                spec.layers().stream().map(Layer::id).toList());
        assertEquals(ScaleType.LOG10, spec.xAxis().scale());
        assertEquals(ScaleType.LOG10, spec.yAxis().scale());
        assertEquals("Interactivity (tokens/s per user)", spec.xAxis().title());
        assertEquals("Throughput (tokens/s per GPU)", spec.yAxis().title());
        PointLayer h200 = (PointLayer) spec.layers().get(2);
        assertEquals(dev.scalinglens.charts.SeriesColors.forHardware(catalog).colorKey("NVIDIA H200 SXM"), h200.colorKey());
        assertTrue(h200.size() > 20);
        LineLayer frontier = (LineLayer) spec.layers().get(3);
        for (int i = 1; i < frontier.x().length; i++) {
            assertTrue(frontier.x()[i] > frontier.x()[i - 1] && frontier.y()[i] < frontier.y()[i - 1]);
        }
        noNaN(spec);
    }

    @Test
    void buildKeyFactsSummariseEachFrontierAtTarget() {
        ChartSpec spec = builder.build(catalog, ParetoSettings.defaults());
        assertEquals(5, spec.keyFacts().size());
        assertTrue(spec.keyFacts().get(2).matches("NVIDIA B200: [0-9,]+ tokens/s per GPU at 50 tokens/s per user;"
                + " up to [0-9,.]+ tokens/s per user \\(TP8, batch 1\\)\\."), spec.keyFacts().get(2));
        // 8 H100s at 3.35 TB/s over 70.6 GB of FP8 weights plus one 2,048-token FP8 KV cache (0.336 GB)
        assertTrue(spec.keyFacts().get(4).startsWith("Bound: interactivity ≤ HBM bandwidth × GPUs ÷ bytes read per step"
                + " (weights + KV cache); NVIDIA H100 SXM, TP8, batch 1: 8 × 3.35 TB/s ÷ 70.9 GB = 378 tokens/s per user."),
                spec.keyFacts().get(4));
    }

    @Test
    void buildTooltipShowsConfigurationBreakdownAndDominator() {
        ChartSpec spec = builder.build(catalog, ParetoSettings.defaults());
        PointLayer h200 = (PointLayer) spec.layers().get(2);
        int dominated = -1;
        for (int i = 0; i < h200.size() && dominated < 0; i++) {
            if (h200.labelPriority()[i] == 0) {
                dominated = i;
            }
        }
        assertTrue(dominated >= 0, "some modelled point is off the frontier");
        Tooltip t = h200.tooltip().apply(dominated);
        Map<String, String> rows = t.rows().stream().collect(Collectors.toMap(Tooltip.Row::label, Tooltip.Row::value));
        assertTrue(rows.get("Configuration").matches("batch \\d+ · (TP\\d+|1 GPU) · fp8 · 2,048 ctx"), rows.toString());
        assertTrue(rows.get("Dominated by").matches("batch \\d+ · TP\\d+ · fp8 · 2,048 ctx: .*× interactivity, .*× throughput"),
                rows.get("Dominated by"));
        assertEquals(List.of("Weights read", "KV cache read", "Compute", "Communication"),
                t.bars().stream().map(Tooltip.Bar::label).toList());
        assertTrue(t.bars().stream().allMatch(b -> b.value() >= 0 && Double.isFinite(b.value())));
        assertNotNull(t.barsTitle());
    }

    @ParameterizedTest
    @EnumSource(YMetric.class)
    void buildEveryMetricGivesFinitePositiveValues(YMetric metric) {
        // only H100 and H200 have a rental price in the catalog
        List<String> hardware = metric.needsPrice() ? List.of("h100-sxm", "h200", "gb200")
                : List.of("h200", "b200", "gb200", "mi355x");
        ChartSpec spec = builder.build(catalog, ParetoSettings.defaults().withMetric(metric)
                .withModel("deepseek-v3").withHardware(hardware));
        assertEquals(metric.axisTitle(), spec.yAxis().title());
        noNaN(spec);
        assertTrue(spec.layers().stream().anyMatch(l -> l.id().equals(metric.needsPrice() ? "modelled-h200"
                : "modelled-gb200")));
        if (metric.needsPrice()) {
            assertTrue(spec.keyFacts().stream().anyMatch(f -> f.contains("gb200 (no price per GPU-hour")));
        }
    }

    @Test
    void buildJoulesPerTokenFrontierFallsWithInteractivityTradeOff() {
        ChartSpec spec = builder.build(catalog, ParetoSettings.defaults().withMetric(YMetric.JOULES_PER_TOKEN));
        LineLayer frontier = (LineLayer) spec.layers().get(3);
        for (int i = 1; i < frontier.x().length; i++) {
            assertTrue(frontier.y()[i] > frontier.y()[i - 1], "more interactivity costs more energy per token");
        }
    }

    @Test
    void buildSkipsMissingHardwareAndUnsupportedPrecisionWithAFact() {
        ChartSpec spec = builder.build(catalog, ParetoSettings.defaults().withPrecision(Precision.FP4)
                .withHardware(List.of("h100-sxm", "b200", "tpu-v9")));
        assertEquals(List.of("modelled-b200", "frontier-b200", "target"),
                spec.layers().stream().map(Layer::id).toList());
        assertEquals("Not drawn: NVIDIA H100 SXM (no fp4 support), tpu-v9 (not in the catalog).",
                spec.keyFacts().get(spec.keyFacts().size() - 1));
    }

    @Test
    void buildSkipsHardwareWithoutBandwidthAndSaysWhy() {
        HardwareRecord bare = new HardwareRecord("mystery", "Mystery", "?", null, Quantity.reported(100), null,
                null, null, null, null, 8, null, null, null, "user", null);
        List<HardwareRecord> hardware = new ArrayList<>(catalog.hardware());
        hardware.add(bare);
        Catalog c = new Catalog(Catalog.SCHEMA, catalog.sources(), catalog.models(), hardware, null, null, null);
        ChartSpec spec = builder.build(c, ParetoSettings.defaults().withHardware(List.of("h200", "mystery")));
        assertEquals("Not drawn: mystery (hardware 'mystery' needs memoryGigabytes and"
                + " memoryBandwidthTerabytesPerSecond for the decode roofline).", spec.keyFacts().get(spec.keyFacts().size() - 1));
    }

    @Test
    void buildUnknownModelSaysWhich() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> builder.build(catalog, ParetoSettings.defaults().withModel("gpt-9")));
        assertEquals("no model 'gpt-9' in the catalog", e.getMessage());
    }

    @Test
    void buildMeasuredRunsAreSquaresInTheirOwnLayer() {
        List<InferenceRun> runs = List.of(
                run("r1", "h200", 40, 900), run("r2", "h200", 20, 1500), run("r3", null, 30, 1000));
        Catalog withRuns = new Catalog(Catalog.SCHEMA, catalog.sources(), catalog.models(), catalog.hardware(),
                null, runs, null);
        ChartSpec spec = builder.build(withRuns, ParetoSettings.defaults());
        PointLayer h200 = (PointLayer) layer(spec, "measured-h200");
        assertEquals(MarkerShape.SQUARE, h200.shape());
        assertEquals(dev.scalinglens.charts.SeriesColors.forHardware(catalog).colorKey("NVIDIA H200 SXM"), h200.colorKey());
        assertEquals(List.of(40.0, 20.0), Arrays.stream(h200.x()).boxed().toList());
        assertEquals("NVIDIA H200 SXM (measured)", h200.tooltip().apply(0).title());
        assertEquals(1, ((PointLayer) layer(spec, "measured-unknown")).size());
        // per MW needs the power of the run's hardware: the unknown-hardware run is left out
        ChartSpec perMw = builder.build(withRuns, ParetoSettings.defaults().withMetric(YMetric.PER_MEGAWATT));
        assertEquals(900 / 1275.0 * 1e6, ((PointLayer) layer(perMw, "measured-h200")).y()[0], 1e-6);
        assertTrue(perMw.layers().stream().noneMatch(l -> l.id().equals("measured-unknown")));
    }

    @Test
    void buildPhysicalBoundHoldsForEveryModelledPoint() {
        for (var model : catalog.models()) {
            ChartSpec spec = builder.build(catalog, new ParetoSettings(model.id(),
                    catalog.hardware().stream().map(HardwareRecord::id).toList(), Precision.BF16, 4096,
                    YMetric.PER_GPU, 50, false));
            for (Layer l : spec.layers()) {
                if (l instanceof PointLayer p) {
                    HardwareRecord hw = catalog.hardware(l.id().substring("modelled-".length())).orElseThrow();
                    double bandwidth = hw.memoryBandwidthTerabytesPerSecond().value() * 1e12;
                    double gpus = hw.scaleUpDomainGpus();
                    // fewest bytes any step reads: the always-read weights of a batch of one
                    double minBytes = model.activeOrTotalParameters().value() * 0.5 * 2;
                    for (double x : p.x()) {
                        assertTrue(x <= bandwidth * gpus / minBytes, model.id() + " on " + hw.id());
                    }
                }
            }
        }
    }

    private static Layer layer(ChartSpec spec, String id) {
        return spec.layers().stream().filter(l -> l.id().equals(id)).findFirst().orElseThrow(() ->
                new AssertionError("no layer " + id + " in " + spec.layers().stream().map(Layer::id).toList()));
    }

    private static InferenceRun run(String id, String hw, double interactivity, double perGpu) {
        return new InferenceRun(id, hw, "llama-3.1-70b", "vllm", "fp8", 8, null, 8, 64, 1024, 1024,
                Quantity.reported(perGpu), Quantity.reported(interactivity), null, null, null, "test", null);
    }

    static void noNaN(ChartSpec spec) {
        List<String> bad = new ArrayList<>();
        for (Layer l : spec.layers()) {
            double[][] arrays = l instanceof PointLayer p ? new double[][] {p.x(), p.y()}
                    : l instanceof LineLayer line ? new double[][] {line.x(), line.y()} : new double[0][];
            for (double[] a : arrays) {
                if (!Arrays.stream(a).allMatch(v -> Double.isFinite(v) && v > 0)) {
                    bad.add(l.id());
                }
            }
        }
        assertTrue(bad.isEmpty(), "non-finite or non-positive values in " + bad);
    }

    private static ParetoSettings limited(int gpusPerReplica, int maxBatch) {
        ParetoSettings d = ParetoSettings.defaults();
        return new ParetoSettings(d.modelId(), d.hardwareIds(), d.precision(), d.contextLengthTokens(), d.yMetric(),
                d.targetInteractivityTokensPerSecondPerUser(), false, d.view(), 0, 0, d.percentile(), d.xMetric(),
                d.tokens(), 0, d.sla(), 0, gpusPerReplica, maxBatch);
    }

    /** The parallelism and batch what-ifs keep only matching configurations and say so in the subtitle. */
    @Test
    void gpusPerReplicaAndMaxBatchLimitTheSweepAndAreNamed() {
        ParetoSettings d = ParetoSettings.defaults();
        ChartSpec spec = builder.build(catalog, limited(8, 64));
        assertTrue(spec.subtitle().contains("8 GPUs per replica, batch ≤ 64"), spec.subtitle());

        HardwareRecord h200 = catalog.hardware("h200").orElseThrow();
        var shape = dev.scalinglens.science.roofline.ModelShape.from(catalog.model(d.modelId()).orElseThrow());
        AcceleratorSweep all = AcceleratorSweep.of(shape, h200, d.precision(), d.contextLengthTokens(), d.yMetric());
        AcceleratorSweep some = AcceleratorSweep.of(shape, h200, d.precision(), d.contextLengthTokens(), d.yMetric(), 8, 64);
        assertTrue(some.steps().size() < all.steps().size());
        assertFalse(some.isEmpty());
        assertTrue(some.steps().stream().allMatch(st -> st.config().gpus() == 8 && st.config().batch() <= 64));
        assertTrue(some.maxInteractivity() <= all.maxInteractivity() + 1e-9, "a subset reaches no further");
    }

    @Test
    void aLimitNoConfigurationMeetsIsStatedNotSilent() {
        ChartSpec spec = builder.build(catalog, limited(16, 0));
        assertTrue(String.join(" ", spec.keyFacts()).contains("no configuration within 16 GPUs per replica"),
                String.join(" ", spec.keyFacts()));
    }
}

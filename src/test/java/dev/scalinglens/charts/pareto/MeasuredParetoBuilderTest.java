package dev.scalinglens.charts.pareto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.scalinglens.DatasetFiles;
import dev.scalinglens.catalog.Catalog;
import dev.scalinglens.catalog.load.CatalogLoader;
import dev.scalinglens.catalog.InferenceRun;
import dev.scalinglens.catalog.Quantity;
import dev.scalinglens.catalog.RunLatency;
import dev.scalinglens.catalog.importers.ImportResult;
import dev.scalinglens.catalog.importers.InferenceXImporter;
import dev.scalinglens.plot.spec.ChartSpec;
import dev.scalinglens.plot.spec.Layer;
import dev.scalinglens.plot.spec.LineLayer;
import dev.scalinglens.plot.spec.PointLayer;
import dev.scalinglens.plot.spec.RuleLayer;
import dev.scalinglens.plot.spec.Tooltip;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class MeasuredParetoBuilderTest {

    private static Catalog bundled;
    private final ParetoChartBuilder builder = new ParetoChartBuilder();

    @BeforeAll
    static void load() throws IOException {
        bundled = DatasetFiles.read("hardware.json", "models-serving.json");
    }

    private static InferenceRun run(String id, String hw, String framework, int conc, double tpot, double perGpu,
            double ttft, String spec) {
        RunLatency.Percentiles tp = new RunLatency.Percentiles(null, tpot, null, tpot * 2);
        RunLatency.Percentiles inter = new RunLatency.Percentiles(null, 1 / tpot, null, 1 / (tpot * 2));
        RunLatency.Percentiles e2e = new RunLatency.Percentiles(null, ttft + 1024 * tpot, null, 2 * (ttft + 1024 * tpot));
        return new InferenceRun(id, hw, "deepseek-r1", framework, "fp8", 8, null, 8, conc, 1024, 1024,
                Quantity.reported(perGpu, "t"), Quantity.reported(1 / tpot, "t"), Quantity.reported(ttft, "t"),
                Quantity.reported(tpot, "t"), null, "t", null, "tp8", false, false, null, null, false, spec, null,
                Quantity.reported(perGpu * 2, "t"), new RunLatency(new RunLatency.Percentiles(null, ttft, null, ttft * 3),
                tp, inter, e2e, null), "img");
    }

    private static Catalog with(List<InferenceRun> runs) {
        return new Catalog(Catalog.SCHEMA, bundled.sources(), bundled.models(), bundled.hardware(), List.of(), runs,
                List.of());
    }

    private static ParetoSettings measured() {
        return ParetoSettings.defaults().withModel("deepseek-r1").withHardware(List.of("h200", "b200"))
                .measured(1024, 1024);
    }

    private static List<InferenceRun> handMade() {
        List<InferenceRun> runs = new ArrayList<>();
        runs.add(run("a1", "h200", "sglang", 4, 0.02, 50, 0.2, "none"));
        runs.add(run("a2", "h200", "sglang", 16, 0.03, 150, 0.4, "none"));
        runs.add(run("a3", "h200", "sglang", 32, 0.05, 120, 0.8, "none")); // dominated by a2
        runs.add(run("b1", "h200", "vllm", 8, 0.025, 80, 0.3, "none"));
        runs.add(run("c1", "b200", "sglang", 8, 0.01, 300, 0.1, "mtp"));
        runs.add(run("other-scenario", "h200", "sglang", 8, 0.01, 999, 0.1, "none"));
        return runs;
    }

    @Test
    void buildDrawsOneSeriesAndFrontierPerConfigurationWithDominatedPointsHollow() {
        List<InferenceRun> runs = new ArrayList<>(handMade());
        runs.set(5, new InferenceRun("other-scenario", "h200", "deepseek-r1", "sglang", "fp8", 8, null, 8, 8, 8192, 1024,
                Quantity.reported(999), Quantity.reported(100), null, Quantity.reported(0.01), null, "t", null));
        ChartSpec spec = builder.build(with(runs), measured());
        List<String> ids = spec.layers().stream().map(Layer::id).toList();
        assertTrue(ids.contains("measured-deepseek-r1|h200|sglang|fp8|none"), ids::toString);
        assertTrue(ids.contains("measured-deepseek-r1|h200|vllm|fp8|none"));
        assertTrue(ids.contains("measured-deepseek-r1|b200|sglang|fp8|mtp"));
        PointLayer sglang = (PointLayer) spec.layers().stream()
                .filter(l -> l.id().equals("measured-deepseek-r1|h200|sglang|fp8|none")).findFirst().orElseThrow();
        assertEquals(3, sglang.size(), "the 8k-input run is another scenario");
        assertTrue(sglang.hollow()[2], "a3 is dominated by a2");
        assertFalse(sglang.hollow()[0]);
        LineLayer frontier = (LineLayer) spec.layers().stream()
                .filter(l -> l.id().equals("frontier-deepseek-r1|h200|sglang|fp8|none")).findFirst().orElseThrow();
        assertEquals(2, frontier.x().length);
        Set<String> colours = new HashSet<>();
        spec.layers().stream().filter(l -> l instanceof PointLayer).forEach(l -> colours.add(((PointLayer) l).colorKey()));
        assertEquals(3, colours.size(), "each configuration its own colour");
        Tooltip t = sglang.tooltip().apply(0);
        Map<String, String> rows = t.rows().stream().collect(Collectors.toMap(Tooltip.Row::label, Tooltip.Row::value));
        assertTrue(rows.get("Configuration").contains("concurrency 4"));
        assertEquals("none", rows.get("Speculative decoding"));
        assertEquals("no", rows.get("Disaggregated"));
        assertTrue(rows.containsKey("Date") && rows.containsKey("Source"));
        ParetoChartBuilderTest.noNaN(spec);
    }

    @Test
    void buildPercentileAndLatencyAxisReadTheChosenStatistic() {
        ParetoSettings p99 = new ParetoSettings("deepseek-r1", List.of("h200"), null, 2048, YMetric.PER_GPU, 0, true,
                ParetoSettings.ParetoView.MEASURED, 1024, 1024, ParetoSettings.LatencyStatistic.P99,
                ParetoSettings.XMetric.E2E_LATENCY, ParetoSettings.TokenKind.TOTAL, 0, ParetoSettings.SlaKind.NONE, 0);
        ChartSpec spec = builder.build(with(handMade()), p99);
        PointLayer sglang = (PointLayer) spec.layers().stream()
                .filter(l -> l.id().equals("measured-deepseek-r1|h200|sglang|fp8|none")).findFirst().orElseThrow();
        assertEquals(2 * (0.2 + 1024 * 0.02), sglang.x()[0], 1e-9);
        assertEquals(100, sglang.y()[0], 1e-9, "total tokens");
        assertTrue(spec.xAxis().title().startsWith("End-to-end latency"));
    }

    @Test
    void buildCostMetricUsesThePriceSettingAndTtftSlaFiltersTheFrontier() {
        ParetoSettings s = new ParetoSettings("deepseek-r1", List.of("h200", "b200"), null, 2048,
                YMetric.DOLLARS_PER_MILLION_TOKENS, 0, true, ParetoSettings.ParetoView.MEASURED, 1024, 1024,
                ParetoSettings.LatencyStatistic.MEDIAN, ParetoSettings.XMetric.INTERACTIVITY,
                ParetoSettings.TokenKind.OUTPUT, 2.0, ParetoSettings.SlaKind.TTFT, 0.3);
        ChartSpec spec = builder.build(with(handMade()), s);
        PointLayer sglang = (PointLayer) spec.layers().stream()
                .filter(l -> l.id().equals("measured-deepseek-r1|h200|sglang|fp8|none")).findFirst().orElseThrow();
        assertEquals(2.0 / 3600 / 50 * 1e6, sglang.y()[0], 1e-9);
        assertTrue(sglang.hollow()[1], "a2's TTFT 0.4 s misses the 0.3 s SLA");
        assertTrue(spec.keyFacts().stream().anyMatch(f -> f.startsWith("SLA: 2 runs")), spec.keyFacts()::toString);
        ParetoSettings tpot = new ParetoSettings("deepseek-r1", List.of("h200"), null, 2048, YMetric.PER_GPU, 0, true,
                ParetoSettings.ParetoView.MEASURED, 1024, 1024, null, null, null, 0, ParetoSettings.SlaKind.TPOT, 0.05);
        RuleLayer rule = (RuleLayer) builder.build(with(handMade()), tpot).layers().stream()
                .filter(l -> l.id().equals("sla")).findFirst().orElseThrow();
        assertEquals(20, rule.value(), 1e-9);
    }

    @Test
    void buildWithoutRunsSaysHowToImportThem() {
        ChartSpec spec = builder.build(with(List.of()), measured());
        assertTrue(spec.keyFacts().stream().anyMatch(f -> f.contains("import --format inferencex")));
    }

    @Test
    void buildRealDeepSeekRunsHasACalibratedModelLineAndBadgePerConfiguration() throws IOException {
        Path root = Path.of("..", "shared", "external", "inferencemax");
        assumeTrue(Files.isDirectory(root), "public data absent");
        List<Path> files;
        try (Stream<Path> s = Files.walk(root)) {
            files = s.filter(p -> p.getFileName().toString().equals("agg_bmk.json")).sorted().toList();
        }
        ImportResult r = InferenceXImporter.importWith(files, InferenceXImporter.Options.of(null));
        Catalog catalog = CatalogLoader.merge(new dev.scalinglens.catalog.load.LoadResult(bundled, List.of()),
                new dev.scalinglens.catalog.load.LoadResult(r.catalog(), List.of())).catalog();
        ParetoSettings s = ParetoSettings.defaults().withModel("deepseek-r1")
                .withHardware(List.of("h200", "b200", "gb200", "mi300x", "mi325x", "mi355x")).measured(1024, 1024);
        ChartSpec spec = builder.build(catalog, s);
        long series = spec.layers().stream().filter(l -> l.id().startsWith("measured-")).count();
        long models = spec.layers().stream().filter(l -> l.id().startsWith("model-")).count();
        assertTrue(series >= 8, () -> spec.layers().stream().map(Layer::id).toList().toString());
        assertTrue(models >= 6);
        assertTrue(spec.layers().stream().filter(l -> l instanceof PointLayer).map(l -> ((PointLayer) l).name())
                .allMatch(n -> n.contains("model ±")));
        ParetoChartBuilderTest.noNaN(spec);
    }
}

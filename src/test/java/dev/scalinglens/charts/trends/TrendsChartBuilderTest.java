package dev.scalinglens.charts.trends;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.scalinglens.catalog.Catalog;
import dev.scalinglens.catalog.ModelRecord;
import dev.scalinglens.catalog.Quantity;
import dev.scalinglens.charts.registry.ChartKind;
import dev.scalinglens.plot.spec.ChartSpec;
import dev.scalinglens.plot.spec.FunctionLayer;
import dev.scalinglens.plot.spec.PointLayer;
import dev.scalinglens.plot.spec.Tooltip;
import dev.scalinglens.science.trends.TrendField;
import dev.scalinglens.science.trends.TrendGrouping;
import dev.scalinglens.testing.TestCatalogs;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class TrendsChartBuilderTest {

    private final TrendsChartBuilder builder = new TrendsChartBuilder();

    private static PointLayer point(ChartSpec spec, String modelId) {
        return spec.layers().stream().filter(l -> l instanceof PointLayer p && p.pointIds() != null
                && List.of(p.pointIds()).contains(modelId) && !p.id().equals("record-setters"))
                .map(l -> (PointLayer) l).findFirst().orElseThrow();
    }

    @Test
    void buildDrawsFitWithRateOnTheChart() {
        ChartSpec spec = builder.build(TestCatalogs.small(), TrendsSettings.defaults());
        assertEquals("trends", spec.chartId());
        assertEquals("Parameters over time", spec.title());
        FunctionLayer fit = spec.layers().stream().filter(l -> l.id().equals("fit")).map(l -> (FunctionLayer) l)
                .findFirst().orElseThrow();
        assertTrue(fit.label().matches(".*× per year \\[.*–.*\\], (doubling|halving) .*, R² .*, n 11"), fit.label());
        assertTrue(spec.subtitle().startsWith(fit.label()), spec.subtitle());
    }

    @Test
    void tooltipShowsValueWithUnitSourceAndDistanceFromTrend() {
        ChartSpec spec = builder.build(TestCatalogs.small(), TrendsSettings.defaults());
        PointLayer layer = point(spec, "chinchilla-70b");
        int i = List.of(layer.pointIds()).indexOf("chinchilla-70b");
        Tooltip tip = layer.tooltip().apply(i);
        assertEquals("Chinchilla", tip.title());
        List<String> rows = tip.rows().stream().map(r -> r.label() + ": " + r.value()).toList();
        assertTrue(rows.contains("Parameters: 70B parameters"), rows.toString());
        assertTrue(rows.contains("Source: hoffmann2022 (Hoffmann et al. 2022. Training Compute-Optimal Large Language"
                + " Models.)"), rows.toString());
        assertTrue(rows.stream().anyMatch(r -> r.matches("Trend: [0-9.]+× (above|below) trend")), rows.toString());
    }

    @Test
    void frontierPresetComparesTheTalksRateAndTheWholeRange() {
        Catalog bundled = dev.scalinglens.catalog.load.CatalogLoader.loadBundled().catalog();
        ChartSpec spec = builder.build(bundled, TrendsSettings.of(TrendPreset.FRONTIER_PARAMETERS));
        List<String> ids = spec.layers().stream().map(l -> l.id()).toList();
        assertTrue(ids.contains("reference-rate"), ids.toString());
        assertTrue(ids.contains("record-setters"), ids.toString());
        assertTrue(ids.contains("fit-to-latest"), ids.toString());
        assertTrue(spec.footnote().contains("10× per year"), spec.footnote());
    }

    @Test
    void computePresetFallsBackToEstimatesAndSaysSo() {
        ChartSpec spec = builder.build(TestCatalogs.small(), TrendsSettings.of(TrendPreset.NOTABLE_COMPUTE));
        assertEquals("Training compute over time", spec.title());
        assertTrue(spec.keyFacts().stream().anyMatch(f -> f.contains("C = 6ND estimates are fitted")),
                spec.keyFacts().toString());
    }

    @Test
    void computePresetFitsOnlySourcedComputeWhenThereIsEnough() {
        Catalog small = TestCatalogs.small();
        List<ModelRecord> models = new ArrayList<>(small.models());
        for (int i = 0; i < 5; i++) {
            models.add(new ModelRecord("epoch-" + i, "Epoch " + i, null, "Lab", LocalDate.of(2015 + 2 * i, 1, 1),
                    null, null, null, null, null, List.of(), "epoch", null)
                    .withTrainingComputeFlop(Quantity.reported(1e20 * Math.pow(4, 2 * i), "epoch")));
        }
        Catalog catalog = new Catalog(small.schema(), small.sources(), models, List.of(), List.of(), List.of(),
                small.lossLaws());
        ChartSpec spec = builder.build(catalog, TrendsSettings.of(TrendPreset.NOTABLE_COMPUTE));
        assertTrue(spec.subtitle().startsWith("4.0× per year"), spec.subtitle());
        assertTrue(spec.subtitle().contains("n 5"), spec.subtitle());
    }

    @Test
    void groupedFitsOfAThousandModelsBuildOneLinePerGroup() {
        SplittableRandom r = new SplittableRandom(5);
        List<ModelRecord> models = new ArrayList<>();
        String[] orgs = {"A", "B", "C"};
        for (int i = 0; i < 1000; i++) {
            LocalDate d = LocalDate.of(2018, 1, 1).plusDays(r.nextInt(2500));
            models.add(TestCatalogs.model("m" + i, "M" + i, "F" + (i % 7), orgs[i % 3], d.toString(),
                    1e9 * Math.pow(3, (d.toEpochDay() - 17532) / 365.25) * Math.pow(10, r.nextDouble() - 0.5),
                    null, Double.NaN, false, Double.NaN, "s"));
        }
        Catalog catalog = new Catalog(Catalog.SCHEMA, java.util.Map.of(), models, List.of(), List.of(), List.of(),
                List.of());
        ChartSpec spec = builder.build(catalog, TrendsSettings.defaults().withGroupBy(TrendGrouping.ORGANIZATION));
        assertEquals(3, spec.layers().stream().filter(l -> l.id().startsWith("fit-")).count());
        int points = spec.layers().stream().filter(l -> l instanceof PointLayer).mapToInt(l -> ((PointLayer) l).size())
                .sum();
        assertEquals(1000, points);
        // Above 150 points only record setters are labelled.
        long labelled = spec.layers().stream().filter(l -> l instanceof PointLayer p && p.labels() != null)
                .flatMap(l -> java.util.Arrays.stream(((PointLayer) l).labels())).filter(s -> s != null).count();
        assertTrue(labelled < 150, "labelled " + labelled);
    }

    @Test
    void settingsRoundTripThroughJson() throws Exception {
        TrendsSettings s = new TrendsSettings(TrendPreset.NONE, TrendField.CONTEXT_LENGTH, LocalDate.of(2020, 1, 1),
                null, true, TrendGrouping.ERA, LocalDate.of(2023, 1, 1), false, 200, 3);
        var json = ChartKind.TRENDS.settingsToJson(s);
        assertEquals(s, ChartKind.TRENDS.settingsFromJson(json));
        assertEquals(TrendsSettings.defaults(),
                ChartKind.TRENDS.settingsFromJson(new ObjectMapper().readTree("{}")));
    }

    @Test
    void hardwareFieldDrawsAcceleratorsByVendor() {
        Catalog bundled = dev.scalinglens.catalog.load.CatalogLoader.loadBundled().catalog();
        ChartSpec spec = builder.build(bundled, TrendsSettings.defaults().withField(TrendField.HARDWARE_BANDWIDTH));
        assertTrue(spec.layers().stream().anyMatch(l -> l.id().startsWith("vendor-")),
                spec.layers().stream().map(l -> l.id()).toList().toString());
        assertEquals("Accelerator memory bandwidth over time", spec.title());
    }
}

package dev.scalinglens.charts.layerloss;

import dev.scalinglens.DatasetFiles;
import dev.scalinglens.catalog.Catalog;
import dev.scalinglens.catalog.Experiment;
import dev.scalinglens.plot.spec.ChartSpec;
import dev.scalinglens.plot.spec.Layer;
import dev.scalinglens.plot.spec.LineLayer;
import dev.scalinglens.plot.spec.PointLayer;
import dev.scalinglens.plot.spec.RuleLayer;
import dev.scalinglens.plot.spec.Tooltip;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LayerLossChartBuilderTest {

    private static Catalog catalog;
    private final LayerLossChartBuilder builder = new LayerLossChartBuilder();

    @BeforeAll
    static void load() throws IOException {
        catalog = DatasetFiles.read("experiments.json");
    }

    @ParameterizedTest
    @CsvSource({"1, 1.7735", "2, 1.7710", "6, 1.7779", "12, 1.7827"})
    void datasetHoldsEngramSweepReadFromFigure(int layer, double loss) {
        Experiment e = catalog.experiment("engram-layer-sweep").orElseThrow();
        Experiment.Point p = e.series().get(0).points().get(layer - 1);
        assertEquals(layer, p.x());
        assertEquals(loss, p.y(), 1e-9);
        assertTrue(p.estimated());
        assertTrue(e.notes().contains("±0.0003"));
    }

    @Test
    void datasetHoldsEngramReferencesAndVariants() {
        Experiment e = catalog.experiment("engram-layer-sweep").orElseThrow();
        assertEquals(List.of(1.808, 1.768), e.referenceLines().stream().map(Experiment.ReferenceLine::y).toList());
        assertEquals(List.of(1.7748, 1.7740, 1.7729, 1.7700, 1.7688),
                e.variants().stream().map(Experiment.Variant::y).toList());
        assertEquals("w/o short conv", e.variants().get(4).label());
        assertNotNull(catalog.sources().get(e.source()));
    }

    @Test
    void buildDrawsSweepRulesVariantsAndBestCallout() {
        ChartSpec spec = builder.build(catalog, LayerLossSettings.defaults());
        assertEquals("layer-loss", spec.chartId());
        assertEquals(List.of("series-0", "series-0-points", "reference-0", "reference-1", "variants-separator",
                "variants"), spec.layers().stream().map(Layer::id).toList());
        LineLayer sweep = (LineLayer) spec.layers().get(0);
        assertEquals(12, sweep.x().length);
        RuleLayer baseline = (RuleLayer) spec.layers().get(2);
        assertEquals(1.808, baseline.value());
        assertEquals("3B MoE baseline (1.8080)", baseline.label());
        PointLayer variants = (PointLayer) spec.layers().get(5);
        assertEquals(13.5, variants.x()[0]);
        assertEquals("w/o multi branch", variants.labels()[0]);
        assertEquals(1, spec.annotations().size());
        assertEquals("Best: layer 2, loss 1.7710", spec.annotations().get(0).text());
        assertTrue(spec.annotations().get(0).isCallout());
        assertTrue(spec.keyFacts().get(1).startsWith("Best layer is 0.0370 below 3B MoE baseline"));
        assertTrue(spec.footnote().contains("Conditional Memory via Scalable Lookup"));
        noNaN(spec);
    }

    @Test
    void buildBrokenAxisCutsBetweenDataAndBaseline() {
        ChartSpec spec = builder.build(catalog, LayerLossSettings.defaults());
        var cut = spec.yAxis().axisBreak();
        assertNotNull(cut);
        assertTrue(cut.from() > 1.7829 && cut.to() < 1.808 && cut.from() < cut.to(), cut.toString());
        ChartSpec unbroken = builder.build(catalog, new LayerLossSettings("engram-layer-sweep", true, true, false));
        assertNull(unbroken.yAxis().axisBreak());
        ChartSpec noRefs = builder.build(catalog, new LayerLossSettings("engram-layer-sweep", false, true, true));
        assertNull(noRefs.yAxis().axisBreak(), "without the far baseline there is no gap to cut");
    }

    @Test
    void buildTooltipsGiveValuesAndDeltas() {
        ChartSpec spec = builder.build(catalog, LayerLossSettings.defaults());
        PointLayer points = (PointLayer) spec.layers().get(1);
        Tooltip t = points.tooltip().apply(1);
        Map<String, String> rows = rows(t);
        assertEquals("2", rows.get("Engram insertion layer"));
        assertEquals("1.7710", rows.get("Validation loss"));
        assertEquals("-0.0370", rows.get("vs 3B MoE baseline"));
        Tooltip v = ((PointLayer) spec.layers().get(5)).tooltip().apply(4);
        assertEquals("w/o short conv", v.title());
        assertEquals("-0.0022", rows(v).get("vs best layer"));
    }

    @Test
    void buildWithoutVariantsOrRulesLeavesThemOut() {
        ChartSpec spec = builder.build(catalog, new LayerLossSettings("engram-layer-sweep", false, false, false));
        assertEquals(List.of("series-0", "series-0-points"), spec.layers().stream().map(Layer::id).toList());
        assertEquals(12.5, spec.xAxis().max());
    }

    @Test
    void buildUnknownExperimentNamesTheAvailableOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> builder.build(catalog, LayerLossSettings.defaults().withExperiment("nope")));
        assertEquals("no experiment 'nope' in the catalog; available: engram-layer-sweep", e.getMessage());
    }

    @Test
    void buildDrawsAnyExperimentFromAHandMadeCatalog() {
        Experiment mine = new Experiment("mine", "Mine", "Layer", "Loss",
                List.of(new Experiment.Series("a", List.of(new Experiment.Point(3, 2.0, false),
                        new Experiment.Point(1, 2.5, false)))), List.of(), List.of(), null, null);
        Catalog c = new Catalog(Catalog.SCHEMA, null, null, null, List.of(mine), null, null);
        ChartSpec spec = builder.build(c, LayerLossSettings.defaults().withExperiment("mine"));
        assertEquals("Best: layer 3, loss 2.0000", spec.annotations().get(0).text());
        assertArrayEquals(new double[] {1, 3}, ((LineLayer) spec.layers().get(0)).x());
        assertFalse(((PointLayer) spec.layers().get(1)).hollow()[0]);
        noNaN(spec);
    }

    @Test
    void buildDrawsAnAnalystSweepReadFromCsv() throws IOException {
        Experiment mine = new dev.scalinglens.catalog.ExperimentCsvReader().read(new java.io.StringReader(
                "x,y,series\n1,2.31,run A\n2,2.28,run A\n1,2.35,run B\n2,2.27,run B\n"),
                "sweep.csv", "my-sweep", "Layer", "Validation loss");
        Catalog c = new Catalog(Catalog.SCHEMA, null, null, null, List.of(mine), null, null);
        ChartSpec spec = builder.build(c, LayerLossSettings.defaults().withExperiment("my-sweep"));
        assertEquals(List.of("series-0", "series-0-points", "series-1", "series-1-points"),
                spec.layers().stream().map(Layer::id).toList());
        assertEquals("Best: layer 2, loss 2.2700", spec.annotations().get(0).text());
        assertEquals("Best: layer 2, loss 2.2700 (run B).", spec.keyFacts().get(0));
        assertEquals("Source: sweep.csv", spec.footnote());
    }

    private static void assertArrayEquals(double[] expected, double[] actual) {
        org.junit.jupiter.api.Assertions.assertArrayEquals(expected, actual);
    }

    private static Map<String, String> rows(Tooltip t) {
        return t.rows().stream().collect(java.util.stream.Collectors.toMap(Tooltip.Row::label, Tooltip.Row::value));
    }

    static void noNaN(ChartSpec spec) {
        for (Layer l : spec.layers()) {
            if (l instanceof PointLayer p) {
                assertTrue(Arrays.stream(p.x()).allMatch(Double::isFinite) &&
                        Arrays.stream(p.y()).allMatch(Double::isFinite), l.id());
            } else if (l instanceof LineLayer p) {
                assertTrue(Arrays.stream(p.x()).allMatch(Double::isFinite) &&
                        Arrays.stream(p.y()).allMatch(Double::isFinite), l.id());
            } else if (l instanceof RuleLayer r) {
                assertTrue(Double.isFinite(r.value()), l.id());
            }
        }
    }
}

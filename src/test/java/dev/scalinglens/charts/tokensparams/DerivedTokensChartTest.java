package dev.scalinglens.charts.tokensparams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scalinglens.catalog.Catalog;
import dev.scalinglens.catalog.ModelRecord;
import dev.scalinglens.catalog.Quantity;
import dev.scalinglens.plot.spec.ChartSpec;
import dev.scalinglens.plot.spec.PointLayer;
import dev.scalinglens.plot.spec.Tooltip;
import dev.scalinglens.testing.TestCatalogs;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Models with parameters and training compute but no tokens are drawn with D = C / (6N), hollow. */
class DerivedTokensChartTest {

    private static ModelRecord computeOnly(String id, double parameters, double computeFlop) {
        return new ModelRecord(id, id, "Imported", null, null, Quantity.reported(parameters, "epoch"), null, null,
                null, null, List.of(), "epoch", null, Quantity.reported(computeFlop, "epoch"), null, null, null, null,
                null, null, null, null);
    }

    private static Catalog withImported(ModelRecord... extra) {
        Catalog c = TestCatalogs.small();
        List<ModelRecord> models = new ArrayList<>(c.models());
        models.addAll(List.of(extra));
        return new Catalog(c.schema(), c.sources(), models, c.hardware(), c.experiments(), c.inferenceRuns(),
                c.lossLaws());
    }

    private static PointLayer imported(ChartSpec spec) {
        return spec.layers().stream().filter(l -> l instanceof PointLayer p && p.id().equals("family-Imported"))
                .map(l -> (PointLayer) l).findFirst().orElseThrow();
    }

    @Test
    void buildPlotsComputeOnlyModelHollowAtComputeOverSixN() {
        ChartSpec spec = new TokensParamsChartBuilder().build(withImported(computeOnly("x-7b", 7e9, 8.4e22)),
                TokensParamsSettings.defaults());
        PointLayer layer = imported(spec);
        assertEquals(1, layer.x().length);
        assertEquals(7e9, layer.x()[0]);
        assertEquals(2e12, layer.y()[0], 1e3, "D = 8.4e22 / (6 × 7e9) = 2e12");
        assertTrue(layer.hollow()[0], "a derived count is drawn hollow");
        Tooltip tip = layer.tooltip().apply(0);
        Map<String, String> rows = tip.rows().stream().collect(Collectors.toMap(Tooltip.Row::label, Tooltip.Row::value));
        assertTrue(rows.get("Training tokens").contains("D = C / (6N)"), rows.toString());
        assertTrue(rows.get("Training compute").startsWith("8.4e22 FLOPs"), rows.toString());
        assertTrue(spec.keyFacts().stream().anyMatch(f -> f.startsWith("1 of ")), spec.keyFacts().toString());
    }

    @Test
    void buildLabelsCuratedModelsBeforeDerivedOnes() {
        ChartSpec spec = new TokensParamsChartBuilder().build(withImported(computeOnly("huge", 1e12, 1e27)),
                TokensParamsSettings.defaults());
        int derived = imported(spec).labelPriority()[0];
        for (var l : spec.layers()) {
            if (l instanceof PointLayer p && !p.id().equals("family-Imported") && p.labelPriority() != null) {
                for (int priority : p.labelPriority()) {
                    assertTrue(priority > derived, p.id());
                }
            }
        }
    }

    @Test
    void buildLabelsOnlyTheLargestDerivedRuns() {
        ModelRecord[] many = new ModelRecord[40];
        for (int i = 0; i < many.length; i++) {
            many[i] = computeOnly("m" + i, 1e9 * (i + 1), 1e21 * (i + 1));
        }
        PointLayer layer = imported(new TokensParamsChartBuilder().build(withImported(many),
                TokensParamsSettings.defaults()));
        long labelled = java.util.Arrays.stream(layer.labels()).filter(java.util.Objects::nonNull).count();
        assertEquals(TokensParamsChartBuilder.MAX_DERIVED_LABELS, labelled);
        assertEquals("m39", layer.labels()[java.util.Arrays.asList(layer.pointIds()).indexOf("m39")]);
        assertEquals(null, layer.labels()[java.util.Arrays.asList(layer.pointIds()).indexOf("m0")]);
    }

    @Test
    void buildLeavesOutModelsWithNeitherTokensNorCompute() {
        ModelRecord bare = new ModelRecord("bare", "bare", "Imported", null, null, Quantity.reported(1e9), null,
                null, null, null, List.of(), null, null);
        ChartSpec spec = new TokensParamsChartBuilder().build(withImported(bare), TokensParamsSettings.defaults());
        assertFalse(spec.layers().stream().anyMatch(l -> l.id().equals("family-Imported")));
    }
}

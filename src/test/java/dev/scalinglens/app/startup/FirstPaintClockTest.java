package dev.scalinglens.app.startup;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scalinglens.catalog.Catalog;
import dev.scalinglens.charts.registry.ChartKind;
import dev.scalinglens.plot.spec.ChartSpec;
import org.junit.jupiter.api.Test;

/** What the first-paint clock and the empty-chart notice count as a chart with data. */
class FirstPaintClockTest {

    @Test
    void hasDataFalseForTheChartDrawnBeforeTheCatalogLoads() {
        ChartSpec empty = ChartKind.TOKENS_PARAMS.build(Catalog.empty(), ChartKind.TOKENS_PARAMS.defaultSettings());

        assertFalse(empty.hasData());
    }

    @Test
    void hasDataTrueOnceModelsAreDrawn() {
        Catalog bundled = dev.scalinglens.catalog.load.CatalogLoader.loadBundled().catalog();

        assertTrue(ChartKind.TOKENS_PARAMS.build(bundled, ChartKind.TOKENS_PARAMS.defaultSettings()).hasData());
    }
}

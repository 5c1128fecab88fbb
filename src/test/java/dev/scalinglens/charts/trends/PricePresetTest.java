package dev.scalinglens.charts.trends;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.scalinglens.catalog.Catalog;
import dev.scalinglens.catalog.importers.EpochModelsImporter;
import dev.scalinglens.plot.spec.ChartSpec;
import dev.scalinglens.science.trends.TrendField;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The price preset on Epoch's Frontier AI Models prices (skipped when the export is absent). */
class PricePresetTest {

    private static final Path FRONTIER = Path.of("..", "shared", "external", "epoch", "frontier_ai_models.csv");

    @Test
    void pricePresetSaysItIsNotAtFixedCapabilityAndFallsPerYear() {
        assumeTrue(Files.exists(FRONTIER), () -> FRONTIER + " is absent");
        Catalog c = EpochModelsImporter.importFile(FRONTIER, LocalDate.of(2025, 8, 1), true).catalog();
        TrendsSettings s = TrendsSettings.of(TrendPreset.FRONTIER_PRICE);
        assertEquals(TrendField.INPUT_PRICE, s.effectiveField());
        ChartSpec spec = new TrendsChartBuilder().build(c, s);
        assertTrue(spec.subtitle().startsWith("÷2.2 per year"), spec.subtitle());
        assertTrue(spec.subtitle().contains("Not at a fixed capability"), spec.subtitle());
        assertTrue(spec.subtitle().contains("Record setters only"), spec.subtitle());
        assertTrue(spec.yAxis().title().contains("USD per million tokens"), spec.yAxis().title());
    }

    @Test
    void pricePresetOnCatalogWithoutPricesSaysSoInsteadOfFailing() {
        ChartSpec spec = new TrendsChartBuilder().build(dev.scalinglens.testing.TestCatalogs.small(),
                TrendsSettings.of(TrendPreset.FRONTIER_PRICE));
        assertTrue(spec.keyFacts().stream().anyMatch(f -> f.startsWith("No trend")), spec.keyFacts().toString());
    }
}

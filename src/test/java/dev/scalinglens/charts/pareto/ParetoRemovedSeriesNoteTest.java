package dev.scalinglens.charts.pareto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scalinglens.catalog.load.BundledCatalog;
import dev.scalinglens.plot.spec.ChartSpec;
import dev.scalinglens.science.roofline.Precision;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A choice that removes series says so on the chart; bounds are stated in the refusal. */
class ParetoRemovedSeriesNoteTest {

    private static ParetoSettings withPrecision(Precision precision) {
        ParetoSettings d = ParetoSettings.defaults();
        return new ParetoSettings(d.modelId(), d.hardwareIds(), precision, d.contextLengthTokens(), d.yMetric(),
                d.targetInteractivityTokensPerSecondPerUser(), d.showMeasuredRuns());
    }

    @Test
    void fp4NamesTheAcceleratorsItDropsOnTheChart() throws Exception {
        var catalog = BundledCatalog.load().catalog();
        ChartSpec spec = new ParetoChartBuilder().build(catalog, withPrecision(Precision.FP4));
        assertTrue(spec.footnote().startsWith("NVIDIA H100 SXM, NVIDIA H200 SXM, AMD Instinct MI300X have no fp4: "
                + "not drawn."), spec.footnote());
        ChartSpec fp8 = new ParetoChartBuilder().build(catalog, withPrecision(Precision.FP8));
        assertFalse(fp8.footnote().contains("not drawn"), fp8.footnote());
    }

    @Test
    void contextLengthRefusalStatesTheBounds() {
        ParetoSettings d = ParetoSettings.defaults();
        var e = assertThrows(IllegalArgumentException.class, () -> new ParetoSettings(d.modelId(), d.hardwareIds(),
                d.precision(), 2_000_000, d.yMetric(), 50, true));
        assertEquals("context length must be 128 … 1,048,576 tokens, got 2,000,000", e.getMessage());
        assertTrue(List.of(e.getMessage()).get(0).contains("1,048,576"));
    }
}

package dev.scalinglens.charts.tokensparams;

import dev.scalinglens.plot.spec.BandLayer;
import dev.scalinglens.plot.spec.ChartSpec;
import dev.scalinglens.plot.spec.FunctionLayer;
import dev.scalinglens.plot.spec.Layer;
import dev.scalinglens.plot.spec.PointLayer;
import dev.scalinglens.plot.spec.ScaleType;
import dev.scalinglens.plot.spec.TickFormat;
import dev.scalinglens.plot.spec.Tooltip;
import dev.scalinglens.testing.SpecChecks;
import dev.scalinglens.testing.TestCatalogs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TokensParamsChartBuilderTest {

    private final TokensParamsChartBuilder builder = new TokensParamsChartBuilder();

    private static Map<String, Layer> layers(ChartSpec spec) {
        return spec.layers().stream().collect(Collectors.toMap(Layer::id, l -> l));
    }

    @Test
    void buildHasRatioIsoComputeFrontierAndOnePointLayerPerFamily() {
        ChartSpec spec = builder.build(TestCatalogs.small(), TokensParamsSettings.defaults());
        Map<String, Layer> layers = layers(spec);
        assertEquals("tokens-params", spec.chartId());
        assertEquals("20 tokens/parameter", ((FunctionLayer) layers.get("ratio")).label());
        assertEquals("Compute-optimal (Hoffmann et al. 2022)", ((FunctionLayer) layers.get("frontier")).label());
        assertEquals("1e23 FLOPs", ((FunctionLayer) layers.get("iso-compute-1e23")).label());
        assertEquals(5, spec.layers().stream().filter(l -> l.id().startsWith("iso-compute-")).count());
        // Chinchilla, LLaMA (with Llama 2: versions of a family are one series), Mistral (Mixtral; Mistral 7B has
        // no token count); MiniCPM has none either
        assertEquals(List.of("family-Chinchilla", "family-LLaMA", "family-Mistral"),
                spec.layers().stream().filter(l -> l instanceof PointLayer).map(Layer::id).toList());
        assertEquals(ScaleType.LOG10, spec.xAxis().scale());
        assertEquals(TickFormat.SI, spec.xAxis().format());
        assertTrue(spec.xAxis().title().startsWith("Parameters"));
        assertTrue(spec.yAxis().title().startsWith("Training tokens"));
        assertTrue(spec.footnote().contains("Hoffmann et al. 2022"));
        SpecChecks.assertWellFormed(spec, 1e7, 1e9, 1e11, 1e13);
    }

    @Test
    void buildPlacesModelsAtParametersAndTokensWithIdsAndLabels() {
        PointLayer llama = (PointLayer) layers(builder.build(TestCatalogs.small(), TokensParamsSettings.defaults()))
                .get("family-LLaMA");
        assertArrayEquals(new String[] {"llama-7b", "llama-13b", "llama-33b", "llama-65b"},
                java.util.Arrays.copyOf(llama.pointIds(), 4));
        assertEquals("LLaMA-65B", llama.labels()[3]);
        assertEquals(65.2e9, llama.x()[3]);
        assertEquals(1.4e12, llama.y()[3]);
        assertTrue(llama.labelPriority()[3] > llama.labelPriority()[0], "bigger runs label first");
        assertEquals(dev.scalinglens.charts.SeriesColors.forFamilies(TestCatalogs.small()).colorKey("LLaMA"),
                llama.colorKey());
    }

    @Test
    void buildUsesActiveParametersForMoeAndHollowsEstimatedTokens() {
        PointLayer mistral = (PointLayer) layers(builder.build(TestCatalogs.small(), TokensParamsSettings.defaults()))
                .get("family-Mistral");
        assertEquals(12.9e9, mistral.x()[0]);
        assertTrue(mistral.hollow()[0]);
        PointLayer total = (PointLayer) layers(builder.build(TestCatalogs.small(),
                TokensParamsSettings.defaults().withParameterBasis(ParameterBasis.TOTAL))).get("family-Mistral");
        assertEquals(46.7e9, total.x()[0]);
    }

    @Test
    void tooltipOfChinchillaShowsComputeLossAndOptimality() {
        PointLayer chinchilla = (PointLayer) layers(builder.build(TestCatalogs.small(), TokensParamsSettings.defaults()))
                .get("family-Chinchilla");
        Tooltip tip = chinchilla.tooltip().apply(0);
        Map<String, String> rows = tip.rows().stream().collect(Collectors.toMap(Tooltip.Row::label, Tooltip.Row::value));
        assertEquals("Chinchilla", tip.title());
        assertEquals("DeepMind", rows.get("Organisation"));
        assertEquals("2022-03-29", rows.get("Release date"));
        assertEquals("70B", rows.get("Parameters"));
        assertEquals("1.4T", rows.get("Training tokens"));
        assertEquals("20.0", rows.get("Tokens per parameter"));
        assertEquals("5.9e23 FLOPs", rows.get("Training compute (6ND)"));
        assertEquals("1.937 nats/token (Hoffmann et al. 2022)", rows.get("Predicted loss"));
        // By default the verdict compares with the dashed line, 20 tokens/parameter, and says so
        assertEquals("at 20 tokens/parameter (within 5%)", rows.get("Versus reference"));
        assertEquals("hoffmann2022", rows.get("Source"));
    }

    @Test
    void verdictAgainstComputeOptimalNamesTheLawAndItsRatio() {
        TokensParamsChartBuilder builder = new TokensParamsChartBuilder();
        PointLayer chinchilla = (PointLayer) layers(builder.build(TestCatalogs.small(), TokensParamsSettings.defaults()
                .withReference(TokensPerParameterReference.COMPUTE_OPTIMAL))).get("family-Chinchilla");
        Map<String, String> rows = chinchilla.tooltip().apply(0).rows().stream()
                .collect(Collectors.toMap(Tooltip.Row::label, Tooltip.Row::value));
        // Hoffmann's Approach 3 constants: at Chinchilla's 5.9e23 FLOPs the optimum is ~93 tokens/parameter,
        // so the same compute would have gone to sqrt(93/20) ≈ 2.2× more tokens (and fewer parameters)
        assertEquals("2.2× fewer tokens than compute-optimal for its compute", rows.get("Versus reference"));
        assertTrue(rows.get("Compute-optimal split").endsWith("(93 tokens/parameter)"), rows.get("Compute-optimal split"));
    }

    @Test
    void verdictAgainstANumberNamesTheNumber() {
        TokensParamsChartBuilder builder = new TokensParamsChartBuilder();
        TokensParamsSettings fifty = new TokensParamsSettings(ParameterBasis.ACTIVE, 50, List.of(1e22), "hoffmann",
                true, true, true, null, TokensPerParameterReference.RATIO_LINE);
        PointLayer chinchilla = (PointLayer) layers(builder.build(TestCatalogs.small(), fifty)).get("family-Chinchilla");
        Map<String, String> rows = chinchilla.tooltip().apply(0).rows().stream()
                .collect(Collectors.toMap(Tooltip.Row::label, Tooltip.Row::value));
        assertEquals("2.5× fewer tokens than 50 tokens/parameter", rows.get("Versus reference"));
    }

    @ParameterizedTest
    @CsvSource({"5.3, 5.3× more tokens than compute-optimal", "0.5, 2.0× fewer tokens than compute-optimal",
            "1.02, compute-optimal (within 5%)"})
    void optimalityTextSaysMoreOrFewer(double ratio, String expected) {
        assertEquals(expected, TokensParamsChartBuilder.optimalityText(ratio));
    }

    @Test
    void keyFactsGiveTheOptimumAtEachBudget() {
        ChartSpec spec = builder.build(TestCatalogs.small(), TokensParamsSettings.defaults());
        assertTrue(spec.keyFacts().stream().anyMatch(f -> f.startsWith(
                "At C = 1e24 FLOPs, compute-optimal N = 4.1e10 parameters and D = 4e12 tokens")), spec.keyFacts().toString());
        assertTrue(spec.keyFacts().stream().anyMatch(f -> f.contains("lack a parameter or training-token count")));
    }

    @Test
    void buildWithoutTheLawHasNoFrontierAndSaysSo() {
        ChartSpec spec = builder.build(TestCatalogs.withoutLossLaws(), TokensParamsSettings.defaults());
        assertFalse(layers(spec).containsKey("frontier"));
        assertTrue(spec.keyFacts().get(0).contains("no loss law 'hoffmann'"));
        SpecChecks.assertWellFormed(spec, 1e9, 1e11);
    }

    @Test
    void buildWithEpochLawLabelsTheFrontierByItsSource() {
        ChartSpec spec = builder.build(TestCatalogs.small(), TokensParamsSettings.defaults().withLossLaw("epoch"));
        assertEquals("Compute-optimal (Besiroglu et al. 2024)", ((FunctionLayer) layers(spec).get("frontier")).label());
    }

    @Test
    void buildDrawsAGivenBandAndHidesWhatIsSwitchedOff() {
        FitBand band = new FitBand(new double[] {1e9, 1e10}, new double[] {1e10, 1e11}, new double[] {3e10, 3e11}, "95% band");
        TokensParamsSettings settings = new TokensParamsSettings(ParameterBasis.ACTIVE, 20, List.of(1e23), "hoffmann",
                true, false, false, band);
        Map<String, Layer> layers = layers(builder.build(TestCatalogs.small(), settings));
        assertTrue(layers.get("frontier-band") instanceof BandLayer);
        assertFalse(layers.containsKey("ratio"));
        assertFalse(layers.containsKey("iso-compute-1e23"));
        assertTrue(Arrays.equals(band.tokensHigh(), ((BandLayer) layers.get("frontier-band")).yHigh()));
    }
}

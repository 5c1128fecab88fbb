package dev.scalinglens.science.trends;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.scalinglens.catalog.Catalog;
import dev.scalinglens.catalog.ModelRecord;
import dev.scalinglens.catalog.importers.EpochModelsImporter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** API prices from Epoch's Frontier AI Models export and the falling-price fit over them (skipped when absent). */
class EpochPriceTrendTest {

    private static final Path FRONTIER = Path.of("..", "shared", "external", "epoch", "frontier_ai_models.csv");

    private static Catalog frontier() {
        assumeTrue(Files.exists(FRONTIER), () -> FRONTIER + " is absent");
        return EpochModelsImporter.importFile(FRONTIER, LocalDate.of(2025, 8, 1), true).catalog();
    }

    private static ModelRecord model(Catalog c, String name) {
        return c.models().stream().filter(m -> m.name().strip().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void importReadsFirstListedInputAndOutputPrice() {
        Catalog c = frontier();
        ModelRecord opus = model(c, "Claude 3 Opus");
        assertEquals(15, opus.inputPriceUsdPerMillionTokens().value());
        assertEquals(75, opus.outputPriceUsdPerMillionTokens().value());
        assertEquals("epoch-frontier-ai-models", opus.inputPriceUsdPerMillionTokens().source());
        ModelRecord gpt4 = model(c, "GPT-4 (Mar 2023)");
        assertEquals(30, gpt4.inputPriceUsdPerMillionTokens().value());
        assertEquals(60, gpt4.outputPriceUsdPerMillionTokens().value());
        assertTrue(gpt4.inputPriceUsdPerMillionTokens().note().contains("<= 8k context"));
        // "$12 / 1M input tokens, fine tuned model" is skipped; "$60 / M tokens" is one price for both.
        ModelRecord davinci = model(c, "GPT-3 175B (davinci)");
        assertEquals(60, davinci.inputPriceUsdPerMillionTokens().value());
        assertEquals(60, davinci.outputPriceUsdPerMillionTokens().value());
        assertNull(model(c, "Grok-2").inputPriceUsdPerMillionTokens());
    }

    @Test
    void everyPricedModelCarriesSourceAndNote() {
        long priced = frontier().models().stream().filter(m -> m.inputPriceUsdPerMillionTokens() != null)
                .peek(m -> assertTrue(m.inputPriceUsdPerMillionTokens().note().contains("no date")))
                .count();
        assertEquals(16, priced);
    }

    @Test
    void inputPriceFitFallsAboutTwofoldPerYear() {
        // All 16 priced frontier models (2020-05 to 2025-03): ÷2.2 per year [÷1.7–÷2.7], R² 0.73 (docs/trends.md).
        TrendFit fit = TrendAnalysis.run(frontier(), TrendOptions.of(TrendField.INPUT_PRICE)).main().fit();
        assertEquals(16, fit.n());
        assertEquals(2.2, 1 / fit.perYear(), 0.05);
        assertTrue(TrendText.headline(fit).startsWith("÷2.2 per year [÷1.7–÷2.7], halving"), TrendText.headline(fit));
    }

    @Test
    void frontierPriceIsRunningMinimum() {
        TrendResult r = TrendAnalysis.run(frontier(), TrendOptions.of(TrendField.INPUT_PRICE).withFrontierOnly(true));
        TrendFit fit = r.main().fit();
        assertEquals(5, fit.n());
        assertEquals(2.2, 1 / fit.perYear(), 0.05);
        assertTrue(fit.rSquared() > 0.9, "R² " + fit.rSquared());
    }

    @Test
    void outputPriceFallsSlowerThanInput() {
        TrendFit in = TrendAnalysis.run(frontier(), TrendOptions.of(TrendField.INPUT_PRICE)).main().fit();
        TrendFit out = TrendAnalysis.run(frontier(), TrendOptions.of(TrendField.OUTPUT_PRICE)).main().fit();
        assertEquals(1.6, 1 / out.perYear(), 0.05);
        assertTrue(out.perYear() > in.perYear());
    }
}

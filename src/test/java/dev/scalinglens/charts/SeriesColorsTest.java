package dev.scalinglens.charts;

import dev.scalinglens.catalog.Catalog;
import dev.scalinglens.catalog.load.CatalogLoader;
import dev.scalinglens.catalog.ModelRecord;
import dev.scalinglens.charts.registry.ChartKind;
import dev.scalinglens.plot.ColorDifference;
import dev.scalinglens.plot.Palette;
import dev.scalinglens.plot.PlotColor;
import dev.scalinglens.plot.Theme;
import dev.scalinglens.plot.spec.ChartSpec;
import dev.scalinglens.plot.spec.Layer;
import dev.scalinglens.plot.spec.PointLayer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SeriesColorsTest {

    private static Catalog bundled;

    @BeforeAll
    static void load() {
        bundled = CatalogLoader.loadBundled().catalog();
    }

    @ParameterizedTest
    @CsvSource({"Llama 3, Llama", "Llama 2, Llama", "LLaMA, LLaMA", "Gemma 3, Gemma", "Qwen2.5, Qwen", "Phi-3, Phi",
            "DeepSeek-V2, DeepSeek", "DeepSeek LLM, DeepSeek", "OLMo 2, OLMo", "MiniCPM3, MiniCPM", "GPT-3, GPT",
            "GPT-NeoX, GPT-NeoX", "SmolLM2, SmolLM", "TinyLlama, TinyLlama", "Kimi K2, Kimi K2", "Yi, Yi"})
    void familyGroupDropsTheVersion(String family, String group) {
        assertEquals(group, SeriesColors.familyGroup(family));
    }

    @Test
    void allLlamaVersionsAreOneSeriesNamedAsMostModelsSpellIt() {
        ModelPointLayers.Groups groups = ModelPointLayers.groups(bundled.models());
        List<String> series = bundled.models().stream()
                .filter(m -> m.family() != null && m.family().toLowerCase().startsWith("llama"))
                .map(groups::seriesOf).distinct().toList();
        assertEquals(List.of("Llama"), series);
    }

    @Test
    void assignmentDoesNotDependOnCatalogOrder() {
        List<ModelRecord> shuffled = new ArrayList<>(bundled.models());
        Collections.shuffle(shuffled, new Random(7));
        SeriesColors a = SeriesColors.forFamilies(bundled.models());
        SeriesColors b = SeriesColors.forFamilies(shuffled);
        for (ModelRecord m : bundled.models()) {
            String g = SeriesColors.familyGroup(m.family());
            assertEquals(a.colorKey(g), b.colorKey(g), g);
        }
    }

    @Test
    void theSameFamilyHasTheSameColourOnEveryChart() {
        Map<String, String> seen = new LinkedHashMap<>();
        for (ChartDefinition<?> kind : List.<ChartDefinition<?>>of(ChartKind.TOKENS_PARAMS, ChartKind.DENSITY)) {
            for (Layer l : kind.build(bundled, kind.defaultSettings()).layers()) {
                if (l instanceof PointLayer p && p.id().startsWith("family-")) {
                    String before = seen.putIfAbsent(p.name(), p.colorKey());
                    assertTrue(before == null || before.equals(p.colorKey()), p.name() + " differs between charts");
                }
            }
        }
        assertTrue(seen.size() > 3, seen.toString());
    }

    /** The issue's colour test: on every default chart, series shown together are far apart and each has its own colour. */
    @ParameterizedTest
    @MethodSource("dev.scalinglens.charts.registry.ChartKind#all")
    void defaultChartSeriesAreDistinctForNormalAndDeuteranopicVision(ChartDefinition<?> kind) {
        ChartSpec spec = kind.build(bundled, kind.defaultSettings());
        Map<String, String> series = new LinkedHashMap<>(); // legend name → colour key
        for (Layer l : spec.layers()) {
            if (l.name() != null && !l.name().isBlank() && l.colorKey() != null && l.colorKey().startsWith("#")) {
                series.put(l.name(), l.colorKey());
            }
        }
        assertTrue(series.size() >= 2 || kind == ChartKind.LAYER_LOSS, kind + ": " + series);
        for (Theme theme : Theme.values()) {
            List<String> names = new ArrayList<>(series.keySet());
            for (int i = 0; i < names.size(); i++) {
                for (int j = i + 1; j < names.size(); j++) {
                    PlotColor a = Palette.colorFor(series.get(names.get(i)), theme);
                    PlotColor b = Palette.colorFor(series.get(names.get(j)), theme);
                    String pair = kind + " " + theme + ": " + names.get(i) + " / " + names.get(j);
                    assertNotEquals(a, b, pair + " share a colour");
                    assertTrue(ColorDifference.deltaE2000(a, b) >= 15, pair + " ΔE00 "
                            + ColorDifference.deltaE2000(a, b));
                    double cvd = ColorDifference.deltaE2000(ColorDifference.deuteranopia(a),
                            ColorDifference.deuteranopia(b));
                    assertTrue(cvd >= 10, pair + " ΔE00 under deuteranopia " + cvd);
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Theme.class)
    void wholePaletteWithOtherPassesBothThresholds(Theme theme) {
        List<String> keys = new ArrayList<>(SeriesColors.allColorKeys());
        keys.add(SeriesColors.otherColorKey());
        double minNormal = Double.MAX_VALUE;
        double minCvd = Double.MAX_VALUE;
        for (int i = 0; i < keys.size(); i++) {
            for (int j = i + 1; j < keys.size(); j++) {
                PlotColor a = Palette.colorFor(keys.get(i), theme);
                PlotColor b = Palette.colorFor(keys.get(j), theme);
                minNormal = Math.min(minNormal, ColorDifference.deltaE2000(a, b));
                minCvd = Math.min(minCvd, ColorDifference.deltaE2000(ColorDifference.deuteranopia(a),
                        ColorDifference.deuteranopia(b)));
            }
        }
        assertTrue(minNormal >= 15, "smallest ΔE00 " + minNormal);
        assertTrue(minCvd >= 10, "smallest ΔE00 under deuteranopia " + minCvd);
        assertTrue(keys.size() <= 10, "at most about ten hues");
    }

    @Test
    void seriesPastThePaletteAreOtherAndShapesDifferBetweenNeighbours() {
        SeriesColors c = SeriesColors.ordered(List.of("a", "b", "c", "d", "e", "f", "g", "h", "i"));
        assertTrue(c.hasHue("h"));
        assertFalse(c.hasHue("i"));
        assertEquals(SeriesColors.otherColorKey(), c.colorKey("i"));
        assertNotEquals(c.shape("a"), c.shape("b"));
    }

    @org.junit.jupiter.api.Test
    void keyMatchesTheRegexItReplaced() {
        for (String name : java.util.List.of("", "Llama", "LLaMA-2", "Qwen 2.5", "GPT-4o mini", "Mixtral 8x7B",
                "Ünïcode Ö", "a_b.c", "---", "Z9")) {
            assertEquals(name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]", ""), SeriesColors.key(name),
                    name);
        }
    }

    @org.junit.jupiter.api.Test
    void familyGroupIsTheSameWhenAskedTwice() {
        assertEquals("Gemma", SeriesColors.familyGroup("Gemma 3"));
        assertEquals("Gemma", SeriesColors.familyGroup("Gemma 3"));
        assertEquals("Kimi K2", SeriesColors.familyGroup("Kimi K2"));
    }
}

package dev.scalinglens.export;

import dev.scalinglens.charts.registry.ChartKind;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DeckSpecParserTest {

    /** The third slide's chart id sits on line 7, column 15. */
    private static final String DECK_WITH_UNKNOWN_CHART = """
            {
              "title": "Scaling in 2026",
              "slides": [
                {"chart": "density"},
                {"chart": "pareto", "theme": "dark"},
                {
                 "chart": "foo"
                }
              ]
            }
            """;

    @Test
    void parseUnknownChartNamesFileLineColumnPathAndChoices() {
        ViewFormatException error = assertThrows(ViewFormatException.class,
                () -> DeckSpecParser.parse(DECK_WITH_UNKNOWN_CHART, "deck.json"));

        assertEquals("deck.json:7:15: slides[2].chart: unknown chart \"foo\"; "
                + "expected one of tokens-params, density, layer-loss, pareto, trends", error.getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"title\":\"t\"}|deck.json:1:13: missing \"slides\": a list of chart views",
        "{\"slides\":[]}|deck.json:1:12: slides: a deck needs at least one slide",
        "{\"slides\":{}}|deck.json:1:11: slides: expected an array of chart views",
        "{\"slides\":[\"density\"]}|deck.json:1:12: slides[0]: expected a chart view object {\"chart\": ...}",
        "{\"slides\":[{\"chart\":\"density\"}],\"author\":\"me\"}|deck.json:1:42: author: unknown field \"author\"; expected title, format, mode or slides",
        "{\"slides\":[{\"chart\":\"density\",\"viewport\":{\"xMin\":\"a\"}}]}|deck.json:1:50: slides[0].viewport.xMin: expected a finite number in data units",
        "[]|deck.json:1:1: expected a deck object {\"title\": ..., \"slides\": [...]}",
        "{\"slides\":[{\"chart\":\"density\"},]}|deck.json:1:32: invalid JSON: Unexpected character (']' (code 93)): expected a valid value (JSON String, Number, Array, Object or token 'null', 'true' or 'false')",
    })
    void parseBadDeckGivesExactMessage(String json, String expected) {
        ViewFormatException error = assertThrows(ViewFormatException.class, () -> DeckSpecParser.parse(json, "deck.json"));

        assertEquals(expected, error.getMessage());
    }

    @Test
    void toJsonThenParseGivesEqualDeck() throws Exception {
        DeckSpec deck = new DeckSpec("Talk", List.of(TestViews.tokensParams(), ChartView.defaults(ChartKind.LAYER_LOSS.id())));

        assertEquals(deck, DeckSpecParser.parse(DeckSpecParser.toJson(deck), "deck.json"));
    }

    @Test
    void defaultDeckHasEveryChartInOrder() {
        DeckSpec deck = DeckSpec.defaultDeck();

        assertEquals(List.of("tokens-params", "density", "layer-loss", "pareto", "trends"),
                deck.slides().stream().map(ChartView::chartId).toList());
    }

    @Test
    void readMissingFileSaysSo(@TempDir Path folder) {
        Path missing = folder.resolve("talk.json");

        ExportException error = assertThrows(ExportException.class, () -> DeckSpecParser.read(missing));

        assertEquals("cannot read deck spec " + missing + ": no such file", error.getMessage());
    }

    @Test
    void readFileUsesFileNameInMessages(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("talk.json");
        Files.writeString(file, DECK_WITH_UNKNOWN_CHART);

        ExportException error = assertThrows(ExportException.class, () -> DeckSpecParser.read(file));

        assertEquals(true, error.getMessage().startsWith("talk.json:7:15: slides[2].chart: "));
    }
}

package dev.scalinglens.charts;

import dev.scalinglens.testing.TestCatalogs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Map;
import dev.scalinglens.catalog.Catalog;
import dev.scalinglens.catalog.Source;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ChartTextTest {

    @ParameterizedTest
    @CsvSource({"70e9, 70B", "1.4e12, 1.4T", "125e6, 125M", "6.7e9, 6.7B", "2.4e9, 2.4B", "999.6e9, 1T", "12.9e9, 12.9B",
            "512, 512"})
    void siWritesCountsAsTheFieldDoes(double value, String expected) {
        assertEquals(expected, ChartText.si(value));
    }

    @ParameterizedTest
    @CsvSource({"5.88e23, 5.9e23", "1e24, 1e24", "9.96e22, 1e23", "4.134e10, 4.1e10"})
    void scientificKeepsTwoSignificantDigits(double value, String expected) {
        assertEquals(expected, ChartText.scientific(value));
    }

    @Test
    void footnoteResolvesKnownKeysAndListsUnknownOnes() {
        String note = ChartText.footnote(List.of("Hoffmann et al. 2022"), List.of("touvron2023a", "nokey"),
                TestCatalogs.small());
        assertEquals("Sources: Hoffmann et al. 2022; model data: nokey; Touvron et al. 2023.", note);
        Catalog loaded = new Catalog(Catalog.SCHEMA, Map.of("h", new Source("h", "Hoffmann, J., Borgeaud, S., Mensch, A., "
                + "Buchatskaya, E. (2022). Training Compute-Optimal Large Language Models.", null)),
                List.of(), List.of(), List.of(), List.of(), List.of());
        assertEquals("Sources: x; model data: Hoffmann et al. 2022.", ChartText.footnote(List.of("x"), List.of("h"), loaded));
    }

    @Test
    void footnoteSkipsSourcesAlreadyCitedAndCountsTheRest() {
        List<String> keys = List.of("hoffmann2022", "a1", "a2", "a3", "a4", "a5", "a6", "a7");
        String note = ChartText.footnote(List.of("Hoffmann et al. 2022, Training Compute-Optimal LLMs"), keys,
                TestCatalogs.small());
        assertEquals("Sources: Hoffmann et al. 2022, Training Compute-Optimal LLMs; model data: a1; a2; a3; a4; a5; a6;"
                + " and 1 more (see the catalog).", note);
    }
}

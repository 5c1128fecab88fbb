package dev.scalinglens.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.scalinglens.charts.density.DensitySettings;
import dev.scalinglens.charts.registry.ChartKind;
import dev.scalinglens.charts.tokensparams.TokensParamsSettings;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ChartKindTest {

    @ParameterizedTest
    @MethodSource("dev.scalinglens.charts.registry.ChartKind#all")
    void settingsRoundTripThroughJson(ChartDefinition<?> kind) {
        Record defaults = kind.defaultSettings();

        assertEquals(defaults, kind.settingsFromJson(kind.settingsToJson(defaults)));
        assertEquals(kind, ChartKind.byId(kind.id()).orElseThrow());
    }

    @Test
    void settingsFromJsonKeepsDefaultsForMissingFields() throws Exception {
        var json = new ObjectMapper().readTree("{\"fitFrom\": \"2023-02-01\"}");

        DensitySettings settings = (DensitySettings) ChartKind.DENSITY.settingsFromJson(json);

        assertEquals(LocalDate.of(2023, 2, 1), settings.fitFrom());
        assertEquals(DensitySettings.defaults().bootstrapReplicates(), settings.bootstrapReplicates());
    }

    @Test
    void settingsFromJsonRefusesUnknownFields() throws Exception {
        var json = new ObjectMapper().readTree("{\"tokensPerParam\": 20}");

        var e = assertThrows(IllegalArgumentException.class, () -> ChartKind.TOKENS_PARAMS.settingsFromJson(json));

        assertTrue(e.getMessage().startsWith("tokens-params settings: "), e.getMessage());
        assertTrue(e.getMessage().contains("tokensPerParam"), e.getMessage());
    }

    @Test
    void buildRefusesSettingsOfAnotherChart() {
        assertThrows(IllegalArgumentException.class,
                () -> ChartKind.DENSITY.build(dev.scalinglens.catalog.Catalog.empty(), TokensParamsSettings.defaults()));
    }
}

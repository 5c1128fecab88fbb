package dev.scalinglens.app.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RecordEditingTest {

    @Test
    void withRebuildsTheRecordThroughItsCanonicalConstructor() {
        PreviewSettings s = RecordEditing.with(PreviewSettings.defaults(), "tokensPerParameter", 25.0);
        assertEquals(25.0, s.tokensPerParameter());
        assertEquals(PreviewSettings.defaults().computeBudgetsFlop(), s.computeBudgetsFlop());
    }

    @Test
    void withReportsTheRecordsOwnValidationMessage() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> RecordEditing.with(PreviewSettings.defaults(), "tokensPerParameter", -1.0));
        assertEquals("tokens per parameter must be positive", e.getMessage());
    }

    @Test
    void kindsCoverEveryComponentOfThePreviewSettings() {
        var kinds = RecordEditing.components(PreviewSettings.class).stream().map(RecordEditing::kindOf).toList();
        assertEquals(List.of(RecordEditing.Kind.BOOLEAN, RecordEditing.Kind.DOUBLE, RecordEditing.Kind.DOUBLE_LIST,
                RecordEditing.Kind.ENUM), kinds);
    }

    @Test
    void enumConstantsReadAsWords() {
        assertEquals("Active parameters",
                RecordEditing.enumLabel(dev.scalinglens.charts.tokensparams.ParameterBasis.ACTIVE));
        assertEquals("tokens/s per MW", RecordEditing.enumLabel(dev.scalinglens.charts.pareto.YMetric.PER_MEGAWATT));
        assertEquals("Any licence", RecordEditing.enumLabel(AnyLicence.ANY_LICENCE), "no label(): sentence case");
    }

    private enum AnyLicence { ANY_LICENCE }

    @Test
    void parseDoublesReadsACommaSeparatedList() {
        assertEquals(List.of(1e21, 2.5, 1000.0), RecordEditing.parseDoubles(" 1e21, 2.5 ,1e3,"));
    }

    @Test
    void parseDoubleRefusesTextAndInfinity() {
        assertEquals("not a number: \"abc\"",
                assertThrows(IllegalArgumentException.class, () -> RecordEditing.parseDouble(" abc")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> RecordEditing.parseDouble("Infinity"));
    }

    @ParameterizedTest
    @CsvSource({"20, 20", "0.5, 0.5", "1e21, 1e21", "6.02e23, 6.02e23", "1500000, 1.5e6", "1e23, 1e23", "0, 0"})
    void formatDoubleIsShortAndReparseable(double value, String text) {
        assertEquals(text, RecordEditing.formatDouble(value));
        assertEquals(value, RecordEditing.parseDouble(text));
    }

    @ParameterizedTest
    @CsvSource({"contextWindowTokens, Context window tokens", "showReferenceLine, Show reference line", "measure, Measure"})
    void labelSpellsOutCamelCase(String name, String label) {
        assertEquals(label, RecordEditing.label(name));
    }

    @ParameterizedTest
    @CsvSource({"lossLawId, Loss law", "modelId, Model", "tokensPerParameter, Tokens/parameter",
            "contextLengthTokens, Context (tokens)"})
    void labelReadsAsWordsWhereTheNameIsCode(String name, String label) {
        assertEquals(label, RecordEditing.label(name));
    }

    @Test
    void kindOfCoversEveryRealSettingExceptTheFitBand() {
        java.util.Map<String, RecordEditing.Kind> kinds = new java.util.LinkedHashMap<>();
        for (var kind : dev.scalinglens.charts.registry.ChartKind.all()) {
            for (var c : kind.settingsType().getRecordComponents()) {
                kinds.put(kind.id() + "." + c.getName(), RecordEditing.kindOf(c));
            }
        }
        assertEquals(RecordEditing.Kind.DATE, kinds.get("density.fitFrom"));
        assertEquals(RecordEditing.Kind.LONG, kinds.get("density.seed"));
        assertEquals(RecordEditing.Kind.STRING_LIST, kinds.get("pareto.hardwareIds"));
        assertEquals(RecordEditing.Kind.DOUBLE_LIST, kinds.get("tokens-params.isoComputeBudgetsFlops"));
        assertEquals(List.of("tokens-params.fitBand"), kinds.entrySet().stream()
                .filter(e -> e.getValue() == RecordEditing.Kind.UNSUPPORTED).map(java.util.Map.Entry::getKey).toList());
    }

    @Test
    void parseDateReadsIsoDatesAndBlankAsNoBound() {
        assertEquals(java.time.LocalDate.of(2023, 1, 31), RecordEditing.parseDate(" 2023-01-31 "));
        assertEquals(null, RecordEditing.parseDate(" "));
        assertThrows(IllegalArgumentException.class, () -> RecordEditing.parseDate("31/01/2023"));
    }

    @Test
    void parseStringsSplitsOnCommasAndDropsBlanks() {
        assertEquals(List.of("h100-sxm", "b200"), RecordEditing.parseStrings(" h100-sxm, ,b200 "));
        assertEquals("h100-sxm, b200", RecordEditing.formatStrings(List.of("h100-sxm", "b200")));
    }

    @Test
    void withRejectsAFitWindowThatEndsBeforeItStarts() {
        var s = dev.scalinglens.charts.density.DensitySettings.defaults();
        var from = RecordEditing.with(s, "fitFrom", java.time.LocalDate.of(2024, 1, 1));
        assertThrows(IllegalArgumentException.class,
                () -> RecordEditing.with(from, "fitTo", java.time.LocalDate.of(2023, 1, 1)));
    }

    @Test
    void shownFieldIsThePresetsWhenNoneIsChosen() throws Exception {
        var settings = dev.scalinglens.charts.trends.TrendsSettings.of(
                dev.scalinglens.charts.trends.TrendPreset.NOTABLE_COMPUTE);
        var field = dev.scalinglens.charts.trends.TrendsSettings.class.getRecordComponents()[1];
        assertEquals("field", field.getName());
        assertEquals(null, RecordEditing.get(settings, field));
        assertEquals(dev.scalinglens.science.trends.TrendField.TRAINING_COMPUTE, RecordEditing.shown(settings, field));
        var chosen = RecordEditing.with(settings, "field", dev.scalinglens.science.trends.TrendField.CONTEXT_LENGTH);
        assertEquals(dev.scalinglens.science.trends.TrendField.CONTEXT_LENGTH, RecordEditing.shown(chosen, field));
    }

    @Test
    void shownFitWindowIsThePresetsWhileItApplies() {
        var settings = dev.scalinglens.charts.trends.TrendsSettings.of(
                dev.scalinglens.charts.trends.TrendPreset.NOTABLE_COMPUTE);
        var from = dev.scalinglens.charts.trends.TrendsSettings.class.getRecordComponents()[2];
        assertEquals("fitFrom", from.getName());
        assertEquals(java.time.LocalDate.of(2010, 1, 1), RecordEditing.shown(settings, from));
        var otherField = RecordEditing.with(settings, "field", dev.scalinglens.science.trends.TrendField.CONTEXT_LENGTH);
        assertEquals(null, RecordEditing.shown(otherField, from));
    }
}

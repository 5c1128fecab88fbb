package dev.scalinglens.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scalinglens.plot.spec.AxisSpec;
import dev.scalinglens.plot.spec.ChartSpec;
import dev.scalinglens.plot.spec.PointLayer;
import dev.scalinglens.plot.spec.ScaleType;
import dev.scalinglens.plot.spec.TickFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SlideChangesTest {

    private static final SlideValues.Axis PARAMETERS = new SlideValues.Axis("Parameters (count)", TickFormat.SI);
    private static final SlideValues.Axis TOKENS = new SlideValues.Axis("Training tokens (count)", TickFormat.SI);

    private static SlideValues values(String catalog, List<SlideValues.Point> points, String... facts) {
        return new SlideValues(catalog, LocalDate.of(2026, 11, 2), PARAMETERS, TOKENS, points, List.of(facts));
    }

    private static SlideValues.Point point(String id, String name, double x, double y) {
        return new SlideValues.Point(id, name, x, y);
    }

    @Test
    void noteNamesAddedRemovedAndMovedPointsWithTheAxisFormat() {
        SlideValues before = values("aaa", List.of(point("llama-3.1-405b", "Llama 3.1 405B", 405e9, 15e12),
                point("gone", "Gone 7B", 7e9, 1e12), point("same", "Same 1B", 1e9, 2e12)), "72 of 104 models overtrained.");
        SlideValues now = values("bbb", List.of(point("llama-3.1-405b", "Llama 3.1 405B", 405e9, 15.6e12),
                point("same", "Same 1B", 1e9, 2e12), point("a", "A", 1e9, 1e12), point("b", "B", 2e9, 1e12),
                point("c", "C", 3e9, 1e12)), "75 of 107 models overtrained.");

        assertEquals(Optional.of("Changed since the previous deck (built 2026-11-02; catalog aaa → bbb): 3 added: A, B, C;"
                + " 1 removed: Gone 7B; Llama 3.1 405B training tokens 15T → 15.6T;"
                + " key number before: 72 of 104 models overtrained."), SlideChanges.note(before, now));
    }

    @Test
    void nothingDrawnChangedGivesNoNoteEvenFromAnotherCatalog() {
        List<SlideValues.Point> points = List.of(point("x", "X", 1e9, 2e10));
        assertEquals(Optional.empty(), SlideChanges.note(values("aaa", points, "f"), values("bbb", points, "f")));
    }

    @Test
    void longListsStopAfterFiveNames() {
        List<SlideValues.Point> added = java.util.stream.IntStream.range(0, 8)
                .mapToObj(i -> point("m" + i, "M" + i, 1e9 * (i + 1), 1e10)).toList();
        String note = SlideChanges.note(values("a", List.of()), values("b", added)).orElseThrow();
        assertTrue(note.endsWith("8 added: M0, M1, M2, M3, M4 and 3 more."), note);
    }

    @Test
    void aTruncatedChartComparesOnlyTheKeptPoints() throws Exception {
        int n = SlideValues.MAX_POINTS + 1;
        double[] x = new double[n];
        double[] y = new double[n];
        String[] ids = new String[n];
        for (int i = 0; i < n; i++) {
            x[i] = 1e9 + i;
            y[i] = 2e10;
            ids[i] = "m" + i;
        }
        ChartSpec spec = new ChartSpec("test", "T", null, AxisSpec.auto("Parameters", ScaleType.LOG10, TickFormat.SI),
                AxisSpec.auto("Tokens", ScaleType.LOG10, TickFormat.SI),
                List.of(PointLayer.builder("points", x, y).pointIds(ids).build()), List.of(), null, List.of());
        SlideValues before = SlideValues.of(spec, null, "a");
        assertEquals(SlideValues.MAX_POINTS, before.points().size());
        assertFalse(before.complete());
        y[0] = 3e10;
        ids[1] = "new";
        SlideValues now = SlideValues.of(spec, null, "b");

        assertEquals("Changed since the previous deck (catalog a → b): m0 tokens 20B → 30B (of the first 5000 points"
                + " drawn).", SlideChanges.note(before, now).orElseThrow());
        assertFalse(SlideValues.fromJson(now.toJson()).complete());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "15e12      | 15.6e12    | SI           | 15T → 15.6T",
        "15e12      | 15.01e12   | SI           | 15T → 15.01T",
        "7.3e9      | 7.24e9     | SI           | 7.3B → 7.24B",
        "1.7731     | 1.7748     | PLAIN        | 1.773 → 1.775",
        "19563      | 19601      | DATE         | 2023-07-25 → 2023-09-01",
        "3e21       | 3.5e21     | POWER_OF_TEN | 3×10²¹ → 3.5×10²¹"})
    void pairUsesTheFewestDigitsThatTellTheValuesApart(double before, double after, TickFormat format, String expected) {
        assertEquals(expected, SlideChanges.pair(before, after, format));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Training tokens (count)             | training tokens",
        "Capacity density (Qwen2.5 base = 1) | capacity density",
        "Throughput (tokens/s per GPU)       | throughput",
        "MMLU score                          | MMLU score"})
    void fieldIsTheAxisTitleWithoutItsUnit(String title, String expected) {
        assertEquals(expected, SlideChanges.field(new SlideValues.Axis(title, TickFormat.PLAIN)));
    }

    @Test
    void valuesSurviveTheirJson() throws Exception {
        SlideValues v = values("abc", List.of(point("id \"1\"", "Name, with comma", 1.5e9, 2.25e12)), "fact one");
        assertEquals(v, SlideValues.fromJson(v.toJson()));
    }
}

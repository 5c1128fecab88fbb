package dev.scalinglens.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

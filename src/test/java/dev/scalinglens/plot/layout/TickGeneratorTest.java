package dev.scalinglens.plot.layout;

import dev.scalinglens.plot.scene.Tick;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scalinglens.plot.spec.TickFormat;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TickGeneratorTest {

    private static List<String> labels(List<Tick> ticks) {
        return ticks.stream().map(Tick::label).filter(Objects::nonNull).toList();
    }

    @ParameterizedTest
    @CsvSource({
            "1e-3, 1e15", "1e6, 1e7", "3e9, 7e9", "1, 1e20", "0.5, 2", "1e9, 1.1e9", "2e-3, 9e-3", "1e3, 1e5",
            "7e9, 3e12", "1.2e11, 1.9e11"})
    void logTicksAlwaysHaveAtLeastTwoLabelsInRange(double min, double max) {
        List<Tick> ticks = TickGenerator.logTicks(min, max, TickFormat.SI);
        assertTrue(labels(ticks).size() >= 2, () -> min + ".." + max + " gave " + labels(ticks));
        for (Tick t : ticks) {
            assertTrue(t.value() >= min * (1 - 1e-9) && t.value() <= max * (1 + 1e-9), t.toString());
        }
    }

    @Test
    void logTicksOverSixDecadesLabelEveryDecadeWithEightMinorTicksEach() {
        List<Tick> ticks = TickGenerator.logTicks(1e6, 1e12, TickFormat.SI);
        assertEquals(List.of("1M", "10M", "100M", "1B", "10B", "100B", "1T"), labels(ticks));
        assertEquals(7 + 6 * 8, ticks.size());
        assertEquals(6 * 8, ticks.stream().filter(t -> !t.major()).count());
    }

    @Test
    void logTicksUnderTwoDecadesAddTwoAndFiveLabels() {
        assertEquals(List.of("10B", "20B", "50B", "100B", "200B", "500B"),
                labels(TickGenerator.logTicks(1e10, 9e11, TickFormat.SI)));
    }

    @Test
    void logTicksOverEighteenDecadesLabelEveryThirdDecadeButKeepDecadeTicks() {
        List<Tick> ticks = TickGenerator.logTicks(1e-3, 1e15, TickFormat.POWER_OF_TEN);
        assertEquals(List.of("10⁻³", "10⁰", "10³", "10⁶", "10⁹", "10¹²", "10¹⁵"), labels(ticks));
        assertEquals(19, ticks.stream().filter(Tick::major).count());
    }

    @Test
    void logTicksOverTwentyDecadesLabelEveryThirdDecade() {
        List<Tick> ticks = TickGenerator.logTicks(1, 1e20, TickFormat.POWER_OF_TEN);
        assertEquals("10⁰", labels(ticks).get(0));
        assertEquals("10³", labels(ticks).get(1));
        assertEquals(21, ticks.stream().filter(Tick::major).count());
    }

    @Test
    void logTicksWithinOneSubDecadeLabelEachMantissa() {
        assertEquals(List.of("3B", "4B", "5B", "6B", "7B"), labels(TickGenerator.logTicks(3e9, 7e9, TickFormat.SI)));
    }

    @Test
    void logTicksOverOneDecadeLabelBothEndsAndTwoAndFive() {
        assertEquals(List.of("1M", "2M", "5M", "10M"), labels(TickGenerator.logTicks(1e6, 1e7, TickFormat.SI)));
    }

    @Test
    void logTicksInsideOneMantissaStepFallBackToLinearSteps() {
        List<String> l = labels(TickGenerator.logTicks(3.1e9, 3.9e9, TickFormat.SI));
        assertTrue(l.size() >= 2, l.toString());
        assertTrue(l.contains("3.4B"), l.toString());
    }

    @ParameterizedTest
    @CsvSource({"0, 1, 5, 0.2", "0, 100, 5, 20", "-3, 7, 5, 2", "0.4, 2.15, 4, 0.5", "0, 0.013, 5, 0.005"})
    void linearTicksUseNiceOneTwoFiveSteps(double min, double max, int count, double step) {
        List<Tick> ticks = TickGenerator.linearTicks(min, max, count, TickFormat.PLAIN);
        for (int i = 1; i < ticks.size(); i++) {
            assertEquals(step, ticks.get(i).value() - ticks.get(i - 1).value(), step * 1e-9);
        }
    }

    @Test
    void timeTicksOverFiveYearsFallOnNewYear() {
        double from = java.time.LocalDate.of(2019, 6, 1).toEpochDay();
        double to = java.time.LocalDate.of(2024, 9, 1).toEpochDay();
        assertEquals(List.of("2020", "2021", "2022", "2023", "2024"), labels(TickGenerator.timeTicks(from, to, 600)));
    }

    @Test
    void timeTicksUnderOneYearUseMonths() {
        double from = java.time.LocalDate.of(2023, 1, 10).toEpochDay();
        double to = java.time.LocalDate.of(2023, 7, 20).toEpochDay();
        List<String> l = labels(TickGenerator.timeTicks(from, to, 600));
        assertTrue(l.contains("Apr 2023"), l.toString());
    }
}

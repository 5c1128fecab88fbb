package dev.scalinglens.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scalinglens.plot.spec.AxisSpec;
import dev.scalinglens.plot.spec.ChartSpec;
import dev.scalinglens.plot.spec.ScaleType;
import dev.scalinglens.plot.spec.TickFormat;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ViewportLimitsTest {

    private static ChartSpec spec(ScaleType x, ScaleType y) {
        return new ChartSpec("t", "t", null, new AxisSpec("x", x, TickFormat.SI, Double.NaN, Double.NaN, null),
                new AxisSpec("y", y, TickFormat.SI, Double.NaN, Double.NaN, null), List.of(), List.of(), null, List.of());
    }

    @Test
    void problemAcceptsARangeTheAxesCanDraw() {
        assertEquals(Optional.empty(), ViewportLimits.problem(new Viewport(19_000, 20_000, 0.01, 10),
                spec(ScaleType.TIME, ScaleType.LOG10)));
        assertEquals(Optional.empty(), ViewportLimits.problem(null, spec(ScaleType.TIME, ScaleType.LOG10)));
    }

    @Test
    void problemNamesTheFieldTheValueAndTheLimit() {
        String time = ViewportLimits.problem(new Viewport(0, 1e12, 0.01, 10), spec(ScaleType.TIME, ScaleType.LOG10))
                .orElseThrow();
        assertTrue(time.contains("year 1 to 9999") && time.contains("1.0E12"), time);
        String log = ViewportLimits.problem(new Viewport(1, 2, -1, 10), spec(ScaleType.LOG10, ScaleType.LOG10))
                .orElseThrow();
        assertTrue(log.startsWith("viewport.yMin must be positive"), log);
        assertTrue(ViewportLimits.problem(new Viewport(5, 1, 1, 2), spec(ScaleType.LINEAR, ScaleType.LINEAR))
                .orElseThrow().contains("must be below"));
        assertTrue(ViewportLimits.problem(new Viewport(Double.NaN, 1, 1, 2), spec(ScaleType.LINEAR, ScaleType.LINEAR))
                .orElseThrow().contains("finite"));
    }
}

package dev.scalinglens.plot;

import dev.scalinglens.plot.spec.AxisSpec;
import dev.scalinglens.plot.spec.ChartSpec;
import dev.scalinglens.plot.spec.ScaleType;
import java.util.Optional;

/**
 * Whether a saved viewport (from a workspace, a view file or an exported figure, all untrusted) fits the
 * chart's axes: finite numbers, a minimum below the maximum, positive on a log axis, and dates between the
 * years 1 and 9999 on a time axis (whose values are days since 1970).
 */
public final class ViewportLimits {

    /** 0001-01-01 and 9999-12-31 as days since 1970-01-01: the dates an axis can label. */
    public static final double FIRST_DAY = -719_162;
    public static final double LAST_DAY = 2_932_896;

    private ViewportLimits() {
    }

    /** Empty when the viewport fits; otherwise what is wrong, naming the field, the value and the limit. */
    public static Optional<String> problem(Viewport v, ChartSpec spec) {
        if (v == null) {
            return Optional.empty();
        }
        Optional<String> x = axisProblem("x", v.xMin(), v.xMax(), spec.xAxis());
        return x.isPresent() ? x : axisProblem("y", v.yMin(), v.yMax(), spec.yAxis());
    }

    private static Optional<String> axisProblem(String axis, double min, double max, AxisSpec spec) {
        if (!Double.isFinite(min) || !Double.isFinite(max)) {
            return Optional.of("viewport." + axis + "Min/" + axis + "Max must be finite numbers, got " + min + ", " + max);
        }
        if (!(min < max)) {
            return Optional.of("viewport." + axis + "Min (" + min + ") must be below " + axis + "Max (" + max + ")");
        }
        ScaleType scale = spec == null ? ScaleType.LINEAR : spec.scale();
        if (scale == ScaleType.LOG10 && min <= 0) {
            return Optional.of("viewport." + axis + "Min must be positive on a logarithmic axis, got " + min);
        }
        if (scale == ScaleType.TIME && (min < FIRST_DAY || max > LAST_DAY)) {
            return Optional.of("viewport." + axis + "Min/" + axis + "Max must be dates from year 1 to 9999 (days "
                    + (long) FIRST_DAY + " to " + (long) LAST_DAY + " since 1970), got " + min + ", " + max);
        }
        return Optional.empty();
    }
}

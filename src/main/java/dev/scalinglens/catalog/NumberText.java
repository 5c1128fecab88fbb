package dev.scalinglens.catalog;

import java.math.BigDecimal;

/** Short, exact-looking renderings of numbers for messages: 7e9, 1.5e12, 0.25, 128. */
public final class NumberText {

    private NumberText() {
    }

    public static String format(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return Double.toString(value);
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e6) {
            return Long.toString((long) value);
        }
        BigDecimal d = new BigDecimal(Double.toString(value)).stripTrailingZeros();
        int exponent = d.precision() - d.scale() - 1;
        if (exponent >= -3 && exponent < 6) {
            return d.toPlainString();
        }
        BigDecimal mantissa = d.movePointLeft(exponent).stripTrailingZeros();
        return mantissa.toPlainString() + "e" + exponent;
    }
}

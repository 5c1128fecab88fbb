package dev.scalinglens.plot.spec;

/**
 * One axis.
 *
 * @param title     axis title with its unit, e.g. "Parameters (count)" or "Tokens/s per GPU"
 * @param min       lower bound in data units, or NaN to fit the data
 * @param max       upper bound in data units, or NaN to fit the data
 * @param axisBreak an optional cut-out range; null for none
 * @param lastTick  no ticks beyond this value (e.g. a sweep's last layer, with a group of other marks to
 *                  its right); NaN for ticks across the whole axis
 */
public record AxisSpec(String title, ScaleType scale, TickFormat format, double min, double max,
                       AxisBreak axisBreak, double lastTick) {

    public AxisSpec(String title, ScaleType scale, TickFormat format, double min, double max, AxisBreak axisBreak) {
        this(title, scale, format, min, max, axisBreak, Double.NaN);
    }

    public static AxisSpec auto(String title, ScaleType scale, TickFormat format) {
        return new AxisSpec(title, scale, format, Double.NaN, Double.NaN, null);
    }

    public AxisSpec withScale(ScaleType newScale) {
        return new AxisSpec(title, newScale, format, min, max, axisBreak, lastTick);
    }
}

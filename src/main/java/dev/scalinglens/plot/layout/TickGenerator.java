package dev.scalinglens.plot.layout;

import dev.scalinglens.plot.scene.AxisScale;
import dev.scalinglens.plot.scene.Tick;
import dev.scalinglens.plot.spec.AxisBreak;
import dev.scalinglens.plot.spec.TickFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Chooses tick positions for a scale and labels them. */
public final class TickGenerator {

    /** Above this many decades, label every 2nd/3rd decade so labels do not collide. */
    static final double WIDE_LOG_SPAN_DECADES = 8;
    /** Under this many decades, also label 2× and 5× each decade. */
    static final double NARROW_LOG_SPAN_DECADES = 2.05;
    /** Target spacing of labelled linear ticks, in pixels. */
    private static final double LINEAR_TICK_SPACING_PX = 80;

    private TickGenerator() {
    }

    public static List<Tick> ticks(AxisScale scale, TickFormat format) {
        TickFormat f = TickFormatter.resolve(format, scale.type(), scale.domainMin(), scale.domainMax());
        return switch (scale.type()) {
            case LOG10 -> logTicks(scale.domainMin(), scale.domainMax(), f);
            case TIME -> timeTicks(scale.domainMin(), scale.domainMax(), scale.pixelLength());
            case LINEAR -> linearTicksWithBreak(scale, f);
        };
    }

    public static List<Tick> logTicks(double min, double max, TickFormat format) {
        double lo = Math.log10(min);
        double hi = Math.log10(max);
        double span = hi - lo;
        int first = (int) Math.floor(lo + 1e-9);
        int last = (int) Math.ceil(hi - 1e-9);
        int labelEvery = span > WIDE_LOG_SPAN_DECADES ? (int) Math.ceil(span / WIDE_LOG_SPAN_DECADES) : 1;
        boolean labelTwoAndFive = span < NARROW_LOG_SPAN_DECADES;
        List<Tick> ticks = new ArrayList<>();
        for (int d = first; d <= last; d++) {
            for (int m = 1; m <= 9; m++) {
                double v = m * Math.pow(10, d);
                if (!inRange(v, min, max)) {
                    continue;
                }
                boolean decade = m == 1;
                boolean labelled = decade ? Math.floorMod(d, labelEvery) == 0 : labelTwoAndFive && (m == 2 || m == 5);
                ticks.add(new Tick(v, labelled ? TickFormatter.format(v, format) : null, decade));
            }
        }
        if (labelCount(ticks) < 2) {
            // Sub-decade span (e.g. 3e9..7e9): label every mantissa, or fall back to linear steps.
            List<Tick> relabelled = new ArrayList<>();
            for (Tick t : ticks) {
                relabelled.add(new Tick(t.value(), TickFormatter.format(t.value(), format), true));
            }
            if (labelCount(relabelled) >= 2) {
                return relabelled;
            }
            return linearTicks(min, max, 5, format);
        }
        return ticks;
    }

    public static List<Tick> linearTicks(double min, double max, int targetCount, TickFormat format) {
        return linearTicksWithStep(min, max, niceStep((max - min) / Math.max(1, targetCount)), format);
    }

    static List<Tick> linearTicksWithStep(double min, double max, double step, TickFormat format) {
        List<Tick> ticks = new ArrayList<>();
        long firstIndex = (long) Math.ceil(min / step - 1e-9);
        for (long i = firstIndex; i * step <= max + step * 1e-9; i++) {
            double v = i * step;
            if (Math.abs(v) < step * 1e-9) {
                v = 0;
            }
            ticks.add(new Tick(v, TickFormatter.format(v, format), true));
        }
        return ticks;
    }

    /** The nearest 1-2-5 step at or above a raw step. */
    public static double niceStep(double raw) {
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double r = raw / magnitude;
        double nice = r <= 1 ? 1 : r <= 2 ? 2 : r <= 5 ? 5 : 10;
        return nice * magnitude;
    }

    private static List<Tick> linearTicksWithBreak(AxisScale scale, TickFormat format) {
        int target = Math.max(2, (int) Math.round(scale.pixelLength() / LINEAR_TICK_SPACING_PX));
        AxisBreak br = scale.axisBreak();
        if (br == null || br.from() <= scale.domainMin() || br.to() >= scale.domainMax()) {
            return linearTicks(scale.domainMin(), scale.domainMax(), target, format);
        }
        // One step for both sides so the scale reads the same above and below the cut.
        double visible = (br.from() - scale.domainMin()) + (scale.domainMax() - br.to());
        double step = niceStep(visible / target);
        List<Tick> ticks = new ArrayList<>();
        ticks.addAll(linearTicksWithStep(scale.domainMin(), br.from(), step, format));
        ticks.addAll(linearTicksWithStep(br.to(), scale.domainMax(), step, format));
        return ticks;
    }

    /** Year ticks (every 1, 2, 5, 10… years) or month ticks (every 1, 3, 6 months) on a days-since-epoch axis. */
    public static List<Tick> timeTicks(double minDays, double maxDays, double pixelLength) {
        double spanYears = (maxDays - minDays) / 365.25;
        int target = Math.max(2, (int) Math.round(pixelLength / LINEAR_TICK_SPACING_PX));
        List<Tick> ticks = new ArrayList<>();
        LocalDate start = LocalDate.ofEpochDay((long) Math.floor(minDays));
        LocalDate end = LocalDate.ofEpochDay((long) Math.ceil(maxDays));
        if (spanYears / target >= 0.75) {
            int step = (int) Math.max(1, niceStep(spanYears / target));
            int year = (int) Math.ceil(start.getYear() / (double) step) * step;
            for (; year <= end.getYear(); year += step) {
                double d = LocalDate.of(year, 1, 1).toEpochDay();
                if (inRange(d, minDays, maxDays)) {
                    ticks.add(new Tick(d, TickFormatter.date(d), true));
                }
            }
        }
        if (ticks.size() < 2) {
            ticks.clear();
            double monthsPerTick = spanYears * 12 / target;
            int step = monthsPerTick <= 1 ? 1 : monthsPerTick <= 3 ? 3 : monthsPerTick <= 6 ? 6 : 12;
            LocalDate m = LocalDate.of(start.getYear(), 1, 1);
            for (; !m.isAfter(end); m = m.plusMonths(step)) {
                double d = m.toEpochDay();
                if (inRange(d, minDays, maxDays)) {
                    ticks.add(new Tick(d, TickFormatter.date(d), true));
                }
            }
        }
        return ticks;
    }

    private static boolean inRange(double v, double min, double max) {
        double eps = (Math.abs(max) + Math.abs(min)) * 1e-12;
        return v >= min - eps && v <= max + eps;
    }

    private static int labelCount(List<Tick> ticks) {
        int n = 0;
        for (Tick t : ticks) {
            if (t.label() != null) {
                n++;
            }
        }
        return n;
    }
}

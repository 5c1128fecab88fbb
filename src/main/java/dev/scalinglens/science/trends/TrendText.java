package dev.scalinglens.science.trends;

import dev.scalinglens.science.stats.Interval;
import java.util.Locale;

/** The rate as people say it: "4.6× per year [4.2–5.0], doubling 5.4 months, R² 0.71, n 312". */
public final class TrendText {

    private static final double DAYS_PER_MONTH = TrendFit.DAYS_PER_YEAR / 12;

    private TrendText() {
    }

    /** A clearly falling trend (prices: interval below 1×) reads "÷10 per year [÷6.1–÷16], halving 3.6 months". */
    public static String headline(TrendFit fit) {
        Interval ci = fit.perYearCi90();
        String rate = ci.high() < 1
                ? "÷" + bare(1 / fit.perYear()) + " per year [÷" + bare(1 / ci.high()) + "–÷" + bare(1 / ci.low()) + "]"
                : factor(fit.perYear()) + " per year [" + bare(ci.low()) + "–" + bare(ci.high()) + "]";
        return rate + ", "
                + doubling(fit) + ", R² " + String.format(Locale.ROOT, "%.2f", fit.rSquared()) + ", n " + fit.n();
    }

    /** "×4.6", "×0.31 (3.2× lower)": a yearly factor. */
    public static String factor(double perYear) {
        return bare(perYear) + "×";
    }

    /** "doubling 5.4 months", "halving 1.2 years", "flat". */
    public static String doubling(TrendFit fit) {
        double days = fit.doublingTimeDays();
        if (!Double.isFinite(days)) {
            return "flat";
        }
        String verb = days > 0 ? "doubling " : "halving ";
        return verb + duration(Math.abs(days));
    }

    /** Days as months under two years, years above. */
    public static String duration(double days) {
        double months = days / DAYS_PER_MONTH;
        if (months < 24) {
            return String.format(Locale.ROOT, months < 10 ? "%.1f months" : "%.0f months", months);
        }
        return String.format(Locale.ROOT, "%.1f years", days / TrendFit.DAYS_PER_YEAR);
    }

    /** 4.6, 12, 0.31: two significant digits, more for big factors. */
    public static String bare(double v) {
        if (!Double.isFinite(v)) {
            return "∞";
        }
        if (v >= 100) {
            return String.format(Locale.ROOT, "%.0f", v);
        }
        if (v >= 10) {
            return String.format(Locale.ROOT, "%.0f", v);
        }
        if (v >= 1) {
            return String.format(Locale.ROOT, "%.1f", v);
        }
        return String.format(Locale.ROOT, "%.2g", v);
    }

    /** "3.2× above trend", "on trend", "4.1× below trend". */
    public static String distance(double ratio) {
        if (!(ratio > 0) || !Double.isFinite(ratio)) {
            return "unknown";
        }
        if (ratio >= 1.05) {
            return bare(ratio) + "× above trend";
        }
        if (ratio <= 1 / 1.05) {
            return bare(1 / ratio) + "× below trend";
        }
        return "on trend";
    }
}

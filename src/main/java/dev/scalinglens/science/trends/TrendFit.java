package dev.scalinglens.science.trends;

import dev.scalinglens.science.stats.Interval;
import java.util.List;

/**
 * A log-linear least-squares fit log10(value) = slope · years + intercept, where years are decimal years
 * since 1970 (365.25 days each). The growth rate is 10^slope per year; the 90% interval is
 * slope ± t(0.95, n − 2) · SE(slope), Epoch AI's convention for its "×N per year" figures.
 *
 * @param slope              log10 of the yearly growth factor
 * @param intercept          log10 value at 1970-01-01
 * @param slopeStandardError the OLS standard error of the slope, √(SSres / (n − 2) / Sxx)
 * @param rSquared           1 − SSres / SStot (NaN when every value is equal)
 * @param n                  points fitted
 * @param firstDay           epoch day of the earliest point
 * @param lastDay            epoch day of the latest point
 * @param bootstrapSlopes    5th and 95th percentile of the slope over bootstrap resamples, or null
 */
public record TrendFit(double slope, double intercept, double slopeStandardError, double rSquared, int n,
                       long firstDay, long lastDay, Interval bootstrapSlopes) {

    public static final double DAYS_PER_YEAR = 365.25;
    public static final double LEVEL = 0.90;
    private static final double LOG10_2 = Math.log10(2);

    /**
     * Fits the points by ordinary least squares.
     *
     * @throws IllegalArgumentException with fewer than 3 points (no standard error) or all on one date
     */
    public static TrendFit of(List<TrendPoint> points) {
        int n = points.size();
        if (n < 3) {
            throw new IllegalArgumentException("a trend needs at least 3 dated values, got " + n);
        }
        double meanX = 0;
        double meanY = 0;
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        for (TrendPoint p : points) {
            meanX += p.years();
            meanY += Math.log10(p.value());
            first = Math.min(first, p.date().toEpochDay());
            last = Math.max(last, p.date().toEpochDay());
        }
        meanX /= n;
        meanY /= n;
        double sxx = 0;
        double sxy = 0;
        double syy = 0;
        for (TrendPoint p : points) {
            double dx = p.years() - meanX;
            double dy = Math.log10(p.value()) - meanY;
            sxx += dx * dx;
            sxy += dx * dy;
            syy += dy * dy;
        }
        if (sxx == 0) {
            throw new IllegalArgumentException("every value has the same date: no growth rate can be fitted");
        }
        double slope = sxy / sxx;
        double intercept = meanY - slope * meanX;
        double ssRes = Math.max(0, syy - slope * sxy);
        double se = Math.sqrt(ssRes / (n - 2) / sxx);
        double r2 = syy == 0 ? Double.NaN : 1 - ssRes / syy;
        return new TrendFit(slope, intercept, se, r2, n, first, last, null);
    }

    public TrendFit withBootstrap(Interval slopes) {
        return new TrendFit(slope, intercept, slopeStandardError, rSquared, n, firstDay, lastDay, slopes);
    }

    /** The 90% interval of the slope (log10 per year), t distribution with n − 2 degrees of freedom. */
    public Interval slopeCi90() {
        double t = StudentT.twoSided(LEVEL, n - 2);
        return new Interval(slope - t * slopeStandardError, slope + t * slopeStandardError);
    }

    /** The yearly growth factor, 10^slope (0.1 is "10× cheaper per year"). */
    public double perYear() {
        return Math.pow(10, slope);
    }

    /** The 90% interval of the yearly factor. */
    public Interval perYearCi90() {
        Interval s = slopeCi90();
        return new Interval(Math.pow(10, s.low()), Math.pow(10, s.high()));
    }

    /** The bootstrap's 90% interval of the yearly factor, or null when no bootstrap ran. */
    public Interval perYearBootstrap90() {
        return bootstrapSlopes == null ? null
                : new Interval(Math.pow(10, bootstrapSlopes.low()), Math.pow(10, bootstrapSlopes.high()));
    }

    /**
     * Days for the value to double: positive when it grows; negative when it falls, its magnitude then being
     * the halving time; infinite for a flat trend.
     */
    public double doublingTimeDays() {
        return slope == 0 ? Double.POSITIVE_INFINITY : LOG10_2 / slope * DAYS_PER_YEAR;
    }

    /** The trend's value at an epoch day. */
    public double valueAt(double epochDay) {
        return Math.pow(10, intercept + slope * epochDay / DAYS_PER_YEAR);
    }

    /** How many times above (> 1) or below (< 1) the trend a value lies. */
    public double ratioToTrend(double epochDay, double value) {
        return value / valueAt(epochDay);
    }
}

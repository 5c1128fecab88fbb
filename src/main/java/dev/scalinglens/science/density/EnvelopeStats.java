package dev.scalinglens.science.density;

import dev.scalinglens.science.stats.Interval;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The envelope fit over one date window with the statistics it supports: with fewer than 2 record-setting
 * models there is no line; with 2 or 3 the line and its doubling time are given but no R² and no interval
 * (a line through 2 points has R² = 1 whatever the data, and resampling 3 points says nothing);
 * from {@link #MIN_POINTS_FOR_STATISTICS} records on, R² and the bootstrap interval are reported.
 *
 * @param from    first release date in the window (inclusive), or null
 * @param to      last release date in the window (inclusive), or null
 * @param points  models in the window with a density estimate
 * @param fit     the envelope line, or null with fewer than 2 records
 * @param ci95    95% bootstrap interval of the doubling time in days, or null
 * @param note    why R² or the interval is missing, or null
 */
public record EnvelopeStats(LocalDate from, LocalDate to, int points, EnvelopeFit fit, Interval ci95, String note) {

    public static final int MIN_POINTS_FOR_STATISTICS = 4;

    public static EnvelopeStats of(LocalDate from, LocalDate to, List<DatedDensity> window, int replicates, long seed) {
        List<DatedDensity> records = DensityEnvelope.records(window);
        if (records.size() < 2) {
            return new EnvelopeStats(from, to, window.size(), null, null, String.format(Locale.ROOT,
                    "no trend: %d record-setting model%s in the window (a line needs 2)", records.size(),
                    records.size() == 1 ? "" : "s"));
        }
        EnvelopeFit fit = DensityEnvelope.fit(window);
        if (records.size() < MIN_POINTS_FOR_STATISTICS) {
            return new EnvelopeStats(from, to, window.size(), fit, null, String.format(Locale.ROOT,
                    "only %d envelope points: no R² and no interval from fewer than %d", records.size(),
                    MIN_POINTS_FOR_STATISTICS));
        }
        Interval ci = DensityEnvelope.doublingTimeInterval(window, replicates, seed);
        return new EnvelopeStats(from, to, window.size(), fit, ci, null);
    }

    public boolean hasTrend() {
        return fit != null;
    }

    public boolean hasStatistics() {
        return fit != null && ci95 != null;
    }

    /** Doubling time in days, or NaN without a line. */
    public double doublingTimeDays() {
        return fit == null ? Double.NaN : fit.doublingTimeDays();
    }

    /** R², or NaN when it is not reported. */
    public double rSquared() {
        return hasStatistics() ? fit.rSquared() : Double.NaN;
    }

    public int envelopeSize() {
        return fit == null ? 0 : fit.n();
    }
}

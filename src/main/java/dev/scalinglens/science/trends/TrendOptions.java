package dev.scalinglens.science.trends;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What to fit.
 *
 * @param field               the catalog field
 * @param from                first release date fitted (inclusive), or null for any
 * @param to                  last release date fitted (inclusive), or null for any
 * @param frontierOnly        fit only the record setters (running maximum; minimum when lower is better)
 * @param grouping            fit groups side by side
 * @param splitDate           the era split (ERA grouping); null for 2022-11-30
 * @param maxGroups           the largest groups fitted (by points), the rest pooled into "Other"
 * @param bootstrapReplicates resamples for a bootstrap interval of the slope; 0 for none
 * @param seed                bootstrap seed
 * @param includeDerived      also fit values derived here (C = 6ND, D = C / 6N); false keeps only values a source states
 */
public record TrendOptions(TrendField field, LocalDate from, LocalDate to, boolean frontierOnly, TrendGrouping grouping,
                           LocalDate splitDate, int maxGroups, int bootstrapReplicates, long seed,
                           boolean includeDerived) {

    public static final int MAX_BOOTSTRAP_REPLICATES = 100_000;

    public TrendOptions {
        Objects.requireNonNull(field, "field");
        grouping = grouping == null ? TrendGrouping.NONE : grouping;
        splitDate = splitDate == null ? TrendGrouping.CHATGPT : splitDate;
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("fit window starts (" + from + ") after it ends (" + to + ")");
        }
        if (bootstrapReplicates < 0 || bootstrapReplicates > MAX_BOOTSTRAP_REPLICATES) {
            throw new IllegalArgumentException("bootstrap replicates must be 0 to " + MAX_BOOTSTRAP_REPLICATES
                    + ", got " + bootstrapReplicates);
        }
        if (maxGroups < 1 || maxGroups > 50) {
            throw new IllegalArgumentException("maxGroups must be 1 to 50, got " + maxGroups);
        }
    }

    public TrendOptions(TrendField field, LocalDate from, LocalDate to, boolean frontierOnly, TrendGrouping grouping,
                        LocalDate splitDate, int maxGroups, int bootstrapReplicates, long seed) {
        this(field, from, to, frontierOnly, grouping, splitDate, maxGroups, bootstrapReplicates, seed, true);
    }

    public static TrendOptions of(TrendField field) {
        return new TrendOptions(field, null, null, false, TrendGrouping.NONE, null, 6, 0, 1L, true);
    }

    public TrendOptions withIncludeDerived(boolean on) {
        return new TrendOptions(field, from, to, frontierOnly, grouping, splitDate, maxGroups, bootstrapReplicates,
                seed, on);
    }

    public TrendOptions withWindow(LocalDate newFrom, LocalDate newTo) {
        return new TrendOptions(field, newFrom, newTo, frontierOnly, grouping, splitDate, maxGroups,
                bootstrapReplicates, seed, includeDerived);
    }

    public TrendOptions withFrontierOnly(boolean on) {
        return new TrendOptions(field, from, to, on, grouping, splitDate, maxGroups, bootstrapReplicates, seed, includeDerived);
    }

    public TrendOptions withGrouping(TrendGrouping newGrouping, LocalDate newSplit) {
        return new TrendOptions(field, from, to, frontierOnly, newGrouping, newSplit, maxGroups, bootstrapReplicates,
                seed, includeDerived);
    }

    public TrendOptions withBootstrap(int replicates, long newSeed) {
        return new TrendOptions(field, from, to, frontierOnly, grouping, splitDate, maxGroups, replicates, newSeed,
                includeDerived);
    }

    public boolean inWindow(LocalDate date) {
        return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
    }
}

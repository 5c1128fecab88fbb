package dev.scalinglens.science.trends;

import dev.scalinglens.catalog.Catalog;
import dev.scalinglens.catalog.HardwareRecord;
import dev.scalinglens.catalog.ModelRecord;
import dev.scalinglens.science.stats.Bootstrap;
import dev.scalinglens.science.stats.Interval;
import dev.scalinglens.science.stats.Percentiles;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Growth rates of a catalog field over release date: overall and, optionally, by group. */
public final class TrendAnalysis {

    /** The name of the group of points that fall outside the largest groups. */
    public static final String OTHER = "Other";

    private TrendAnalysis() {
    }

    public static TrendResult run(Catalog catalog, TrendOptions options) {
        List<TrendPoint> raw = options.field().points(catalog, options.includeDerived());
        Function<TrendPoint, String> groupOf = groupFunction(catalog, options);
        List<TrendPoint> points = raw.stream().map(p -> p.withGroup(groupOf.apply(p))).toList();
        return run(points, options);
    }

    /** Fits points whose groups are already set. */
    public static TrendResult run(List<TrendPoint> points, TrendOptions options) {
        List<TrendPoint> all = new ArrayList<>(points);
        all.sort(Comparator.comparing(TrendPoint::date).thenComparing(TrendPoint::id));
        if (options.grouping() == TrendGrouping.NONE) {
            all = all.stream().map(p -> p.withGroup("All")).toList();
        } else {
            all = poolSmallGroups(all, options.maxGroups());
        }
        GroupTrend main = fit("All", all, options);
        List<GroupTrend> groups = new ArrayList<>();
        if (options.grouping() != TrendGrouping.NONE) {
            Map<String, List<TrendPoint>> byGroup = new LinkedHashMap<>();
            for (TrendPoint p : all) {
                byGroup.computeIfAbsent(p.group(), k -> new ArrayList<>()).add(p);
            }
            byGroup.entrySet().stream()
                    .sorted(Comparator.comparing((Map.Entry<String, List<TrendPoint>> e) -> e.getKey().equals(OTHER))
                            .thenComparing(e -> -e.getValue().size()).thenComparing(Map.Entry::getKey))
                    .forEach(e -> groups.add(e.getKey().equals(OTHER)
                            ? new GroupTrend(OTHER, List.of(), null, "smaller groups pooled, not fitted")
                            : fit(e.getKey(), e.getValue(), options)));
        }
        return new TrendResult(options, all, main, groups);
    }

    /** The points of one group in the window (record setters only with frontier-only), fitted. */
    static GroupTrend fit(String name, List<TrendPoint> sortedPoints, TrendOptions options) {
        List<TrendPoint> inWindow = sortedPoints.stream().filter(p -> options.inWindow(p.date())).toList();
        List<TrendPoint> fitted = options.frontierOnly()
                ? frontier(inWindow, options.field().lowerIsBetter()) : inWindow;
        try {
            TrendFit fit = TrendFit.of(fitted);
            if (options.bootstrapReplicates() > 0) {
                fit = fit.withBootstrap(bootstrap(fitted, options.bootstrapReplicates(), options.seed()));
            }
            return new GroupTrend(name, fitted, fit, null);
        } catch (IllegalArgumentException cannot) {
            return new GroupTrend(name, fitted, null, cannot.getMessage());
        }
    }

    /**
     * The record setters: each point whose value beats every earlier one (higher, or lower when lower is
     * better). Points on one date are taken best first, so only the best of a day can set a record.
     */
    public static List<TrendPoint> frontier(List<TrendPoint> points, boolean lowerIsBetter) {
        Comparator<TrendPoint> byValue = Comparator.comparingDouble(TrendPoint::value);
        List<TrendPoint> sorted = new ArrayList<>(points);
        sorted.sort(Comparator.comparing(TrendPoint::date).thenComparing(lowerIsBetter ? byValue : byValue.reversed()));
        List<TrendPoint> out = new ArrayList<>();
        double best = lowerIsBetter ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
        for (TrendPoint p : sorted) {
            if (lowerIsBetter ? p.value() < best : p.value() > best) {
                best = p.value();
                out.add(p);
            }
        }
        return out;
    }

    /** 5th to 95th percentile of the slope over resamples (a 90% percentile interval). */
    static Interval bootstrap(List<TrendPoint> points, int replicates, long seed) {
        Bootstrap.Replicates<Double> r = Bootstrap.run(points, replicates, seed, s -> TrendFit.of(s).slope());
        double[] slopes = r.values().stream().mapToDouble(Double::doubleValue).toArray();
        return new Interval(Percentiles.quantile(slopes, 0.05), Percentiles.quantile(slopes, 0.95));
    }

    private static List<TrendPoint> poolSmallGroups(List<TrendPoint> points, int maxGroups) {
        Map<String, Long> sizes = points.stream().collect(Collectors.groupingBy(TrendPoint::group,
                Collectors.counting()));
        List<String> kept = sizes.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<String, Long> e) -> -e.getValue())
                        .thenComparing(Map.Entry::getKey))
                .limit(maxGroups).map(Map.Entry::getKey).toList();
        return points.stream().map(p -> kept.contains(p.group()) ? p : p.withGroup(OTHER)).toList();
    }

    private static Function<TrendPoint, String> groupFunction(Catalog catalog, TrendOptions options) {
        boolean hardware = options.field().isHardware();
        Map<String, ModelRecord> models = hardware ? Map.of()
                : catalog.models().stream().collect(Collectors.toMap(ModelRecord::id, m -> m, (a, b) -> a));
        Map<String, HardwareRecord> chips = hardware
                ? catalog.hardware().stream().collect(Collectors.toMap(HardwareRecord::id, h -> h, (a, b) -> a))
                : Map.of();
        return switch (options.grouping()) {
            case NONE -> p -> "All";
            case ERA -> p -> p.date().isAfter(options.splitDate()) ? "After " + options.splitDate()
                    : "Up to " + options.splitDate();
            case ORGANIZATION -> p -> {
                String org = hardware ? chips.get(p.id()).vendor() : models.get(p.id()).organization();
                return org == null || org.isBlank() ? "Unknown organisation" : org.strip();
            };
            case OPEN_WEIGHTS -> p -> {
                Boolean open = hardware ? null : models.get(p.id()).openWeights();
                return open == null ? "Weights unknown" : open ? "Open weights" : "Closed weights";
            };
        };
    }
}

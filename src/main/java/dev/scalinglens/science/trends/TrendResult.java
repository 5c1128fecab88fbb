package dev.scalinglens.science.trends;

import java.util.List;

/**
 * A finished trend analysis.
 *
 * @param options what was fitted
 * @param points  every record with the field and a date (any date), with its group
 * @param main    the fit over every group
 * @param groups  the grouped fits, largest group first; empty without grouping
 */
public record TrendResult(TrendOptions options, List<TrendPoint> points, GroupTrend main, List<GroupTrend> groups) {

    public TrendResult {
        points = List.copyOf(points);
        groups = List.copyOf(groups);
    }
}

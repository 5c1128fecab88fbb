package dev.scalinglens.science.trends;

import java.util.List;

/**
 * One fit: over every point, or over one group's.
 *
 * @param name   "All", an organisation, "Open weights", "Before 2022-11-30", ...
 * @param fitted the points fitted (in the window; record setters only with frontier-only)
 * @param fit    the fit, or null when it could not be made
 * @param note   why there is no fit, or null
 */
public record GroupTrend(String name, List<TrendPoint> fitted, TrendFit fit, String note) {

    public GroupTrend {
        fitted = List.copyOf(fitted);
    }

    public boolean hasFit() {
        return fit != null;
    }
}

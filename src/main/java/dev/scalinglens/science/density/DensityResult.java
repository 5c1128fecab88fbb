package dev.scalinglens.science.density;

import java.util.List;

/**
 * What {@code analyze density} reports.
 *
 * @param doublingTimeDays ln 2 / A of the envelope fit ln ρmax = A·t + B, or null without a line
 * @param ci95             95% bootstrap interval of the doubling time, days (the upper end is +∞ when some
 *                         resamples show no growth); null with fewer than 4 envelope points
 * @param r2               R² of the envelope fit; null with fewer than 4 envelope points
 * @param models           models in the fit window with a density estimate
 * @param envelopeModels   the record setters the line is fitted to, oldest first
 * @param reference        what the densities are relative to, and how the estimator was built
 * @param window           [from, to] of the fit window (null ends are open)
 * @param note             why the interval or R² is missing, or null
 * @param outsideRange     models whose score is outside the reference span (ids, with below/above)
 * @param noEstimate       models of the set without a density, with the reason
 */
public record DensityResult(Double doublingTimeDays, double[] ci95, Double r2, int models, List<String> envelopeModels,
                            String reference, String[] window, String note, List<String> outsideRange,
                            List<NoEstimate> noEstimate) {
}

package dev.scalinglens.science.density;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * Effective parameters from one reference family: a {@link ScoreCurve} fitted to the family's published
 * base-model scores at several sizes, inverted at a model's score. Only scores between the family's lowest
 * and highest score are inverted; outside that span the answer would be an extrapolation of the curve,
 * so {@link #range} reports BELOW or ABOVE and {@link #effectiveParameters} is empty.
 *
 * <p>The fit: the floor is fixed at the benchmark's chance level; for each candidate ceiling from just
 * above the best reference score to 100% in steps of 0.1 point, ln((S − f)/(c − S)) is fitted against ln N by
 * least squares, and the ceiling with the least squared score error is kept (a grid, so the result is
 * deterministic and needs no starting point).
 */
public final class ReferenceFamilyEstimator implements EffectiveParameterEstimator {

    private final ScoreCurve curve;
    private final List<ReferenceModel> references;
    private final String familyName;

    public ReferenceFamilyEstimator(ScoreCurve curve, List<ReferenceModel> references, String familyName) {
        if (references.size() < 3) {
            throw new IllegalArgumentException("the reference family needs at least 3 sizes with a score, got "
                    + references.size());
        }
        this.curve = curve;
        this.references = references.stream().sorted(Comparator.comparingDouble(ReferenceModel::parameters)).toList();
        this.familyName = familyName;
    }

    public static ReferenceFamilyEstimator fit(List<ReferenceModel> references, double floorPercent, String familyName) {
        if (references.size() < 3) {
            throw new IllegalArgumentException("the reference family needs at least 3 sizes with a score, got "
                    + references.size() + (references.isEmpty() ? "" : " ("
                    + String.join(", ", references.stream().map(ReferenceModel::modelId).toList()) + ")"));
        }
        double best = references.stream().mapToDouble(ReferenceModel::scorePercent).max().orElseThrow();
        double worst = references.stream().mapToDouble(ReferenceModel::scorePercent).min().orElseThrow();
        if (!(worst > floorPercent) || !(best < 100)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "reference scores must lie between chance (%.0f%%) and 100%%, got %.1f%%–%.1f%%",
                    floorPercent, worst, best));
        }
        ScoreCurve bestCurve = null;
        double bestError = Double.POSITIVE_INFINITY;
        for (int step = 1; best + 0.1 * step <= 100 + 1e-9; step++) {
            double ceiling = Math.min(100, best + 0.1 * step);
            ScoreCurve c = lineFit(references, floorPercent, ceiling);
            if (c == null) {
                continue;
            }
            double error = 0;
            for (ReferenceModel r : references) {
                double residual = c.score(r.parameters()) - r.scorePercent();
                error += residual * residual;
            }
            if (error < bestError) {
                bestError = error;
                bestCurve = c;
            }
        }
        if (bestCurve == null) {
            throw new IllegalArgumentException("the reference family's scores do not rise with size; no curve fits");
        }
        return new ReferenceFamilyEstimator(bestCurve, references, familyName);
    }

    private static ScoreCurve lineFit(List<ReferenceModel> references, double floor, double ceiling) {
        int n = references.size();
        double sx = 0, sy = 0, sxx = 0, sxy = 0;
        for (ReferenceModel r : references) {
            double x = Math.log(r.parameters());
            double y = Math.log((r.scorePercent() - floor) / (ceiling - r.scorePercent()));
            sx += x;
            sy += y;
            sxx += x * x;
            sxy += x * y;
        }
        double slope = (n * sxy - sx * sy) / (n * sxx - sx * sx);
        if (!(slope > 0)) {
            return null;
        }
        return new ScoreCurve(floor, ceiling, (sy - slope * sx) / n, slope);
    }

    @Override
    public OptionalDouble effectiveParameters(double scorePercent) {
        if (range(scorePercent) != Range.INSIDE) {
            return OptionalDouble.empty();
        }
        double n = curve.parameters(scorePercent);
        return Double.isFinite(n) ? OptionalDouble.of(n) : OptionalDouble.empty();
    }

    @Override
    public Range range(double scorePercent) {
        if (scorePercent < minScore()) {
            return Range.BELOW;
        }
        return scorePercent > maxScore() ? Range.ABOVE : Range.INSIDE;
    }

    @Override
    public double minEffectiveParameters() {
        return curve.parameters(minScore());
    }

    @Override
    public double maxEffectiveParameters() {
        return curve.parameters(maxScore());
    }

    @Override
    public double expectedScore(double parameters) {
        return curve.score(parameters);
    }

    @Override
    public String description() {
        return String.format(Locale.ROOT, "%s base models (%s; %d sizes, %.1f–%.1f%%): score(N) logistic in"
                        + " ln N, floor %.0f%% (chance), fitted ceiling %.1f%%", familyName,
                String.join(", ", references.stream().map(ReferenceModel::modelId).toList()), references.size(),
                minScore(), maxScore(), curve.floorPercent(), curve.ceilingPercent());
    }

    @Override
    public String referenceName() {
        return familyName + " base";
    }

    public double minScore() {
        return references.stream().mapToDouble(ReferenceModel::scorePercent).min().orElseThrow();
    }

    public double maxScore() {
        return references.stream().mapToDouble(ReferenceModel::scorePercent).max().orElseThrow();
    }

    public ScoreCurve curve() {
        return curve;
    }

    public List<ReferenceModel> references() {
        return references;
    }
}

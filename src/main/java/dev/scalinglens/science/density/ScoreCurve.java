package dev.scalinglens.science.density;

/**
 * A reference family's score against its size: S(N) = f + (c − f) / (1 + e^{−(a + b·ln N)}), score S in
 * percent, N in parameters. The floor f is the benchmark's chance level (fixed); the ceiling c, the
 * intercept a and the slope b are fitted ({@link ReferenceFamilyEstimator#fit}).
 *
 * @param floorPercent   f, percent
 * @param ceilingPercent c, percent (above every reference score, at most 100)
 * @param intercept      a
 * @param slope          b, per unit of ln N (positive: bigger models score higher)
 */
public record ScoreCurve(double floorPercent, double ceilingPercent, double intercept, double slope) {

    public ScoreCurve {
        if (!(ceilingPercent > floorPercent) || !(slope > 0)) {
            throw new IllegalArgumentException("a score curve needs ceiling > floor and a positive slope, got floor "
                    + floorPercent + ", ceiling " + ceilingPercent + ", slope " + slope);
        }
    }

    public double score(double parameters) {
        return floorPercent + (ceilingPercent - floorPercent) / (1 + Math.exp(-(intercept + slope * Math.log(parameters))));
    }

    /** The parameter count whose expected score is {@code scorePercent}; NaN outside (floor, ceiling). */
    public double parameters(double scorePercent) {
        double above = scorePercent - floorPercent;
        double below = ceilingPercent - scorePercent;
        if (!(above > 0) || !(below > 0)) {
            return Double.NaN;
        }
        return Math.exp((Math.log(above / below) - intercept) / slope);
    }
}

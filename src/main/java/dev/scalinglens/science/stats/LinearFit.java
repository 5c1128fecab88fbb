package dev.scalinglens.science.stats;

/**
 * Ordinary least-squares line y = slope·x + intercept.
 *
 * @param rSquared coefficient of determination, 1 − SS_res / SS_tot (NaN when y is constant)
 * @param n        points used
 */
public record LinearFit(double slope, double intercept, double rSquared, int n) {

    public static LinearFit of(double[] x, double[] y) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("x and y differ in length: " + x.length + " vs " + y.length);
        }
        int n = x.length;
        if (n < 2) {
            throw new IllegalArgumentException("a line needs at least 2 points, got " + n);
        }
        double meanX = 0;
        double meanY = 0;
        for (int i = 0; i < n; i++) {
            meanX += x[i];
            meanY += y[i];
        }
        meanX /= n;
        meanY /= n;
        double sxx = 0;
        double sxy = 0;
        double syy = 0;
        for (int i = 0; i < n; i++) {
            double dx = x[i] - meanX;
            double dy = y[i] - meanY;
            sxx += dx * dx;
            sxy += dx * dy;
            syy += dy * dy;
        }
        if (sxx == 0) {
            throw new IllegalArgumentException("all x values are equal: no slope can be fitted");
        }
        double slope = sxy / sxx;
        double intercept = meanY - slope * meanX;
        double residual = 0;
        for (int i = 0; i < n; i++) {
            double r = y[i] - (slope * x[i] + intercept);
            residual += r * r;
        }
        double rSquared = syy == 0 ? Double.NaN : 1 - residual / syy;
        return new LinearFit(slope, intercept, rSquared, n);
    }
}

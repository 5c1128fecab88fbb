package dev.scalinglens.plot.scene;

import dev.scalinglens.plot.spec.AxisBreak;
import dev.scalinglens.plot.spec.ScaleType;

/**
 * Data ↔ pixel for one axis. Data first goes to a "transformed" space (log10 on log axes, the value itself
 * otherwise, with a cut-out range removed on broken axes), then through one affine map to pixels. Dense
 * layers cache the transformed values, so pan and zoom only change the affine part.
 *
 * @param domainMin visible lower bound in data units
 * @param domainMax visible upper bound in data units
 * @param pixelAtMin pixel coordinate of domainMin (for y this is the bottom of the plot)
 * @param pixelAtMax pixel coordinate of domainMax
 */
public record AxisScale(ScaleType type, double domainMin, double domainMax, double pixelAtMin, double pixelAtMax,
                        AxisBreak axisBreak) {

    public AxisScale {
        if (!(domainMax > domainMin)) {
            throw new IllegalArgumentException("empty axis range " + domainMin + ".." + domainMax);
        }
        if (type == ScaleType.LOG10 && !(domainMin > 0)) {
            throw new IllegalArgumentException("a log axis needs a positive lower bound, got " + domainMin);
        }
    }

    public boolean isLog() {
        return type == ScaleType.LOG10;
    }

    /** Data → transformed space. Non-positive values on a log axis give NaN (not drawn). */
    public double transform(double v) {
        if (isLog()) {
            return v > 0 ? Math.log10(v) : Double.NaN;
        }
        if (axisBreak != null) {
            double gap = axisBreak.to() - axisBreak.from();
            if (v >= axisBreak.to()) {
                return v - gap;
            }
            if (v > axisBreak.from()) {
                return axisBreak.from();
            }
        }
        return v;
    }

    public double inverseTransform(double t) {
        if (isLog()) {
            return Math.pow(10, t);
        }
        if (axisBreak != null && t > axisBreak.from()) {
            return t + (axisBreak.to() - axisBreak.from());
        }
        return t;
    }

    /** Slope of transformed → pixel. */
    public double scale() {
        return (pixelAtMax - pixelAtMin) / (transform(domainMax) - transform(domainMin));
    }

    /** Offset of transformed → pixel: pixel = t · scale() + offset(). */
    public double offset() {
        return pixelAtMin - transform(domainMin) * scale();
    }

    public double toPixel(double v) {
        return transformedToPixel(transform(v));
    }

    public double transformedToPixel(double t) {
        return pixelAtMin + (t - transform(domainMin)) * scale();
    }

    public double toData(double pixel) {
        return inverseTransform(transform(domainMin) + (pixel - pixelAtMin) / scale());
    }

    /** Whether a data value is inside the visible range. */
    public boolean contains(double v) {
        return v >= domainMin && v <= domainMax;
    }

    public double pixelLength() {
        return Math.abs(pixelAtMax - pixelAtMin);
    }
}

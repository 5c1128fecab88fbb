package dev.scalinglens.science.density;

import dev.scalinglens.catalog.ModelRecord;

/**
 * A model whose score lies outside the reference family's span: its density is only bounded, not
 * estimated, and it is kept out of the envelope fit.
 *
 * @param range        BELOW (density below {@code boundDensity}) or ABOVE (density above it)
 * @param boundDensity the reference span's edge in effective parameters ÷ the model's parameters
 */
public record OutsideRange(ModelRecord model, double parameters, double scorePercent,
                           EffectiveParameterEstimator.Range range, double boundDensity) {
}

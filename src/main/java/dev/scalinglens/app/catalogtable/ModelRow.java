package dev.scalinglens.app.catalogtable;

import dev.scalinglens.catalog.ModelRecord;
import dev.scalinglens.catalog.Quantity;
import dev.scalinglens.science.chinchilla.TrainingEstimates;

/**
 * One table row: the model plus the derived values the table shows. Sorting uses the numbers,
 * display uses {@link dev.scalinglens.app.format.QuantityFormat}.
 */
public record ModelRow(ModelRecord model) {

    public String id() {
        return model.id();
    }

    /** Training tokens as reported, else estimated as D = C / (6N) from training compute; null if neither. */
    public Quantity trainingTokens() {
        return TrainingEstimates.trainingTokens(model);
    }

    /** Training compute as reported, else estimated as C = 6ND; null if neither. */
    public Quantity trainingCompute() {
        return TrainingEstimates.trainingCompute(model);
    }

    /** Training tokens per parameter (active parameters for MoE, as in Chinchilla's per-token compute), or NaN. */
    public double tokensPerParameter() {
        Quantity tokens = trainingTokens();
        Quantity params = model.activeOrTotalParameters();
        if (tokens == null || params == null || params.value() <= 0) {
            return Double.NaN;
        }
        return tokens.value() / params.value();
    }

    /** True when the ratio rests on an estimated value. */
    public boolean tokensPerParameterEstimated() {
        Quantity tokens = trainingTokens();
        Quantity params = model.activeOrTotalParameters();
        return (tokens != null && tokens.estimated()) || (params != null && params.estimated());
    }

    public Quantity mmlu() {
        return model.benchmark("mmlu").map(b -> b.scorePercent()).orElse(null);
    }
}

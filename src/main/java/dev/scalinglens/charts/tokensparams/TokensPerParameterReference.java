package dev.scalinglens.charts.tokensparams;

/**
 * What a model's "× more / fewer tokens" verdict in the tooltip compares with: the dashed line's tokens per
 * parameter (20 by default, the rule of thumb read off Hoffmann et al. 2022: Chinchilla, 1.4T tokens for 70B
 * parameters; or any number set in "Tokens per parameter"), or the selected loss law's compute-optimal ratio
 * at the model's own training compute.
 */
public enum TokensPerParameterReference {
    /** The number in "Tokens per parameter" (the dashed line), 20 by default. */
    RATIO_LINE("Tokens/parameter line (20: rule of thumb)"),
    /** The selected loss law's compute-optimal tokens per parameter at the model's training compute (6ND). */
    COMPUTE_OPTIMAL("Compute-optimal (loss law)");

    private final String label;

    TokensPerParameterReference(String label) {
        this.label = label;
    }

    /** How the choice reads in the settings sheet. */
    public String label() {
        return label;
    }
}

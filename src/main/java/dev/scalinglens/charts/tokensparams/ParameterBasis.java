package dev.scalinglens.charts.tokensparams;

/** Which parameter count places a mixture-of-experts model on the x axis. Dense models are the same either way. */
public enum ParameterBasis {
    /** Parameters used per token (the compute-relevant count, C = 6·N_active·D). */
    ACTIVE,
    /** All parameters, every expert included. */
    TOTAL;

    /** How the choice reads in the settings sheet. */
    public String label() {
        return this == ACTIVE ? "Active parameters" : "Total parameters";
    }
}

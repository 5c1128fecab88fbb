package dev.scalinglens.science.chinchilla;

import dev.scalinglens.catalog.ModelRecord;
import dev.scalinglens.catalog.Quantity;
import java.util.Locale;

/**
 * The one place where a model's missing training figure is derived from the other two with C = 6·N·D
 * (Kaplan et al. 2020; Hoffmann et al. 2022): tokens D = C / (6N) when a model has parameters and
 * training compute but no tokens, compute C = 6·N·D when it has parameters and tokens but no compute.
 * A reported value always wins; a derived one is {@linkplain Quantity#estimated() estimated}, carries the
 * formula and its inputs in its note, and is never written back into a catalog file.
 *
 * <p>N is the active parameter count when known (mixture-of-experts models compute with the active
 * experts only), otherwise the total. For an MoE model whose source gives only the total (Epoch does),
 * D = C / (6N) is therefore an underestimate, and the note says which N was used.
 */
public final class TrainingEstimates {

    /** The formula shown beside a derived token count. */
    public static final String TOKENS_FORMULA = "D = C / (6N)";
    /** The formula shown beside a derived compute. */
    public static final String COMPUTE_FORMULA = "C = 6ND";

    private TrainingEstimates() {
    }

    /** Training tokens as reported, else D = C / (6N); null when neither is possible. */
    public static Quantity trainingTokens(ModelRecord m) {
        if (usable(m.trainingTokens())) {
            return m.trainingTokens();
        }
        Quantity n = m.activeOrTotalParameters();
        Quantity c = m.trainingComputeFlop();
        if (!usable(n) || !usable(c)) {
            return null;
        }
        double d = TrainingCompute.tokens(c.value(), n.value());
        String note = String.format(Locale.ROOT, "%s with C = %.3g FLOP%s and N = %.3g %s parameters",
                TOKENS_FORMULA, c.value(), c.estimated() ? " (estimated)" : "", n.value(),
                n == m.activeParameters() ? "active" : "total");
        return Quantity.estimated(d, sourceOf(c, m), note.replace("e+", "e"));
    }

    /** Training compute as reported, else C = 6ND; null when neither is possible. */
    public static Quantity trainingCompute(ModelRecord m) {
        if (usable(m.trainingComputeFlop())) {
            return m.trainingComputeFlop();
        }
        Quantity n = m.activeOrTotalParameters();
        Quantity d = m.trainingTokens();
        if (!usable(n) || !usable(d)) {
            return null;
        }
        double c = TrainingCompute.flops(n.value(), d.value());
        String note = String.format(Locale.ROOT, "%s with N = %.3g %s parameters and D = %.3g tokens",
                COMPUTE_FORMULA, n.value(), n == m.activeParameters() ? "active" : "total", d.value());
        return Quantity.estimated(c, sourceOf(d, m), note.replace("e+", "e"));
    }

    /** True when the token count shown for this model is derived here rather than stated by a source. */
    public static boolean tokensDerived(ModelRecord m) {
        return !usable(m.trainingTokens()) && trainingTokens(m) != null;
    }

    /** True when the compute shown for this model is derived here. */
    public static boolean computeDerived(ModelRecord m) {
        return !usable(m.trainingComputeFlop()) && trainingCompute(m) != null;
    }

    private static String sourceOf(Quantity q, ModelRecord m) {
        return q.source() != null ? q.source() : m.source();
    }

    private static boolean usable(Quantity q) {
        return q != null && q.value() > 0 && Double.isFinite(q.value());
    }
}

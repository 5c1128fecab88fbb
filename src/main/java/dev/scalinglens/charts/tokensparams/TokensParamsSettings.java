package dev.scalinglens.charts.tokensparams;

import java.util.List;

/**
 * What-if controls of the tokens-vs-parameters chart.
 *
 * @param parameterBasis          ACTIVE or TOTAL parameters for MoE models
 * @param tokensPerParameter      slope of the reference line D = ratio·N (Chinchilla's 20, Hoffmann et al. 2022)
 * @param isoComputeBudgetsFlops  budgets C drawn as curves D = C / (6N), FLOPs
 * @param lossLawId               catalog loss law for the frontier and predicted loss: "hoffmann" or "epoch"
 * @param fitBand                 optional pre-computed frontier band; null for none
 * @param reference               what the tooltip's "× more/fewer tokens" verdict compares with: the ratio line
 *                                (tokensPerParameter) or the loss law's compute-optimal ratio; null: the line
 */
public record TokensParamsSettings(
        ParameterBasis parameterBasis,
        double tokensPerParameter,
        List<Double> isoComputeBudgetsFlops,
        String lossLawId,
        boolean showFrontier,
        boolean showIsoCompute,
        boolean showRatioLine,
        FitBand fitBand,
        TokensPerParameterReference reference) {

    /** Without a reference: verdicts compare with the ratio line. */
    public TokensParamsSettings(ParameterBasis parameterBasis, double tokensPerParameter,
                                List<Double> isoComputeBudgetsFlops, String lossLawId, boolean showFrontier,
                                boolean showIsoCompute, boolean showRatioLine, FitBand fitBand) {
        this(parameterBasis, tokensPerParameter, isoComputeBudgetsFlops, lossLawId, showFrontier, showIsoCompute,
                showRatioLine, fitBand, null);
    }

    public TokensParamsSettings {
        parameterBasis = parameterBasis == null ? ParameterBasis.ACTIVE : parameterBasis;
        reference = reference == null ? TokensPerParameterReference.RATIO_LINE : reference;
        isoComputeBudgetsFlops = isoComputeBudgetsFlops == null ? List.of() : List.copyOf(isoComputeBudgetsFlops);
        if (!(tokensPerParameter > 0)) {
            throw new IllegalArgumentException("tokensPerParameter must be positive, got " + tokensPerParameter);
        }
        for (double c : isoComputeBudgetsFlops) {
            if (!(c > 0) || Double.isInfinite(c)) {
                throw new IllegalArgumentException("iso-compute budgets must be positive FLOPs, got " + c);
            }
        }
    }

    public static TokensParamsSettings defaults() {
        return new TokensParamsSettings(ParameterBasis.ACTIVE, 20, List.of(1e21, 1e22, 1e23, 1e24, 1e25),
                "hoffmann", true, true, true, null);
    }

    public TokensParamsSettings withLossLaw(String id) {
        return new TokensParamsSettings(parameterBasis, tokensPerParameter, isoComputeBudgetsFlops, id, showFrontier,
                showIsoCompute, showRatioLine, fitBand, reference);
    }

    public TokensParamsSettings withParameterBasis(ParameterBasis basis) {
        return new TokensParamsSettings(basis, tokensPerParameter, isoComputeBudgetsFlops, lossLawId, showFrontier,
                showIsoCompute, showRatioLine, fitBand, reference);
    }

    public TokensParamsSettings withReference(TokensPerParameterReference newReference) {
        return new TokensParamsSettings(parameterBasis, tokensPerParameter, isoComputeBudgetsFlops, lossLawId,
                showFrontier, showIsoCompute, showRatioLine, fitBand, newReference);
    }

    public TokensParamsSettings withFitBand(FitBand band) {
        return new TokensParamsSettings(parameterBasis, tokensPerParameter, isoComputeBudgetsFlops, lossLawId,
                showFrontier, showIsoCompute, showRatioLine, band, reference);
    }
}

package dev.scalinglens.charts.tokensparams;

import dev.scalinglens.charts.CatalogChoices;
import dev.scalinglens.charts.ChartDefinition;

/** The Tokens vs parameters chart as the registry knows it ({@code charts.registry.ChartKind}). */
public final class TokensParamsChart {

    public static final ChartDefinition<TokensParamsSettings> DEFINITION = new ChartDefinition<>(
            "tokens-params", "Tokens vs parameters", TokensParamsSettings.class, TokensParamsSettings.defaults(),
            new TokensParamsChartBuilder(), CatalogChoices.CATALOG, true);

    private TokensParamsChart() {
    }
}

package dev.scalinglens.charts.layerloss;

import dev.scalinglens.charts.CatalogChoices;
import dev.scalinglens.charts.ChartDefinition;

/** The Loss by layer chart as the registry knows it ({@code charts.registry.ChartKind}). */
public final class LayerLossChart {

    public static final ChartDefinition<LayerLossSettings> DEFINITION = new ChartDefinition<>("layer-loss", "Loss by layer",
            LayerLossSettings.class, LayerLossSettings.defaults(), new LayerLossChartBuilder(), CatalogChoices.CATALOG, true);

    private LayerLossChart() {
    }
}

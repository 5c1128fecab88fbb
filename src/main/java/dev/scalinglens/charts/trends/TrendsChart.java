package dev.scalinglens.charts.trends;

import dev.scalinglens.charts.CatalogChoices;
import dev.scalinglens.charts.ChartDefinition;

/** The Trends over time chart as the registry knows it ({@code charts.registry.ChartKind}). */
public final class TrendsChart {

    public static final ChartDefinition<TrendsSettings> DEFINITION = new ChartDefinition<>("trends", "Trends over time",
            TrendsSettings.class, TrendsSettings.defaults(), new TrendsChartBuilder(), CatalogChoices.CATALOG, true);

    private TrendsChart() {
    }
}

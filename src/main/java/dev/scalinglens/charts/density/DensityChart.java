package dev.scalinglens.charts.density;

import dev.scalinglens.charts.CatalogChoices;
import dev.scalinglens.charts.ChartDefinition;

/** The Capacity density chart as the registry knows it ({@code charts.registry.ChartKind}). */
public final class DensityChart {

    public static final ChartDefinition<DensitySettings> DEFINITION = new ChartDefinition<>("density", "Capacity density",
            DensitySettings.class, DensitySettings.defaults(), new DensityChartBuilder(), CatalogChoices.CATALOG, true);

    private DensityChart() {
    }
}

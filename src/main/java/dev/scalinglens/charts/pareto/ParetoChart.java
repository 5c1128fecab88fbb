package dev.scalinglens.charts.pareto;

import dev.scalinglens.catalog.Catalog;
import dev.scalinglens.catalog.HardwareRecord;
import dev.scalinglens.catalog.ModelRecord;
import dev.scalinglens.charts.CatalogChoices;
import dev.scalinglens.charts.ChartDefinition;
import java.util.List;

/** The Decode Pareto chart as the registry knows it ({@code charts.registry.ChartKind}). */
public final class ParetoChart {

    /** Draws the model and hardware its settings name: a table filter must not make them vanish. */
    public static final ChartDefinition<ParetoSettings> DEFINITION = new ChartDefinition<>("pareto", "Decode Pareto",
            ParetoSettings.class, ParetoSettings.defaults(), new ParetoChartBuilder(),
            CatalogChoices.with(ParetoChart::choices), false);

    private ParetoChart() {
    }

    /** The model is one with an architecture (the roofline needs it); hardware from the catalog. */
    static List<String> choices(Catalog catalog, String component) {
        return switch (component) {
            case "modelId" -> catalog.models().stream().filter(m -> m.architecture() != null)
                    .map(ModelRecord::id).sorted().toList();
            case "hardwareIds" -> catalog.hardware().stream().map(HardwareRecord::id).sorted().toList();
            default -> List.of();
        };
    }
}

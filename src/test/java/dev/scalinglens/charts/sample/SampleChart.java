package dev.scalinglens.charts.sample;

import dev.scalinglens.catalog.Catalog;
import dev.scalinglens.catalog.ModelRecord;
import dev.scalinglens.catalog.Quantity;
import dev.scalinglens.charts.ChartDefinition;
import dev.scalinglens.plot.spec.AxisSpec;
import dev.scalinglens.plot.spec.ChartSpec;
import dev.scalinglens.plot.spec.MarkerShape;
import dev.scalinglens.plot.spec.PointLayer;
import dev.scalinglens.plot.spec.ScaleType;
import dev.scalinglens.plot.spec.TickFormat;
import java.util.List;

/**
 * A chart that exists only in the tests, added as docs/adding-a-chart.md says: a settings record, a builder
 * and one {@link ChartDefinition}, registered through {@link SampleChartProvider} (a ServiceLoader entry).
 */
public final class SampleChart {

    public static final String ID = "sample-params-tokens";

    public static final ChartDefinition<SampleSettings> DEFINITION = new ChartDefinition<>(ID, "Sample chart",
            SampleSettings.class, SampleSettings.defaults(), SampleChart::build);

    private SampleChart() {
    }

    static ChartSpec build(Catalog catalog, SampleSettings settings) {
        List<ModelRecord> shown = catalog.models().stream()
                .filter(m -> Quantity.valueOrNaN(m.parameters()) >= settings.minParameters())
                .filter(m -> Double.isFinite(Quantity.valueOrNaN(m.trainingTokens()))).toList();
        double[] x = shown.stream().mapToDouble(m -> Quantity.valueOrNaN(m.parameters())).toArray();
        double[] y = shown.stream().mapToDouble(m -> Quantity.valueOrNaN(m.trainingTokens())).toArray();
        PointLayer points = new PointLayer("models", "Models", "model", MarkerShape.CIRCLE, 6, x, y,
                shown.stream().map(ModelRecord::id).toArray(String[]::new),
                shown.stream().map(ModelRecord::name).toArray(String[]::new), null, null, null, null, null);
        return new ChartSpec(ID, "Sample: parameters and tokens", null,
                AxisSpec.auto("Parameters (count)", ScaleType.LOG10, TickFormat.SI),
                AxisSpec.auto("Training tokens (count)", ScaleType.LOG10, TickFormat.SI),
                List.of(points), List.of(), "Source: model catalog", List.of());
    }
}

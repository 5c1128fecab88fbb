package dev.scalinglens.app.charts;

import dev.scalinglens.charts.ChartDefinition;
import dev.scalinglens.catalog.Catalog;
import dev.scalinglens.catalog.ModelRecord;
import dev.scalinglens.catalog.Quantity;
import dev.scalinglens.charts.ChartBuilder;
import dev.scalinglens.plot.spec.AxisSpec;
import dev.scalinglens.plot.spec.ChartSpec;
import dev.scalinglens.plot.spec.Layer;
import dev.scalinglens.plot.spec.LineLayer;
import dev.scalinglens.plot.spec.LineStyle;
import dev.scalinglens.plot.spec.PointLayer;
import dev.scalinglens.plot.spec.ScaleType;
import dev.scalinglens.plot.spec.TickFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Stand-ins for the chart builders: plain scatters of catalog values, so workspace and UI tests run on cheap,
 * predictable charts with the real charts' ids. The app itself uses {@code charts.registry.ChartKind}.
 */
public final class PreviewCharts {

    private PreviewCharts() {
    }

    public static List<ChartDefinition<?>> registrations() {
        return List.of(
                new ChartDefinition<>("tokens-params", "Tokens vs parameters", PreviewSettings.class,
                        PreviewSettings.defaults(), PreviewCharts::tokensVsParameters),
                new ChartDefinition<>("density", "Capacity density", PreviewSettings.class,
                        PreviewSettings.defaults(), PreviewCharts::parametersOverTime),
                new ChartDefinition<>("layer-loss", "Loss by layer", PreviewSettings.class,
                        PreviewSettings.defaults(), placeholder("layer-loss", "Validation loss by layer")),
                new ChartDefinition<>("pareto", "Decode Pareto", PreviewSettings.class,
                        PreviewSettings.defaults(), placeholder("pareto", "Decode latency/efficiency Pareto")));
    }

    static ChartSpec tokensVsParameters(Catalog catalog, PreviewSettings s) {
        ToDoubleFunction<ModelRecord> params = s.measure() == PreviewSettings.Measure.ACTIVE_PARAMETERS
                ? m -> Quantity.valueOrNaN(m.activeOrTotalParameters())
                : m -> Quantity.valueOrNaN(m.parameters());
        List<Layer> layers = new ArrayList<>();
        layers.add(points(catalog, params, m -> Quantity.valueOrNaN(m.trainingTokens())));
        if (s.showReferenceLine()) {
            double[] x = {1e6, 1e13};
            layers.add(new LineLayer("reference", RecordEditing.formatDouble(s.tokensPerParameter()) + " tokens/parameter",
                    "reference", LineStyle.DASHED, 1.5, x,
                    new double[] {x[0] * s.tokensPerParameter(), x[1] * s.tokensPerParameter()}, null));
        }
        return new ChartSpec("tokens-params", "Training tokens vs parameters", "Preview (chart builder not merged yet)",
                AxisSpec.auto("Parameters (count)", ScaleType.LOG10, TickFormat.SI),
                AxisSpec.auto("Training tokens (count)", ScaleType.LOG10, TickFormat.SI),
                layers, List.of(), "Source: model catalog", List.of());
    }

    static ChartSpec parametersOverTime(Catalog catalog, PreviewSettings s) {
        PointLayer layer = points(catalog,
                m -> m.releaseDate() == null ? Double.NaN : m.releaseDate().toEpochDay(),
                m -> Quantity.valueOrNaN(m.parameters()));
        return new ChartSpec("density", "Parameters over release date", "Preview (chart builder not merged yet)",
                AxisSpec.auto("Release date", ScaleType.TIME, TickFormat.DATE),
                AxisSpec.auto("Parameters (count)", ScaleType.LOG10, TickFormat.SI),
                List.of(layer), List.of(), "Source: model catalog", List.of());
    }

    private static ChartBuilder<PreviewSettings> placeholder(String id, String title) {
        return (catalog, s) -> new ChartSpec(id, title, "Arrives with its chart builder",
                AxisSpec.auto("x", ScaleType.LINEAR, TickFormat.AUTO),
                AxisSpec.auto("y", ScaleType.LINEAR, TickFormat.AUTO), List.of(), List.of(), "", List.of());
    }

    /** One point per model having both values; estimated values are drawn hollow. */
    private static PointLayer points(Catalog catalog, ToDoubleFunction<ModelRecord> fx, ToDoubleFunction<ModelRecord> fy) {
        List<ModelRecord> shown = catalog.models().stream()
                .filter(m -> Double.isFinite(fx.applyAsDouble(m)) && Double.isFinite(fy.applyAsDouble(m))).toList();
        int n = shown.size();
        double[] x = new double[n];
        double[] y = new double[n];
        String[] ids = new String[n];
        String[] labels = new String[n];
        boolean[] hollow = new boolean[n];
        for (int i = 0; i < n; i++) {
            ModelRecord m = shown.get(i);
            x[i] = fx.applyAsDouble(m);
            y[i] = fy.applyAsDouble(m);
            ids[i] = m.id();
            labels[i] = m.name();
            hollow[i] = (m.parameters() != null && m.parameters().estimated())
                    || (m.trainingTokens() != null && m.trainingTokens().estimated());
        }
        return PointLayer.builder("models", x, y).name("Models").colorKey("model").pointIds(ids).labels(labels)
                .hollow(hollow).build();
    }
}

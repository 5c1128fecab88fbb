package dev.scalinglens.charts.registry;

import dev.scalinglens.charts.ChartDefinition;
import dev.scalinglens.charts.ChartProvider;
import dev.scalinglens.charts.density.DensityChart;
import dev.scalinglens.charts.density.DensitySettings;
import dev.scalinglens.charts.layerloss.LayerLossChart;
import dev.scalinglens.charts.layerloss.LayerLossSettings;
import dev.scalinglens.charts.pareto.ParetoChart;
import dev.scalinglens.charts.pareto.ParetoSettings;
import dev.scalinglens.charts.tokensparams.TokensParamsChart;
import dev.scalinglens.charts.tokensparams.TokensParamsSettings;
import dev.scalinglens.charts.trends.TrendsChart;
import dev.scalinglens.charts.trends.TrendsSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.stream.Collectors;

/**
 * The chart registry: the one list of charts the app, export, deck, CLI and workspace restore use. A new chart
 * is one package with a {@link ChartDefinition} and one line in {@link #BUILT_IN} (see docs/adding-a-chart.md);
 * a {@link ChartProvider} found by {@link ServiceLoader} adds charts after those (how tests add one).
 */
public final class ChartKind {

    public static final ChartDefinition<TokensParamsSettings> TOKENS_PARAMS = TokensParamsChart.DEFINITION;
    public static final ChartDefinition<DensitySettings> DENSITY = DensityChart.DEFINITION;
    public static final ChartDefinition<LayerLossSettings> LAYER_LOSS = LayerLossChart.DEFINITION;
    public static final ChartDefinition<ParetoSettings> PARETO = ParetoChart.DEFINITION;
    public static final ChartDefinition<TrendsSettings> TRENDS = TrendsChart.DEFINITION;

    /** In the app's order: also the order of the default deck. */
    private static final List<ChartDefinition<?>> BUILT_IN = List.of(TOKENS_PARAMS, DENSITY, LAYER_LOSS, PARETO, TRENDS);

    private ChartKind() {
    }

    /** The built-in charts, then those of any {@link ChartProvider} on the class path. */
    public static List<ChartDefinition<?>> all() {
        List<ChartDefinition<?>> all = new ArrayList<>(BUILT_IN);
        for (ChartProvider provider : ServiceLoader.load(ChartProvider.class, ChartKind.class.getClassLoader())) {
            for (ChartDefinition<?> extra : provider.charts()) {
                if (all.stream().anyMatch(d -> d.id().equals(extra.id()))) {
                    throw new IllegalStateException("two charts have the id \"" + extra.id() + "\"");
                }
                all.add(extra);
            }
        }
        return List.copyOf(all);
    }

    /** The ids, in the registry's order. */
    public static List<String> ids() {
        return all().stream().map(ChartDefinition::id).toList();
    }

    public static Optional<ChartDefinition<?>> byId(String id) {
        return all().stream().filter(k -> k.id().equals(id)).findFirst();
    }

    public static boolean isKnown(String id) {
        return byId(id).isPresent();
    }

    /** The ids, comma-separated, for error messages. */
    public static String knownIds() {
        return all().stream().map(ChartDefinition::id).collect(Collectors.joining(", "));
    }
}

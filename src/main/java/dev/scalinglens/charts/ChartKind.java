package dev.scalinglens.charts;

import com.fasterxml.jackson.databind.JsonNode;
import dev.scalinglens.catalog.Catalog;
import dev.scalinglens.charts.density.DensityChartBuilder;
import dev.scalinglens.charts.density.DensitySettings;
import dev.scalinglens.charts.layerloss.LayerLossChartBuilder;
import dev.scalinglens.charts.layerloss.LayerLossSettings;
import dev.scalinglens.charts.pareto.ParetoChartBuilder;
import dev.scalinglens.charts.pareto.ParetoSettings;
import dev.scalinglens.charts.tokensparams.TokensParamsChartBuilder;
import dev.scalinglens.charts.trends.TrendsChartBuilder;
import dev.scalinglens.charts.trends.TrendsSettings;
import dev.scalinglens.charts.tokensparams.TokensParamsSettings;
import dev.scalinglens.plot.spec.ChartSpec;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The charts: id (as written in views, decks and workspaces), display name, settings type and
 * builder. The one place that knows them all, so the CLI, the app and the deck builder stay generic.
 */
public enum ChartKind {
    TOKENS_PARAMS("tokens-params", "Tokens vs parameters", TokensParamsSettings.class,
            TokensParamsSettings::defaults, new TokensParamsChartBuilder(), true),
    DENSITY("density", "Capacity density", DensitySettings.class,
            DensitySettings::defaults, new DensityChartBuilder(), true),
    LAYER_LOSS("layer-loss", "Loss by layer", LayerLossSettings.class,
            LayerLossSettings::defaults, new LayerLossChartBuilder(), true),
    // Draws the model and hardware its settings name: a table filter must not make them vanish.
    PARETO("pareto", "Decode Pareto", ParetoSettings.class,
            ParetoSettings::defaults, new ParetoChartBuilder(), false),
    TRENDS("trends", "Trends over time", TrendsSettings.class,
            TrendsSettings::defaults, new TrendsChartBuilder(), true);

    private final String id;
    private final String displayName;
    private final Class<? extends Record> settingsType;
    private final Supplier<? extends Record> defaults;
    private final ChartBuilder<?> builder;
    private final boolean followsFilters;

    <S extends Record> ChartKind(String id, String displayName, Class<S> settingsType, Supplier<S> defaults,
                                 ChartBuilder<S> builder, boolean followsFilters) {
        this.followsFilters = followsFilters;
        this.id = id;
        this.displayName = displayName;
        this.settingsType = settingsType;
        this.defaults = defaults;
        this.builder = builder;
    }

    public String id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    public Class<? extends Record> settingsType() {
        return settingsType;
    }

    public Record defaultSettings() {
        return defaults.get();
    }

    /**
     * Whether the chart draws the models the app's filters let through (true) or the whole catalog, because
     * its settings name what it draws (false).
     */
    public boolean followsFilters() {
        return followsFilters;
    }

    public static Optional<ChartKind> byId(String id) {
        return Arrays.stream(values()).filter(k -> k.id.equals(id)).findFirst();
    }

    /** The ids, comma-separated, for error messages. */
    public static String knownIds() {
        return Arrays.stream(values()).map(ChartKind::id).collect(Collectors.joining(", "));
    }

    /** Builds the chart from settings of this chart's own type. */
    @SuppressWarnings("unchecked")
    public ChartSpec build(Catalog catalog, Record settings) {
        if (!settingsType.isInstance(settings)) {
            throw new IllegalArgumentException(id + " takes " + settingsType.getSimpleName() + ", got "
                    + (settings == null ? "null" : settings.getClass().getSimpleName()));
        }
        return ((ChartBuilder<Record>) builder).build(catalog, settings);
    }

    /**
     * Settings from JSON: missing fields take the defaults, unknown fields are refused.
     *
     * @throws IllegalArgumentException with a message naming the bad field
     */
    public Record settingsFromJson(JsonNode json) {
        return decode(json, settingsType);
    }

    private <S extends Record> S decode(JsonNode json, Class<S> type) {
        return SettingsJson.decode(json, type, type.cast(defaultSettings()), id);
    }

    public JsonNode settingsToJson(Record settings) {
        return SettingsJson.encode(settings);
    }
}

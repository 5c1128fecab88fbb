package dev.scalinglens.charts;

import com.fasterxml.jackson.databind.JsonNode;
import dev.scalinglens.catalog.Catalog;
import dev.scalinglens.plot.spec.ChartSpec;
import java.util.List;
import java.util.Objects;

/**
 * One chart: its id (as written in views, decks and workspaces), title, settings type, defaults, builder,
 * setting choices and whether it follows the app's filters. Each chart package declares one (e.g.
 * {@code ParetoChart.DEFINITION}); {@code charts.registry.ChartKind} lists them for the app, export, deck and CLI.
 * The settings type must be a Jackson-serialisable record (saved in workspaces, edited by the settings sheet).
 * A chart that does not follow the filters draws from the whole catalog (its settings name the model it draws).
 */
public record ChartDefinition<S extends Record>(String id, String title, Class<S> settingsType,
                                                S defaultSettings, ChartBuilder<S> builder,
                                                SettingChoices choices, boolean followsFilters) {

    /** The values a settings component may take in this catalog (e.g. model ids), or empty for free text. */
    @FunctionalInterface
    public interface SettingChoices {
        SettingChoices NONE = (catalog, component) -> List.of();

        List<String> choices(Catalog catalog, String component);

        /** How a value reads in the sheet (a model's or a law's name for its id); the id itself by default. */
        default String display(Catalog catalog, String component, String value) {
            return value;
        }
    }

    public ChartDefinition(String id, String title, Class<S> settingsType, S defaultSettings,
                           ChartBuilder<S> builder) {
        this(id, title, settingsType, defaultSettings, builder, SettingChoices.NONE, true);
    }

    public ChartDefinition(String id, String title, Class<S> settingsType, S defaultSettings,
                           ChartBuilder<S> builder, SettingChoices choices) {
        this(id, title, settingsType, defaultSettings, builder, choices, true);
    }

    public ChartDefinition {
        Objects.requireNonNull(id);
        Objects.requireNonNull(title);
        Objects.requireNonNull(settingsType);
        Objects.requireNonNull(defaultSettings);
        Objects.requireNonNull(builder);
        choices = choices == null ? SettingChoices.NONE : choices;
    }

    /** Builds the chart from settings of this chart's own type. */
    public ChartSpec build(Catalog catalog, Record settings) {
        if (!settingsType.isInstance(settings)) {
            throw new IllegalArgumentException(id + " takes " + settingsType.getSimpleName() + ", got "
                    + (settings == null ? "null" : settings.getClass().getSimpleName()));
        }
        return builder.build(catalog, settingsType.cast(settings));
    }

    /**
     * Settings from JSON: missing fields take the defaults, unknown fields are refused.
     *
     * @throws IllegalArgumentException with a message naming the bad field
     */
    public S settingsFromJson(JsonNode json) {
        return SettingsJson.decode(json, settingsType, defaultSettings, id);
    }

    public JsonNode settingsToJson(Record settings) {
        return SettingsJson.encode(settings);
    }
}

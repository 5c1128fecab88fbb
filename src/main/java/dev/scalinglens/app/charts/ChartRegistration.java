package dev.scalinglens.app.charts;

import dev.scalinglens.charts.ChartBuilder;
import java.util.Objects;

/**
 * One chart the app offers: its id, tab title, builder and default settings. The settings type must be
 * a Jackson-serialisable record (saved in workspaces, edited by the settings sheet). A chart that does not
 * follow the filters draws from the whole catalog (its settings name the model it draws).
 */
public record ChartRegistration<S extends Record>(String id, String title, Class<S> settingsType,
                                                 S defaultSettings, ChartBuilder<S> builder,
                                                 SettingChoices choices, boolean followsFilters) {

    /** The values a settings component may take in this catalog (e.g. model ids), or empty for free text. */
    @FunctionalInterface
    public interface SettingChoices {
        SettingChoices NONE = (catalog, component) -> java.util.List.of();

        java.util.List<String> choices(dev.scalinglens.catalog.Catalog catalog, String component);

        /** How a value reads in the sheet (a model's or a law's name for its id); the id itself by default. */
        default String display(dev.scalinglens.catalog.Catalog catalog, String component, String value) {
            return value;
        }
    }

    public ChartRegistration(String id, String title, Class<S> settingsType, S defaultSettings,
                             ChartBuilder<S> builder) {
        this(id, title, settingsType, defaultSettings, builder, SettingChoices.NONE, true);
    }

    public ChartRegistration(String id, String title, Class<S> settingsType, S defaultSettings,
                             ChartBuilder<S> builder, SettingChoices choices) {
        this(id, title, settingsType, defaultSettings, builder, choices, true);
    }

    public ChartRegistration {
        Objects.requireNonNull(id);
        Objects.requireNonNull(title);
        Objects.requireNonNull(settingsType);
        Objects.requireNonNull(defaultSettings);
        Objects.requireNonNull(builder);
        choices = choices == null ? SettingChoices.NONE : choices;
    }
}

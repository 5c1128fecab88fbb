package dev.scalinglens.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.scalinglens.plot.Theme;
import dev.scalinglens.plot.Viewport;
import dev.scalinglens.plot.spec.DisplayOptions;
import java.util.List;
import java.util.Objects;

/**
 * Everything needed to redraw one chart as the user left it: the same JSON as a chart view in a saved
 * workspace, a slide of a deck spec, and the metadata embedded in exported figures.
 *
 * @param chartId  one of {@code ChartKind.ids()}
 * @param settings the chart's settings record as JSON; parsed by that chart's registry entry, so this
 *                 package does not depend on the charts
 * @param viewport visible range in data units, or null for the chart's automatic range
 * @param pinnedIds ids of points whose labels the user pinned, in pinning order
 * @param text     title, subtitle and footnote overrides
 * @param display  log/linear per axis and labels on/off as the user set them ({@link DisplayOptions#NONE}:
 *                 the chart's own)
 */
@JsonSerialize(using = ChartViewJson.Serializer.class)
@JsonDeserialize(using = ChartViewJson.Deserializer.class)
public record ChartView(
        String chartId,
        JsonNode settings,
        Viewport viewport,
        List<String> pinnedIds,
        Theme theme,
        TextOverrides text,
        DisplayOptions display) {

    public ChartView {
        Objects.requireNonNull(chartId, "chartId");
        settings = settings == null ? JsonNodeFactory.instance.objectNode() : settings.deepCopy();
        pinnedIds = pinnedIds == null ? List.of() : pinnedIds.stream().distinct().toList();
        theme = theme == null ? Theme.LIGHT : theme;
        text = text == null ? TextOverrides.NONE : text;
        display = display == null ? DisplayOptions.NONE : display;
    }

    /** A view showing the chart's own scales and labels. */
    public ChartView(String chartId, JsonNode settings, Viewport viewport, List<String> pinnedIds, Theme theme,
                     TextOverrides text) {
        this(chartId, settings, viewport, pinnedIds, theme, text, DisplayOptions.NONE);
    }

    /** The chart with its default settings, automatic range, light theme and its own titles. */
    public static ChartView defaults(String chartId) {
        return new ChartView(chartId, null, null, List.of(), Theme.LIGHT, TextOverrides.NONE);
    }

    /** This view with lines typed for an export replacing the stored overrides where given. */
    public ChartView withText(TextOverrides overrides) {
        return new ChartView(chartId, settings, viewport, pinnedIds, theme, overrides.orElse(text), display);
    }

    @Override
    public JsonNode settings() {
        return settings.deepCopy(); // JsonNode is mutable: keep the record immutable
    }
}

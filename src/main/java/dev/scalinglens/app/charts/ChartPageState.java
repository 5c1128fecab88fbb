package dev.scalinglens.app.charts;

import com.fasterxml.jackson.databind.JsonNode;
import dev.scalinglens.plot.Viewport;
import dev.scalinglens.plot.spec.ScaleType;
import java.util.List;

/**
 * A chart page as saved in a workspace. Settings stay a JSON tree here because each chart has its own
 * record type; the page converts them back with its registration's class.
 *
 * @param xScale       null: the builder's choice
 * @param colorBy      the field colouring the models (a {@code ColorBy} key), null for family
 * @param hiddenSeries legend names of series hidden from the legend
 */
public record ChartPageState(JsonNode settings, Viewport viewport, ScaleType xScale, ScaleType yScale,
                             boolean labelsVisible, List<String> pinnedIds, String colorBy,
                             List<String> hiddenSeries) {

    public ChartPageState {
        pinnedIds = pinnedIds == null ? List.of() : List.copyOf(pinnedIds);
        hiddenSeries = hiddenSeries == null ? List.of() : List.copyOf(hiddenSeries);
    }

    public ChartPageState(JsonNode settings, Viewport viewport, ScaleType xScale, ScaleType yScale,
                          boolean labelsVisible, List<String> pinnedIds) {
        this(settings, viewport, xScale, yScale, labelsVisible, pinnedIds, null, List.of());
    }
}

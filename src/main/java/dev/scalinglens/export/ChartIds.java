package dev.scalinglens.export;

import java.util.List;

/** The ids of the charts, as written in views, decks and workspaces. */
public final class ChartIds {

    public static final String TOKENS_PARAMS = "tokens-params";
    public static final String DENSITY = "density";
    public static final String LAYER_LOSS = "layer-loss";
    public static final String PARETO = "pareto";
    public static final String TRENDS = "trends";

    /** In the app's order: also the order of the default deck. */
    public static final List<String> ALL = List.of(TOKENS_PARAMS, DENSITY, LAYER_LOSS, PARETO, TRENDS);

    private ChartIds() {
    }

    public static boolean isKnown(String chartId) {
        return ALL.contains(chartId);
    }
}

package dev.scalinglens.export;

import dev.scalinglens.charts.registry.ChartKind;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.scalinglens.plot.Theme;
import dev.scalinglens.plot.Viewport;
import java.util.List;

/** Views with every field set, and facts quoting published numbers, for export tests. */
final class TestViews {

    private TestViews() {
    }

    /** A tokens-vs-parameters view zoomed on Chinchilla (70B parameters, 1.4T tokens). */
    static ChartView tokensParams() {
        ObjectNode settings = JsonNodeFactory.instance.objectNode();
        settings.put("tokensPerParameter", 20);
        settings.putArray("families").add("Chinchilla").add("Llama");
        return new ChartView(ChartKind.TOKENS_PARAMS.id(), settings, new Viewport(1e9, 1e12, 1e10, 2e13),
                List.of("chinchilla-70b", "gopher-280b"), Theme.DARK,
                new TextOverrides("Chinchilla: 20 tokens per parameter", null, "Hoffmann et al. 2022 <Table 3> & co"));
    }

    /** Facts as a chart builder would state them; Chinchilla's are from Hoffmann et al. 2022, Table 3. */
    static ChartFacts factsFor(ChartView view) {
        return switch (view.chartId()) {
            case "tokens-params" -> new ChartFacts("Training tokens vs parameters", "Compute-optimal",
                    "Hoffmann et al. 2022",
                    List.of("Chinchilla: 70B parameters trained on 1.4T tokens (20 tokens per parameter)."));
            case "density" -> new ChartFacts("Capacity density over time", null, "Xiao et al. 2024",
                    List.of("Maximum capacity density doubles about every 3.3 months."));
            default -> new ChartFacts(view.chartId() + " chart", null, null, List.of());
        };
    }
}

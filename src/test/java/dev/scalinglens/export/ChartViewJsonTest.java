package dev.scalinglens.export;

import dev.scalinglens.charts.registry.ChartKind;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.scalinglens.plot.spec.DisplayOptions;
import dev.scalinglens.plot.spec.ScaleType;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChartViewJsonTest {

    @Test
    void toJsonThenFromJsonGivesEqualView() throws Exception {
        ChartView view = TestViews.tokensParams();

        assertEquals(view, ChartViewJson.fromJson(ChartViewJson.toJson(view), "test"));
    }

    @Test
    void scalesAndLabelsRoundTripAndAreLeftOutWhenTheChartsOwn() throws Exception {
        ChartView view = new ChartView(ChartKind.TOKENS_PARAMS.id(), null, null, List.of(), null, null,
                new DisplayOptions(ScaleType.LINEAR, ScaleType.LOG10, false));

        String json = ChartViewJson.toJson(view);

        assertEquals("{\"chart\":\"tokens-params\",\"settings\":{},\"pinned\":[],\"theme\":\"light\","
                + "\"xScale\":\"linear\",\"yScale\":\"log\",\"labels\":false}", json);
        assertEquals(view, ChartViewJson.fromJson(json, "test"));
    }

    @Test
    void colourByAndHiddenSeriesRoundTrip() throws Exception {
        ChartView view = new ChartView(ChartKind.TOKENS_PARAMS.id(), null, null, List.of(), null, null,
                new DisplayOptions(null, null, true, "organisation", List.of("Meta", "Other")));

        String json = ChartViewJson.toJson(view);

        assertEquals("{\"chart\":\"tokens-params\",\"settings\":{},\"pinned\":[],\"theme\":\"light\","
                + "\"colorBy\":\"organisation\",\"hidden\":[\"Meta\",\"Other\"]}", json);
        assertEquals(view, ChartViewJson.fromJson(json, "test"));
    }

    @Test
    void defaultsRoundTripWithoutViewportOrOverrides() throws Exception {
        ChartView view = ChartView.defaults(ChartKind.PARETO.id());

        String json = ChartViewJson.toJson(view);

        assertEquals("{\"chart\":\"pareto\",\"settings\":{},\"pinned\":[],\"theme\":\"light\"}", json);
        assertEquals(view, ChartViewJson.fromJson(json, "test"));
    }

    /** A workspace holds chart views as record fields; databind must give the same JSON. */
    record Workspace(String name, List<ChartView> views) {
    }

    @Test
    void databindRoundTripUsesTheSameJson() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        Workspace workspace = new Workspace("talk", List.of(TestViews.tokensParams(), ChartView.defaults("density")));

        String json = mapper.writeValueAsString(workspace);

        assertEquals(workspace, mapper.readValue(json, Workspace.class));
        assertEquals(true, json.contains(ChartViewJson.toJson(TestViews.tokensParams())));
    }

    /** Databind wraps it (adding its reference chain); the located message is the cause. */
    @Test
    void databindErrorNamesThePathInsideTheWorkspace() {
        String json = "{\"name\":\"talk\",\"views\":[{\"chart\":\"density\"},{\"chart\":\"densty\"}]}";

        Exception error = assertThrows(Exception.class, () -> new ObjectMapper().readValue(json, Workspace.class));

        assertEquals(ViewFormatException.class, error.getCause().getClass());
        assertEquals("view:1:54: views[1].chart: unknown chart \"densty\"; "
                + "expected one of tokens-params, density, layer-loss, pareto, trends", error.getCause().getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"chart\":\"density\",\"zoom\":2}|view.json:1:27: zoom: unknown field \"zoom\"; expected one of chart, settings, viewport, pinned, theme, title, subtitle, footnote, xScale, yScale, labels, colorBy, hidden",
        "{\"chart\":\"density\",\"xScale\":\"ln\"}|view.json:1:29: xScale: unknown scale \"ln\"; expected log or linear",
        "{\"chart\":\"density\",\"labels\":\"no\"}|view.json:1:29: labels: expected true or false",
        "{\"chart\":\"density\",\"theme\":\"blue\"}|view.json:1:28: theme: unknown theme \"blue\"; expected light or dark",
        "{\"chart\":\"density\",\"viewport\":{\"xMin\":1,\"xMax\":2,\"yMin\":3}}|view.json:1:58: viewport: missing \"yMax\"",
        "{\"chart\":\"density\",\"viewport\":{\"xMin\":2,\"xMax\":1,\"yMin\":0,\"yMax\":1}}|view.json:1:67: viewport: empty range: needs xMin < xMax and yMin < yMax",
        "{\"chart\":\"density\",\"pinned\":[\"a\",3]}|view.json:1:34: pinned[1]: expected a string",
        "{\"settings\":{}}|view.json:1:15: missing \"chart\"; expected one of tokens-params, density, layer-loss, pareto, trends",
        "{\"chart\":\"density\"|view.json:1:19: invalid JSON: Unexpected end-of-input: expected close marker for Object",
    })
    void fromJsonBadInputNamesLineColumnAndPath(String json, String expected) {
        ViewFormatException error = assertThrows(ViewFormatException.class, () -> ChartViewJson.fromJson(json, "view.json"));

        assertEquals(expected, error.getMessage());
    }
}

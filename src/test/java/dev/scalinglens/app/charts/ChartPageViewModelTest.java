package dev.scalinglens.app.charts;

import dev.scalinglens.charts.ChartDefinition;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scalinglens.app.io.Json;
import dev.scalinglens.app.support.TestCatalogs;
import dev.scalinglens.app.task.CurrentThreadTaskExecutor;
import dev.scalinglens.catalog.Catalog;
import dev.scalinglens.plot.Viewport;
import dev.scalinglens.plot.spec.LineLayer;
import dev.scalinglens.plot.spec.PointLayer;
import dev.scalinglens.plot.spec.ScaleType;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;

class ChartPageViewModelTest {

    private final SimpleObjectProperty<Catalog> catalog = new SimpleObjectProperty<>(TestCatalogs.base());

    private ChartPageViewModel<PreviewSettings> page() {
        ChartDefinition<PreviewSettings> r = new ChartDefinition<>("tokens-params", "Tokens", PreviewSettings.class,
                PreviewSettings.defaults(), PreviewCharts::tokensVsParameters);
        ChartPageViewModel<PreviewSettings> page = new ChartPageViewModel<>(r, catalog, new CurrentThreadTaskExecutor());
        page.activate();
        return page;
    }

    private static PointLayer points(ChartPageViewModel<?> page) {
        return (PointLayer) page.specProperty().get().layers().get(0);
    }

    @Test
    void specIsBuiltOnlyOnceActivated() {
        ChartDefinition<PreviewSettings> r = new ChartDefinition<>("x", "X", PreviewSettings.class,
                PreviewSettings.defaults(), PreviewCharts::tokensVsParameters);
        ChartPageViewModel<PreviewSettings> page = new ChartPageViewModel<>(r, catalog, new CurrentThreadTaskExecutor());
        assertNull(page.specProperty().get());
        page.activate();
        assertNotNull(page.specProperty().get());
    }

    @Test
    void legendClickHidesShiftClickIsolatesAndBothAreSavedWithThePage() {
        ChartPageViewModel<PreviewSettings> page = page();
        List<String> names = page.seriesNames();
        assertTrue(names.size() >= 2, names.toString());
        String first = names.get(0);
        page.toggleSeries(first);
        assertEquals(List.of(first), page.displayOptions().hiddenSeries());
        page.toggleSeries(first);
        assertTrue(page.displayOptions().hiddenSeries().isEmpty());
        page.isolateSeries(first);
        assertEquals(names.subList(1, names.size()), page.getHiddenSeries());
        ChartPageState saved = page.state(new com.fasterxml.jackson.databind.ObjectMapper());
        page.isolateSeries(first); // again: everything shows
        assertTrue(page.getHiddenSeries().isEmpty());
        page.apply(saved, new com.fasterxml.jackson.databind.ObjectMapper());
        assertEquals(names.subList(1, names.size()), page.getHiddenSeries());
        page.resetSettings();
        assertTrue(page.getHiddenSeries().isEmpty());
    }

    @Test
    void catalogChangeRebuildsTheSpec() {
        ChartPageViewModel<PreviewSettings> page = page();
        assertEquals(5, points(page).size());
        catalog.set(TestCatalogs.overlay());
        assertEquals(1, points(page).size());
    }

    @Test
    void settingsChangeRebuildsTheSpec() {
        ChartPageViewModel<PreviewSettings> page = page();
        page.settingsProperty().set(new PreviewSettings(true, 40, List.of(), PreviewSettings.Measure.TOTAL_PARAMETERS));
        LineLayer reference = (LineLayer) page.specProperty().get().layers().get(1);
        assertEquals(40e6, reference.y()[0]);
    }

    @Test
    void toggleScaleFlipsLogAndLinearPerAxis() {
        ChartPageViewModel<PreviewSettings> page = page();
        assertEquals(ScaleType.LOG10, page.specProperty().get().xAxis().scale());
        page.toggleXScale();
        assertEquals(ScaleType.LINEAR, page.specProperty().get().xAxis().scale());
        assertEquals(ScaleType.LOG10, page.specProperty().get().yAxis().scale());
        page.toggleXScale();
        assertEquals(ScaleType.LOG10, page.specProperty().get().xAxis().scale());
    }

    @Test
    void labelsOffRemovesPointLabelsButKeepsIds() {
        ChartPageViewModel<PreviewSettings> page = page();
        assertNotNull(points(page).labels());
        page.labelsVisibleProperty().set(false);
        assertNull(points(page).labels());
        assertEquals("gpt-3-175b", points(page).pointIds()[0]);
    }

    @Test
    void stateRoundTripsThroughJson() {
        var json = Json.mapper();
        ChartPageViewModel<PreviewSettings> a = page();
        a.settingsProperty().set(new PreviewSettings(false, 30, List.of(1e20, 1e24), PreviewSettings.Measure.ACTIVE_PARAMETERS));
        a.toggleYScale();
        a.getPinnedIds().add("chinchilla-70b");
        a.viewportProperty().set(new Viewport(1, 2, 3, 4));
        ChartPageState state = a.state(json);
        ChartPageViewModel<PreviewSettings> b = page();
        b.apply(state, json);
        assertEquals(a.settingsProperty().get(), b.settingsProperty().get());
        assertEquals(state, b.state(json));
    }

    @Test
    void unreadableSavedSettingsFallBackToDefaultsWithAMessage() {
        var json = Json.mapper();
        ChartPageViewModel<PreviewSettings> page = page();
        page.apply(new ChartPageState(json.createObjectNode().put("tokensPerParameter", -3), null, null, null, true,
                List.of()), json);
        assertEquals(PreviewSettings.defaults(), page.settingsProperty().get());
        assertTrue(page.errorProperty().get().contains("defaults used"), page.errorProperty().get());
    }

    @Test
    void zoomInHalvesTheLogSpanAboutTheCentre() {
        ChartPageViewModel<PreviewSettings> page = page();
        page.viewportProperty().set(new Viewport(1e8, 1e12, 1e10, 1e14));
        page.zoom(2);
        Viewport v = page.viewportProperty().get();
        assertEquals(1e9, v.xMin(), 1e-3 * 1e9);
        assertEquals(1e11, v.xMax(), 1e-3 * 1e11);
    }

    /** A workspace saved before a setting existed restores with that setting's default, not null. */
    @Test
    void applyFillsSettingsMissingFromASavedWorkspaceWithDefaults() throws Exception {
        ChartPageViewModel<dev.scalinglens.charts.pareto.ParetoSettings> page = paretoPage();
        var json = Json.mapper();
        var saved = json.readTree("{\"modelId\": \"llama-2-7b\", \"hardwareIds\": [\"h100-sxm\"]}");
        page.apply(new ChartPageState(saved, null, null, null, true, List.of()), json);
        var restored = page.settingsProperty().get();
        assertEquals("llama-2-7b", restored.modelId());
        assertEquals(dev.scalinglens.charts.pareto.ParetoSettings.defaults().precision(), restored.precision());
        assertEquals(dev.scalinglens.charts.pareto.ParetoSettings.defaults().yMetric(), restored.yMetric());
        assertEquals("", page.errorProperty().get());
    }

    @Test
    void applyRefusesANullSettingAndSaysWhich() throws Exception {
        ChartPageViewModel<dev.scalinglens.charts.pareto.ParetoSettings> page = paretoPage();
        var json = Json.mapper();
        page.apply(new ChartPageState(json.readTree("{\"precision\": null}"), null, null, null, true, List.of()),
                json);
        assertEquals(dev.scalinglens.charts.pareto.ParetoSettings.defaults(), page.settingsProperty().get());
        assertTrue(page.errorProperty().get().contains("precision must not be null"), page.errorProperty().get());
    }

    private ChartPageViewModel<dev.scalinglens.charts.pareto.ParetoSettings> paretoPage() {
        ChartDefinition<dev.scalinglens.charts.pareto.ParetoSettings> r = dev.scalinglens.charts.registry.ChartKind.PARETO;
        return new ChartPageViewModel<>(r, catalog, new CurrentThreadTaskExecutor());
    }
}

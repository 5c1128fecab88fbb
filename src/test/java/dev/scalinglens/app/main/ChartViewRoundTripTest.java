package dev.scalinglens.app.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scalinglens.charts.registry.ChartKind;
import dev.scalinglens.app.support.Workbench;
import dev.scalinglens.charts.tokensparams.TokensParamsSettings;
import dev.scalinglens.export.ChartView;
import dev.scalinglens.export.ExportFormat;
import dev.scalinglens.export.ExportOptions;
import dev.scalinglens.export.FigureExporter;
import dev.scalinglens.export.FigureViewReader;
import dev.scalinglens.export.PlotFigureRenderer;
import dev.scalinglens.export.SizePreset;
import dev.scalinglens.plot.Theme;
import dev.scalinglens.plot.Viewport;
import dev.scalinglens.plot.spec.PointLayer;
import dev.scalinglens.plot.spec.ScaleType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The chart view the app exports is the one it restores from an exported figure. */
class ChartViewRoundTripTest {

    @TempDir
    Path dir;

    @Test
    void exportedFigureReopensWithTheSameSettingsViewportPinsAndTheme() throws Exception {
        Workbench first = new Workbench(dir.resolve("a"), ChartKind.all()).started();
        var chart = first.main.chart("tokens-params").orElseThrow();
        @SuppressWarnings("unchecked")
        var settings = (javafx.beans.property.ObjectProperty<TokensParamsSettings>) (Object) chart.settingsProperty();
        TokensParamsSettings changed = TokensParamsSettings.defaults();
        changed = new TokensParamsSettings(changed.parameterBasis(), 25, List.of(1e22), changed.lossLawId(),
                false, true, true, changed.fitBand());
        settings.set(changed);
        chart.viewportProperty().set(new Viewport(1e9, 1e12, 1e10, 1e13));
        chart.getPinnedIds().add("llama-2-70b");
        first.main.toggleTheme();
        ChartView view = first.main.currentChartView().orElseThrow();

        PlotFigureRenderer renderer = new PlotFigureRenderer(first.filters.filteredCatalogProperty()::get);
        Path png = dir.resolve("figure.png");
        new FigureExporter(renderer, renderer).export(view,
                ExportOptions.of(ExportFormat.PNG, SizePreset.SLIDE_16_9, 1), png);
        assertTrue(Files.size(png) > 0);

        Workbench second = new Workbench(dir.resolve("b"), ChartKind.all()).started();
        second.main.selectedPageProperty().set("table");
        second.main.showChartView(FigureViewReader.read(png).get(0));
        assertEquals("tokens-params", second.main.selectedPageProperty().get());
        var restored = second.main.chart("tokens-params").orElseThrow();
        assertEquals(changed, restored.settingsProperty().get());
        assertEquals(new Viewport(1e9, 1e12, 1e10, 1e13), restored.viewportProperty().get());
        assertEquals(List.of("llama-2-70b"), List.copyOf(restored.getPinnedIds()));
        assertEquals(Theme.DARK, second.main.themeProperty().get());
    }

    @Test
    void exportDrawsAndTheFigureRestoresTheScaleAndLabelToggles() throws Exception {
        Workbench first = new Workbench(dir.resolve("a"), ChartKind.all()).started();
        var chart = first.main.chart("tokens-params").orElseThrow();
        chart.toggleXScale(); // log → linear
        chart.labelsVisibleProperty().set(false);
        ChartView view = first.main.currentChartView().orElseThrow();

        PlotFigureRenderer renderer = new PlotFigureRenderer(first.filters.filteredCatalogProperty()::get);
        var exported = renderer.specFor(view);
        assertEquals(ScaleType.LINEAR, exported.xAxis().scale(), "the figure is drawn as the window shows it");
        assertEquals(ScaleType.LOG10, exported.yAxis().scale());
        assertTrue(exported.layers().stream().noneMatch(l -> l instanceof PointLayer p && p.labels() != null));
        Path svg = dir.resolve("figure.svg");
        new FigureExporter(renderer, renderer).export(view,
                ExportOptions.of(ExportFormat.SVG, SizePreset.SLIDE_16_9, 1), svg);

        Workbench second = new Workbench(dir.resolve("b"), ChartKind.all()).started();
        second.main.showChartView(FigureViewReader.read(svg).get(0));
        var restored = second.main.chart("tokens-params").orElseThrow();
        assertEquals(ScaleType.LINEAR, restored.xScaleProperty().get());
        assertEquals(false, restored.labelsVisibleProperty().get());
        assertEquals(ScaleType.LINEAR, restored.specProperty().get().xAxis().scale());
    }

    @Test
    void aViewOfAnUnknownChartIsRefused() {
        Workbench w = new Workbench(dir, ChartKind.all()).started();
        assertThrows(IllegalArgumentException.class, () -> w.main.showChartView(ChartView.defaults("nope")));
    }
}

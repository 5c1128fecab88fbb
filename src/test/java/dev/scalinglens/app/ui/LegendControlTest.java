package dev.scalinglens.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scalinglens.app.AppAssembly;
import dev.scalinglens.app.charts.CanvasChartSurface;
import dev.scalinglens.app.charts.ChartPageViewModel;
import dev.scalinglens.app.support.BundledAppWindow;
import dev.scalinglens.app.support.RecordingDialogs;
import dev.scalinglens.plot.scene.PlotScene;
import dev.scalinglens.plot.spec.DisplayOptions;
import dev.scalinglens.plot.spec.Layer;
import java.util.List;
import java.util.function.BooleanSupplier;
import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The legend as a person uses it: a click on an entry hides the series, Shift+click shows it alone. */
@ExtendWith(ApplicationExtension.class)
class LegendControlTest {

    private AppAssembly app;

    @Start
    void start(Stage stage) throws Exception {
        app = BundledAppWindow.open(stage, new RecordingDialogs());
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
    }

    private static void waitUntil(BooleanSupplier condition) throws Exception {
        BundledAppWindow.waitUntil(condition);
    }

    private static PlotScene.LegendEntry entry(CanvasChartSurface canvas, String name) {
        return canvas.currentScene().legendEntries().stream().filter(e -> e.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no legend entry " + name + " in "
                        + canvas.currentScene().legendEntries()));
    }

    private static Point2D onScreen(CanvasChartSurface canvas, PlotScene.LegendEntry e) {
        return canvas.localToScreen(e.bounds().x() + 8, e.bounds().y() + e.bounds().height() / 2);
    }

    private static List<String> drawnSeries(ChartPageViewModel<?> page) {
        return page.specProperty().get().layers().stream()
                .filter(l -> l.id().startsWith("family-") && !DisplayOptions.isHidden(l)).map(Layer::name).toList();
    }

    @Test
    void clickOnALegendEntryHidesTheSeriesAndShiftClickIsolatesAnother(FxRobot robot) throws Exception {
        waitUntil(() -> app.mainViewModel().filters().totalCountProperty().get() > 100);
        robot.clickOn("#tab-tokens-params");
        ChartPageViewModel<?> page = app.mainViewModel().chart("tokens-params").orElseThrow();
        waitUntil(() -> page.specProperty().get() != null && page.specProperty().get().hasData());
        CanvasChartSurface canvas = robot.lookup("#chart-page-tokens-params").queryAs(javafx.scene.Node.class)
                .lookupAll("*").stream().filter(n -> n instanceof CanvasChartSurface).map(n -> (CanvasChartSurface) n)
                .findFirst().orElseThrow();
        waitUntil(() -> canvas.currentScene() != null && !canvas.currentScene().legendEntries().isEmpty());
        List<String> before = drawnSeries(page);
        assertTrue(before.contains("Llama"), before.toString());

        robot.clickOn(onScreen(canvas, entry(canvas, "Llama")));
        waitUntil(() -> !drawnSeries(page).contains("Llama"));
        assertEquals(List.of("Llama"), page.getHiddenSeries());
        assertTrue(entry(canvas, "Llama").hidden(), "the entry stays, greyed, to show the series again");

        robot.press(KeyCode.SHIFT);
        try {
            robot.clickOn(onScreen(canvas, entry(canvas, "Gemma")));
        } finally {
            robot.release(KeyCode.SHIFT);
        }
        waitUntil(() -> drawnSeries(page).equals(List.of("Gemma")));
        assertFalse(page.getHiddenSeries().contains("Gemma"));
        assertTrue(page.getHiddenSeries().contains("Llama"));

        robot.clickOn(onScreen(canvas, entry(canvas, "Llama")));
        waitUntil(() -> drawnSeries(page).equals(List.of("Gemma", "Llama")));
    }
}

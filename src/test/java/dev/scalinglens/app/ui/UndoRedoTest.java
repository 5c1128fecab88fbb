package dev.scalinglens.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scalinglens.app.AppAssembly;
import dev.scalinglens.app.charts.CanvasChartSurface;
import dev.scalinglens.app.charts.ChartPageViewModel;
import dev.scalinglens.app.support.BundledAppWindow;
import dev.scalinglens.app.support.RecordingDialogs;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Ctrl+Z / Ctrl+Shift+Z as a person presses them: on the chart they undo view changes; in Search, typing.
 * Also: View › Larger font reaches the chart's own text.
 */
@ExtendWith(ApplicationExtension.class)
class UndoRedoTest {

    private AppAssembly app;
    private final RecordingDialogs dialogs = new RecordingDialogs();

    @Start
    void start(Stage stage) throws Exception {
        app = BundledAppWindow.open(stage, dialogs);
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
    }

    private static void waitUntil(BooleanSupplier condition) throws Exception {
        BundledAppWindow.waitUntil(condition);
    }

    @Test
    void ctrlZUndoesALogToggleAndCtrlShiftZRedoesIt(FxRobot robot) throws Exception {
        waitUntil(() -> app.mainViewModel().filters().totalCountProperty().get() > 100);
        ChartPageViewModel<?> page = app.mainViewModel().chart("tokens-params").orElseThrow();
        waitUntil(() -> page.specProperty().get() != null);
        ToggleButton logX = robot.lookup("#chart-page-tokens-params .tool-bar .toggle-button")
                .match((Node n) -> n instanceof ToggleButton t && t.getText().equals("Log X")).query();
        assertTrue(logX.isSelected());
        robot.clickOn(logX);
        waitUntil(() -> !logX.isSelected());

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        waitUntil(logX::isSelected);
        assertEquals(null, page.xScaleProperty().get());

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> !logX.isSelected());
    }

    @Test
    void ctrlZInSearchUndoesTheTypingNotTheView(FxRobot robot) throws Exception {
        waitUntil(() -> app.mainViewModel().filters().totalCountProperty().get() > 100);
        ChartPageViewModel<?> page = app.mainViewModel().chart("tokens-params").orElseThrow();
        waitUntil(() -> page.specProperty().get() != null);
        robot.interact(() -> page.labelsVisibleProperty().set(false)); // a view change undo could take back
        waitUntil(() -> app.mainViewModel().history().canUndoProperty().get());

        TextField search = robot.lookup("#search").queryAs(TextField.class);
        robot.clickOn(search);
        robot.write("llama");
        WaitForAsyncUtils.waitForFxEvents();
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(search.getText().length() < "llama".length(), "the field's own undo ran: " + search.getText());
        assertEquals(false, page.labelsVisibleProperty().get(), "the view change stays");
        assertTrue(search.isFocused());
    }

    private static double largestTitle(dev.scalinglens.plot.scene.PlotScene scene) {
        return scene.groups().stream().flatMap(g -> g.marks().stream())
                .filter(m -> m instanceof dev.scalinglens.plot.scene.TextMark)
                .mapToDouble(m -> ((dev.scalinglens.plot.scene.TextMark) m).sizePx()).max().orElse(0);
    }

    @Test
    void largerFontEnlargesTheChartsText(FxRobot robot) throws Exception {
        waitUntil(() -> app.mainViewModel().filters().totalCountProperty().get() > 100);
        ChartPageViewModel<?> page = app.mainViewModel().chart("tokens-params").orElseThrow();
        waitUntil(() -> page.specProperty().get() != null);
        CanvasChartSurface surface = robot.lookup("#chart-page-tokens-params .chart-surface").queryAs(CanvasChartSurface.class);
        waitUntil(() -> surface.currentScene() != null);
        double before = largestTitle(surface.currentScene());

        robot.interact(() -> app.mainViewModel().largerFont());
        waitUntil(() -> surface.fontScaleProperty().get() > 1.05);
        waitUntil(() -> largestTitle(surface.currentScene()) > before * 1.05);
    }

    @Test
    void f1ListsMouseGesturesAsWellAsKeys(FxRobot robot) throws Exception {
        waitUntil(() -> app.mainViewModel().filters().totalCountProperty().get() > 100);
        robot.clickOn("#tab-tokens-params");
        robot.type(KeyCode.F1);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, dialogs.informations.size());
        String help = dialogs.informations.get(0);
        for (String gesture : java.util.List.of("Wheel", "Drag", "right-drag", "Double-click", "Shift+click",
                "Hover", "legend entry", "Ctrl+Z")) {
            assertTrue(help.toLowerCase(java.util.Locale.ROOT).contains(gesture.toLowerCase(java.util.Locale.ROOT)),
                    "help names " + gesture);
        }
    }
}

package dev.scalinglens.app.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scalinglens.export.ChartFacts;
import dev.scalinglens.export.ChartView;
import dev.scalinglens.export.ExportPreset;
import dev.scalinglens.export.FigureExporter;
import dev.scalinglens.export.TextOverrides;
import java.util.HashMap;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class ExportDialogViewTest {

    private final ExportDialogViewModelTest.RecordingRenderer renderer = new ExportDialogViewModelTest.RecordingRenderer();

    @Start
    void start(Stage stage) {
        FigureExporter exporter = new FigureExporter(renderer, v -> new ChartFacts("t", null, null, List.of()));
        ExportDialogViewModel model = new ExportDialogViewModel(ChartView.defaults("pareto"),
                new TextOverrides("Decode Pareto", null, "InferenceX"), exporter, renderer, new HashMap<>());
        stage.setScene(new Scene(new ExportDialogView(model), 1000, 500));
        stage.show();
    }

    @Test
    void openingShowsPreviewAndSize(FxRobot robot) {
        assertNotNull(robot.lookup("#preview").queryAs(ImageView.class).getImage());
        assertEquals("3840 × 2160 px", robot.lookup("#size").queryAs(Label.class).getText(),
                "a 16:9 slide at 1080p projector size, 2×");
    }

    /** A click on the slide layout box turns it off (the screen layout at the preset's size) and on again. */
    @Test
    void clickingSlideLayoutSwitchesBetweenSlideAndScreenLayout(FxRobot robot) {
        CheckBox slideLayout = robot.lookup("#slideLayout").queryAs(CheckBox.class);
        assertTrue(slideLayout.isSelected());
        robot.clickOn("#slideLayout");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("3200 × 1800 px", robot.lookup("#size").queryAs(Label.class).getText());
        assertFalse(renderer.options.get(renderer.options.size() - 1).slideLayout(), "the preview redrawn on screen");
        robot.clickOn("#slideLayout");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(renderer.options.get(renderer.options.size() - 1).slideLayout(), "and as a slide again");
        ComboBox<ExportPreset> presets = robot.lookup("#preset").queryComboBox();
        robot.interact(() -> presets.setValue(ExportPreset.byId("square-png-2x").orElseThrow()));
        assertTrue(slideLayout.isDisabled(), "a square is no slide");
    }

    @Test
    void typingATitleRedrawsThePreviewWithIt(FxRobot robot) {
        robot.clickOn("#title").eraseText("Decode Pareto".length()).write("Frontier");
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("Frontier", renderer.views.get(renderer.views.size() - 1).text().title());
    }

    @Test
    void choosingSvgDisablesExactPixels(FxRobot robot) {
        ComboBox<ExportPreset> presets = robot.lookup("#preset").queryComboBox();
        robot.interact(() -> presets.setValue(ExportPreset.byId("slide-svg").orElseThrow()));

        assertTrue(robot.lookup("#customPixels").queryAs(CheckBox.class).isDisabled());
        CheckBox editableText = robot.lookup("#svgEditableText").queryAs(CheckBox.class);
        assertEquals(false, editableText.isDisabled());
        assertFalse(editableText.isSelected(), "SVG text is outlines unless editable text is chosen");
        assertEquals("1920 × 1080, vector", robot.lookup("#size").queryAs(Label.class).getText());
        assertEquals("InferenceX", robot.lookup("#footnote").queryAs(TextField.class).getText());
    }
}

package dev.scalinglens.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scalinglens.app.AppAssembly;
import dev.scalinglens.app.charts.ChartPageViewModel;
import dev.scalinglens.app.charts.RecordEditing;
import dev.scalinglens.app.support.BundledAppWindow;
import dev.scalinglens.app.support.RecordingDialogs;
import dev.scalinglens.charts.pareto.ParetoSettings;
import dev.scalinglens.charts.tokensparams.TokensParamsSettings;
import dev.scalinglens.plot.spec.ChartSpec;
import java.util.List;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
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
 * Types into the chart settings as a person does: several keys, one at a time, then Enter. Each value is
 * applied once, whole, and focus stays in the field (it used to apply the first key and jump to Search).
 */
@ExtendWith(ApplicationExtension.class)
class SettingsTypingTest {

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

    @SuppressWarnings("unchecked")
    private <S extends Record> ChartPageViewModel<S> openSettings(FxRobot robot, String chartId) throws Exception {
        waitUntil(() -> app.mainViewModel().filters().totalCountProperty().get() > 100);
        robot.clickOn("#tab-" + chartId);
        ChartPageViewModel<S> page = (ChartPageViewModel<S>) app.mainViewModel().chart(chartId).orElseThrow();
        waitUntil(() -> page.specProperty().get() != null);
        robot.clickOn(robot.lookup("#chart-page-" + chartId + " .tool-bar .toggle-button")
                .match((Node n) -> n instanceof javafx.scene.control.ToggleButton t && t.getText().equals("Settings"))
                .<Node>query());
        WaitForAsyncUtils.waitForFxEvents();
        return page;
    }

    /** The text field on the same sheet row as the label that names {@code component}. */
    private TextField field(FxRobot robot, String chartId, String component) {
        String name = RecordEditing.label(component);
        Label label = robot.lookup("#chart-page-" + chartId + " .property-sheet .label")
                .match((Node n) -> n instanceof Label l && name.equals(l.getText())).query();
        GridPane grid = (GridPane) label.getParent();
        Integer row = GridPane.getRowIndex(label);
        return grid.getChildren().stream()
                .filter(n -> java.util.Objects.equals(GridPane.getRowIndex(n), row))
                .flatMap(n -> n instanceof TextField t ? java.util.stream.Stream.of(t)
                        : n.lookupAll(".settings-text").stream().map(TextField.class::cast))
                .findFirst().orElseThrow(() -> new AssertionError("no field for " + name));
    }

    /** Clicks the field, selects what is there and types {@code text} one key at a time (no Enter). */
    private static void typeInto(FxRobot robot, TextField field, String text) {
        robot.clickOn(field);
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.write(text);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void contextLengthTypedAsSeveralKeysIsAppliedWholeOnEnterAndKeepsFocus(FxRobot robot) throws Exception {
        ChartPageViewModel<ParetoSettings> page = openSettings(robot, "pareto");
        TextField context = field(robot, "pareto", "contextLengthTokens");
        ParetoSettings before = page.settingsProperty().get();
        ChartSpec specBefore = page.specProperty().get();

        typeInto(robot, context, "4096");
        assertSame(before, page.settingsProperty().get(), "nothing applied while typing");
        assertTrue(context.isFocused(), "focus stays in the field while typing");
        assertEquals("4096", context.getText());

        robot.type(KeyCode.ENTER);
        waitUntil(() -> page.specProperty().get() != specBefore);
        assertEquals(4096, page.settingsProperty().get().contextLengthTokens());
        assertTrue(context.isFocused(), "focus stays in the field after Enter");
        assertEquals("", robot.lookup("#search").queryAs(TextField.class).getText(), "no key reached Search");
        assertEquals(app.mainViewModel().filters().totalCountProperty().get(),
                app.mainViewModel().filters().shownCountProperty().get(), "the catalog is not filtered");
    }

    @Test
    void targetInteractivityIsAppliedWhenTheFieldLosesFocus(FxRobot robot) throws Exception {
        ChartPageViewModel<ParetoSettings> page = openSettings(robot, "pareto");
        TextField target = field(robot, "pareto", "targetInteractivityTokensPerSecondPerUser");
        typeInto(robot, target, "120");
        assertEquals(50, page.settingsProperty().get().targetInteractivityTokensPerSecondPerUser(), 0);
        robot.clickOn(field(robot, "pareto", "contextLengthTokens"));
        waitUntil(() -> page.settingsProperty().get().targetInteractivityTokensPerSecondPerUser() == 120);
    }

    @Test
    void escapePutsBackTheValueInForce(FxRobot robot) throws Exception {
        ChartPageViewModel<TokensParamsSettings> page = openSettings(robot, "tokens-params");
        TextField ratio = typeRatio(robot, "50");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("20", ratio.getText());
        assertEquals(20, page.settingsProperty().get().tokensPerParameter(), 0);
    }

    @Test
    void aValueTheChartRefusesIsExplainedAndNotApplied(FxRobot robot) throws Exception {
        ChartPageViewModel<TokensParamsSettings> page = openSettings(robot, "tokens-params");
        TextField ratio = typeRatio(robot, "-5");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(20, page.settingsProperty().get().tokensPerParameter(), 0);
        assertTrue(fieldMessage(ratio).contains("positive"), fieldMessage(ratio));
        assertTrue(ratio.isFocused());
    }

    /** The message under a settings field ("" when none is shown). */
    private static String fieldMessage(TextField field) {
        Label message = (Label) field.getParent().lookup(".settings-field-error");
        return message.isVisible() ? message.getText() : "";
    }

    /** Hardware is a check list of names from the catalog, not ids typed as text (issue 14). */
    @Test
    void hardwareIsTickedByNameInACheckList(FxRobot robot) throws Exception {
        ChartPageViewModel<ParetoSettings> page = openSettings(robot, "pareto");
        @SuppressWarnings("unchecked")
        org.controlsfx.control.CheckComboBox<String> hardware = robot.lookup("#chart-page-pareto .property-sheet")
                .lookup((Node n) -> n instanceof org.controlsfx.control.CheckComboBox<?>)
                .queryAs(org.controlsfx.control.CheckComboBox.class);
        assertTrue(hardware.getCheckModel().isChecked("b200"), "the default's hardware is ticked");
        assertEquals("NVIDIA B200", hardware.getConverter().toString("b200"));
        robot.clickOn(hardware);
        robot.clickOn("NVIDIA B200");
        waitUntil(() -> !page.settingsProperty().get().hardwareIds().contains("b200"));
        assertTrue(page.settingsProperty().get().hardwareIds().contains("h100-sxm"), "the others stay");
        robot.clickOn("NVIDIA B200");
        waitUntil(() -> page.settingsProperty().get().hardwareIds().contains("b200"));
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void anOutOfRangeContextIsRefusedNextToTheFieldWithTheBoundsAndFocusStays(FxRobot robot) throws Exception {
        ChartPageViewModel<ParetoSettings> page = openSettings(robot, "pareto");
        TextField context = field(robot, "pareto", "contextLengthTokens");
        ParetoSettings before = page.settingsProperty().get();
        typeInto(robot, context, "3");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertSame(before, page.settingsProperty().get(), "not applied");
        assertEquals("Enter 128 … 1,048,576 tokens (not \"3\")", fieldMessage(context));
        assertTrue(context.isFocused(), "focus stays");
        assertEquals("3", context.getText(), "the refused text stays to be corrected");

        typeInto(robot, context, "lots");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(fieldMessage(context).startsWith("Enter 128 … 1,048,576 tokens"), fieldMessage(context));
        assertSame(before, page.settingsProperty().get());

        typeInto(robot, context, "8,192");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> page.settingsProperty().get().contextLengthTokens() == 8192);
        assertEquals("", fieldMessage(context), "an applied value clears the message");
        assertTrue(context.isFocused());
    }

    @Test
    void bootstrapReplicatesStateTheirBoundsFromTheSettingsRecord(FxRobot robot) throws Exception {
        ChartPageViewModel<Record> page = openSettings(robot, "density");
        TextField replicates = field(robot, "density", "bootstrapReplicates");
        Record before = page.settingsProperty().get();
        typeInto(robot, replicates, "1000000");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertSame(before, page.settingsProperty().get());
        assertEquals(String.format(java.util.Locale.ROOT, "Enter 1 … %,d (not \"1000000\")",
                dev.scalinglens.charts.density.DensitySettings.MAX_BOOTSTRAP_REPLICATES), fieldMessage(replicates));
        assertTrue(replicates.isFocused());
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("", fieldMessage(replicates), "Escape puts back the value in force and clears the message");
    }

    private TextField typeRatio(FxRobot robot, String text) {
        TextField ratio = field(robot, "tokens-params", "tokensPerParameter");
        typeInto(robot, ratio, text);
        return ratio;
    }

    /** Every number and list field of every chart: several keys change nothing until Enter, focus stays. */
    @Test
    void everyTextFieldOfEveryChartWaitsForEnter(FxRobot robot) throws Exception {
        // (The layer-loss chart's only text was the experiment id: it is now a choice of the catalog's experiments.)
        for (String chartId : List.of("tokens-params", "density", "pareto")) {
            ChartPageViewModel<Record> page = openSettings(robot, chartId);
            List<TextField> fields = robot.lookup("#chart-page-" + chartId + " .settings-text")
                    .queryAllAs(TextField.class).stream().toList();
            assertFalse(fields.isEmpty(), chartId + " has text fields");
            for (TextField f : fields) {
                Record before = page.settingsProperty().get();
                String original = f.getText();
                typeInto(robot, f, original + "12");
                assertSame(before, page.settingsProperty().get(), chartId + ": applied while typing into " + original);
                assertTrue(f.isFocused(), chartId + ": focus left the field");
                robot.type(KeyCode.ESCAPE);
                WaitForAsyncUtils.waitForFxEvents();
                assertEquals(original, f.getText(), chartId + ": Escape restores");
            }
            robot.clickOn("#tab-" + chartId); // leave the last field
            assertNotNull(page.specProperty().get());
        }
    }

    @Test
    void aSearchFilterDoesNotTakeTheDecodeChartsModelAway(FxRobot robot) throws Exception {
        ChartPageViewModel<ParetoSettings> page = openSettings(robot, "pareto");
        ChartSpec before = page.specProperty().get();
        assertTrue(before.hasData());
        robot.interact(() -> {
            app.mainViewModel().filters().searchFiltersProperty().set(true);
            app.mainViewModel().filters().searchProperty().set("gpt-3");
        });
        waitUntil(() -> app.mainViewModel().filters().shownCountProperty().get()
                < app.mainViewModel().filters().totalCountProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("", page.errorProperty().get());
        assertTrue(page.specProperty().get().hasData(), "the configured model is still drawn");
    }

    @Test
    void idsReadAsNamesInTheSheet(FxRobot robot) throws Exception {
        openSettings(robot, "tokens-params");
        Label law = robot.lookup("#chart-page-tokens-params .property-sheet .label")
                .match((Node n) -> n instanceof Label l && "Loss law".equals(l.getText())).query();
        GridPane grid = (GridPane) law.getParent();
        Integer row = GridPane.getRowIndex(law);
        javafx.scene.control.ComboBox<?> combo = grid.getChildren().stream()
                .filter(n -> n instanceof javafx.scene.control.ComboBox<?> &&
                        java.util.Objects.equals(GridPane.getRowIndex(n), row))
                .map(n -> (javafx.scene.control.ComboBox<?>) n).findFirst().orElseThrow();
        @SuppressWarnings({"unchecked", "rawtypes"})
        String shown = ((javafx.util.StringConverter) combo.getConverter()).toString(combo.getValue());
        assertTrue(shown.startsWith("Hoffmann et al. 2022"), shown);
    }
}

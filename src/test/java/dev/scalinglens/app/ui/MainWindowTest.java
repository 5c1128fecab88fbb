package dev.scalinglens.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scalinglens.app.AppAssembly;
import dev.scalinglens.app.AppServices;
import dev.scalinglens.app.catalogtable.ModelRow;
import dev.scalinglens.app.charts.CanvasChartSurface;
import dev.scalinglens.charts.registry.ChartKind;
import dev.scalinglens.app.charts.ChartSurface;
import dev.scalinglens.app.main.MainViewModel;
import dev.scalinglens.app.support.FakeCatalogService;
import dev.scalinglens.app.support.RecordingDialogs;
import dev.scalinglens.app.support.TestCatalogs;
import dev.scalinglens.app.task.FxTaskExecutor;
import dev.scalinglens.catalog.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
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

/** Drives the real main window as a person would: real chart canvas and charts, fake catalog service. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {

    private final FakeCatalogService service = new FakeCatalogService();
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final List<String> links = new ArrayList<>();
    private Path dir;
    private AppAssembly app;

    @Start
    void start(Stage stage) throws Exception {
        dir = Files.createTempDirectory("scalinglens-ui");
        app = open(stage, service, dialogs, dir.resolve("config"));
    }

    private AppAssembly open(Stage stage, FakeCatalogService catalogs, RecordingDialogs answers, Path config) {
        AppServices services = new AppServices(catalogs, new FxTaskExecutor(), CanvasChartSurface::new,
                ChartKind.all(), config, links::add, w -> answers);
        // The app's own start-up order: side panels deferred until the first chart has data.
        AppAssembly assembled = AppAssembly.assemble(services, stage, true);
        assembled.loadCatalog();
        stage.show();
        assembled.buildSidePanelsAfterFirstChart();
        assembled.start();
        return assembled;
    }

    @AfterEach
    void closeWindows() throws Exception {
        service.release.countDown();
        FxToolkit.cleanupStages();
    }

    private static void waitUntil(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private TableView<ModelRow> table(FxRobot robot) {
        return robot.lookup("#catalog-table").queryAs(TableView.class);
    }

    private void loaded(FxRobot robot) throws Exception {
        waitUntil(() -> app.mainViewModel().filters().totalCountProperty().get() == 5);
        waitUntil(() -> app.mainView().sidePanelsBuilt());
    }

    @Test
    void theFilterPanelAndInspectorArriveRightAfterTheFirstChart(FxRobot robot) throws Exception {
        waitUntil(() -> app.mainView().sidePanelsBuilt());
        assertTrue(app.currentChartHasData(), "built after a chart with data was laid out");
        assertTrue(robot.lookup("#search").tryQuery().isPresent(), "the filter panel is in the window");
    }

    @Test
    void typingASearchFilterChangesTheTableAndTheCount(FxRobot robot) throws Exception {
        loaded(robot);
        robot.clickOn("Catalog table");
        assertEquals(5, table(robot).getItems().size());
        var canvas = (CanvasChartSurface) app.mainView().chartPage("tokens-params").surface();
        waitUntil(() -> canvas.specProperty().get() != null);
        var specBefore = canvas.specProperty().get();
        robot.clickOn("#search-filters");
        robot.clickOn("#search").write("llama");
        waitUntil(() -> table(robot).getItems().size() == 2);
        waitUntil(() -> canvas.specProperty().get() != specBefore);
        assertTrue(pointIds(canvas.specProperty().get()).containsAll(java.util.Set.of("llama-2-7b", "llama-2-70b")));
        assertFalse(pointIds(canvas.specProperty().get()).contains("gpt-3-175b"), "the chart follows the filter");
        assertEquals("2 of 5 models shown", robot.lookup("#filter-count").queryAs(Label.class).getText());
        robot.clickOn("#reset-filters");
        waitUntil(() -> table(robot).getItems().size() == 5);
    }

    @Test
    void typingASearchHighlightsMatchesOnTheChartAndInTheTableAndFadesTheRest(FxRobot robot) throws Exception {
        loaded(robot);
        robot.clickOn("Catalog table");
        var canvas = (CanvasChartSurface) app.mainView().chartPage("tokens-params").surface();
        robot.clickOn("#search").write("llama");
        waitUntil(() -> java.util.Set.of("llama-2-7b", "llama-2-70b").equals(canvas.highlightIdsProperty().get()));
        assertEquals(5, table(robot).getItems().size(), "highlighting keeps every row");
        assertEquals("5 of 5 models shown; 2 match the search",
                robot.lookup("#filter-count").queryAs(Label.class).getText());
        waitUntil(() -> rowsWith(robot, "match").size() == 2 && rowsWith(robot, "faded").size() == 3);
        assertTrue(rowsWith(robot, "match").containsAll(java.util.List.of("llama-2-7b", "llama-2-70b")));
        robot.clickOn("#reset-filters");
        waitUntil(() -> canvas.highlightIdsProperty().get() == null && rowsWith(robot, "faded").isEmpty());
    }

    @Test
    void selectingARowFadesTheOtherRows(FxRobot robot) throws Exception {
        loaded(robot);
        robot.clickOn("Catalog table");
        robot.interact(() -> app.mainViewModel().selection().selectOnly(java.util.List.of("gpt-3-175b")));
        waitUntil(() -> rowsWith(robot, "faded").size() == 4 && !rowsWith(robot, "faded").contains("gpt-3-175b"));
        robot.interact(() -> app.mainViewModel().selection().clear());
        waitUntil(() -> rowsWith(robot, "faded").isEmpty());
    }

    @Test
    void choosingOpenWeightsByClickAndSortingByAHeaderClick(FxRobot robot) throws Exception {
        loaded(robot);
        robot.clickOn("Catalog table");
        robot.clickOn("#open-weights");
        // The choice's menu item (the table also has an "Open weights" column header).
        robot.clickOn(robot.lookup(".context-menu .label")
                .match((javafx.scene.Node n) -> "Open weights".equals(((Label) n).getText())).<javafx.scene.Node>query());
        waitUntil(() -> table(robot).getItems().size() == 3);
        assertEquals(dev.scalinglens.app.filters.OpenWeightsFilter.OPEN,
                app.mainViewModel().filters().openWeightsProperty().get());
        javafx.scene.Node header = robot.lookup("#catalog-table .column-header .label")
                .match((javafx.scene.Node n) -> "Parameters".equals(((Label) n).getText())).query();
        robot.clickOn(header); // ascending
        waitUntil(() -> "llama-2-7b".equals(table(robot).getItems().get(0).id()));
        robot.clickOn(header); // descending
        waitUntil(() -> "qwen2.5-72b".equals(table(robot).getItems().get(0).id()));
        assertEquals("3 of 5 models shown", robot.lookup("#filter-count").queryAs(Label.class).getText());
    }

    /** Ids of the table rows showing the pseudo-class {@code state}. */
    private static java.util.List<String> rowsWith(FxRobot robot, String state) {
        var pc = javafx.css.PseudoClass.getPseudoClass(state);
        return robot.lookup("#catalog-table .table-row-cell").queryAllAs(javafx.scene.control.TableRow.class).stream()
                .filter(r -> r.getItem() != null && r.getPseudoClassStates().contains(pc))
                .map(r -> ((dev.scalinglens.app.catalogtable.ModelRow) r.getItem()).id()).toList();
    }

    @Test
    void resetFiltersShowsAllFamiliesInTheFamilyBoxAgain(FxRobot robot) throws Exception {
        loaded(robot);
        robot.interact(() -> app.mainViewModel().filters().getFamilies().add("Llama 2"));
        waitUntil(() -> familyBoxText(robot).contains("Llama 2"));
        robot.clickOn("#reset-filters");
        waitUntil(() -> app.mainViewModel().filters().getFamilies().isEmpty());
        assertEquals("All families", familyBoxText(robot));
    }

    private static String familyBoxText(FxRobot robot) {
        javafx.scene.control.ComboBox<?> box = robot.lookup("#families .combo-box")
                .queryAs(javafx.scene.control.ComboBox.class);
        return String.valueOf(box.getButtonCell().getText());
    }

    @Test
    void findShortcutFocusesTheSearchField(FxRobot robot) throws Exception {
        loaded(robot);
        robot.clickOn("Catalog table");
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#search").query().isFocused());
    }

    @Test
    void selectingATableRowShowsTheModelInTheInspector(FxRobot robot) throws Exception {
        loaded(robot);
        robot.clickOn("Catalog table");
        robot.clickOn("Chinchilla 70B");
        waitUntil(() -> "Chinchilla 70B".equals(robot.lookup("#inspector-heading").queryAs(Label.class).getText()));
        assertEquals(List.of("chinchilla-70b"), List.copyOf(app.mainViewModel().selection().getSelectedIds()));
        var canvas = (CanvasChartSurface) app.mainView().chartPage("tokens-params").surface();
        assertEquals(java.util.Set.of("chinchilla-70b"), canvas.getSelectedIds(), "highlighted on the chart");
        // By predicate: a text with a dot would be read as a CSS selector.
        robot.clickOn(robot.lookup((javafx.scene.Node n) -> n instanceof javafx.scene.control.Hyperlink h
                && h.getText().equals("Hoffmann et al. 2022")).<javafx.scene.Node>query());
        assertEquals("https://arxiv.org/abs/2203.15556", links.get(0));
    }

    @Test
    void savedWorkspaceReopensInANewWindowWithTheSameView(FxRobot robot) throws Exception {
        loaded(robot);
        robot.clickOn("#search-filters"); // remembered in the workspace
        robot.clickOn("#search").write("llama");
        robot.clickOn("Decode Pareto");
        Path file = dir.resolve("view.json");
        dialogs.workspaceToSave = file;
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        waitUntil(() -> Files.exists(file));

        RecordingDialogs second = new RecordingDialogs();
        second.workspaceToOpen = file;
        AtomicReference<AppAssembly> other = new AtomicReference<>();
        robot.interact(() -> other.set(open(new Stage(), new FakeCatalogService(), second, dir.resolve("config2"))));
        MainViewModel vm = other.get().mainViewModel();
        waitUntil(() -> vm.filters().totalCountProperty().get() == 5);
        assertEquals("", vm.filters().searchProperty().get());
        robot.targetWindow(other.get().scene().getWindow());
        robot.clickOn("File").clickOn("Open workspace…");
        waitUntil(() -> "llama".equals(vm.filters().searchProperty().get()));
        assertEquals("pareto", vm.selectedPageProperty().get());
        assertEquals(2, vm.filters().shownCountProperty().get());
        assertTrue(vm.filters().searchFiltersProperty().get());
        assertEquals(app.mainViewModel().session().snapshot().filters(), vm.session().snapshot().filters());
    }

    /** Waits for the start-up load, then merges this file through File › Merge catalog; returns the catalog before. */
    private dev.scalinglens.catalog.Catalog mergeFromMenu(FxRobot robot, String file) throws Exception {
        loaded(robot);
        var before = app.mainViewModel().catalogs().getCatalog();
        dialogs.catalogsToChoose = List.of(dir.resolve(file));
        robot.clickOn("File").clickOn("Merge catalog…");
        return before;
    }

    @Test
    void mergingABrokenCatalogListsProblemsAndKeepsTheCatalog(FxRobot robot) throws Exception {
        var before = mergeFromMenu(robot, "broken.json");
        waitUntil(() -> robot.lookup("#problem-list").tryQuery().isPresent()); // the panel opens on errors
        @SuppressWarnings("unchecked")
        ListView<Problem> problems = robot.lookup("#problem-list").queryAs(ListView.class);
        waitUntil(() -> problems.getItems().size() == 1);
        assertTrue(problems.isVisible(), "the problems panel opens on errors");
        assertTrue(problems.getItems().get(0).format().contains("broken.json:4:58"));
        assertEquals(before, app.mainViewModel().catalogs().getCatalog());
        assertEquals(5, app.mainViewModel().filters().totalCountProperty().get());
    }

    @Test
    void aLongLoadShowsProgressAndCanBeCancelled(FxRobot robot) throws Exception {
        var before = mergeFromMenu(robot, "slow.json");
        assertTrue(service.slowStarted.await(20, TimeUnit.SECONDS));
        Button cancel = robot.lookup("#cancel-task").queryAs(Button.class);
        waitUntil(cancel::isVisible);
        assertTrue(app.mainViewModel().taskStatus().messageProperty().get().startsWith("Merging slow.json"));
        robot.clickOn(cancel);
        waitUntil(() -> !cancel.isVisible());
        assertFalse(app.mainViewModel().taskStatus().runningProperty().get());
        assertEquals(before, app.mainViewModel().catalogs().getCatalog());
        assertTrue(app.mainViewModel().catalogs().getUserFiles().isEmpty());
    }

    @Test
    void hidingTheInspectorGivesItsWidthToTheChartAndTheShortcutBringsItBack(FxRobot robot) throws Exception {
        loaded(robot);
        var chart = (javafx.scene.layout.Region) app.mainView().currentChartPage().surface().node();
        double before = chart.getWidth();
        robot.clickOn("View").clickOn("Inspector panel");
        waitUntil(() -> chart.getWidth() > before + 100);
        assertFalse(app.mainView().inspectorShownProperty().get());
        assertEquals(2, app.mainView().currentLayout().dividerPositions().size(), "saved as if shown");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.I).release(KeyCode.I, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> app.mainView().inspectorShownProperty().get() && Math.abs(chart.getWidth() - before) < 20);
    }

    @Test
    void themeAndFontSizeRestyleTheWholeScene(FxRobot robot) throws Exception {
        loaded(robot);
        robot.clickOn("View").clickOn("Toggle light/dark theme");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(app.scene().getStylesheets().stream().anyMatch(s -> s.endsWith("dark.css")));
        robot.clickOn("View").clickOn("Larger font");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("-fx-font-size: 14.3px;", app.scene().getRoot().getStyle());
        ChartSurface surface = app.mainView().currentChartPage().surface();
        assertEquals(dev.scalinglens.plot.Theme.DARK, surface.themeProperty().get());
    }

    @Test
    void openFigureRestoresTheChartViewItWasExportedWith(FxRobot robot) throws Exception {
        loaded(robot);
        var view = new dev.scalinglens.export.ChartView("density", null, null, List.of("llama-2-70b"),
                dev.scalinglens.plot.Theme.DARK, null);
        var renderer = new dev.scalinglens.export.PlotFigureRenderer(TestCatalogs::base);
        Path figure = dir.resolve("density.svg");
        new dev.scalinglens.export.FigureExporter(renderer, renderer).export(view,
                dev.scalinglens.export.ExportOptions.of(dev.scalinglens.export.ExportFormat.SVG,
                        dev.scalinglens.export.SizePreset.SLIDE_16_9, 1), figure);
        dialogs.figureToOpen = figure;
        robot.clickOn("File").clickOn("Open figure…");
        MainViewModel vm = app.mainViewModel();
        waitUntil(() -> "density".equals(vm.selectedPageProperty().get()));
        waitUntil(() -> vm.themeProperty().get() == dev.scalinglens.plot.Theme.DARK);
        assertEquals(java.util.Set.of("llama-2-70b"), vm.chart("density").orElseThrow().getPinnedIds());
        var canvas = (CanvasChartSurface) app.mainView().chartPage("density").surface();
        waitUntil(() -> canvas.specProperty().get() != null);
        assertEquals(dev.scalinglens.plot.Theme.DARK, canvas.themeProperty().get());
    }

    @Test
    void copyChartPutsPngSvgAndTheViewOnTheClipboard(FxRobot robot) throws Exception {
        loaded(robot);
        var canvas = (CanvasChartSurface) app.mainView().chartPage("tokens-params").surface();
        waitUntil(() -> canvas.specProperty().get() != null);
        robot.interact(() -> javafx.scene.input.Clipboard.getSystemClipboard().clear());
        robot.clickOn(canvas).press(KeyCode.CONTROL, KeyCode.C).release(KeyCode.C, KeyCode.CONTROL);
        var clipboard = new AtomicReference<String>();
        waitUntil(() -> {
            robot.interact(() -> clipboard.set(javafx.scene.input.Clipboard.getSystemClipboard().getString()));
            return clipboard.get() != null;
        });
        assertTrue(clipboard.get().contains("\"tokens-params\""), clipboard.get());
        robot.interact(() -> {
            var cb = javafx.scene.input.Clipboard.getSystemClipboard();
            clipboard.set(cb.hasImage() + " " + cb.getContentTypes().stream()
                    .anyMatch(f -> f.getIdentifiers().contains("image/svg+xml")) + " " + cb.getContentTypes());
        });
        assertTrue(clipboard.get().startsWith("true true"), clipboard.get());
        // The copy says it happened.
        waitUntil(() -> robot.lookup(".notification-bar .title").tryQuery()
                .map(n -> "Copied".equals(((Label) n).getText())).orElse(false));
    }

    @Test
    void quitShortcutClosesTheWindowEvenFromADateField(FxRobot robot) throws Exception {
        loaded(robot);
        robot.clickOn("Capacity density");
        robot.clickOn("Settings");
        javafx.scene.Node dateField = robot.lookup(".date-picker").query();
        robot.clickOn(dateField).write("2022").type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup(".settings-error").queryAs(Label.class).getText().contains("not a date"),
                "a half-typed date is refused with a message, not an exception");
        robot.clickOn(dateField).write("2023");
        robot.press(KeyCode.CONTROL, KeyCode.Q).release(KeyCode.Q, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(app.scene().getWindow().isShowing());
    }

    /** The model ids of every point layer of a spec. */
    private static java.util.Set<String> pointIds(dev.scalinglens.plot.spec.ChartSpec spec) {
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (var layer : spec.layers()) {
            if (layer instanceof dev.scalinglens.plot.spec.PointLayer p && p.pointIds() != null) {
                ids.addAll(java.util.Arrays.asList(p.pointIds()));
            }
        }
        return ids;
    }
}

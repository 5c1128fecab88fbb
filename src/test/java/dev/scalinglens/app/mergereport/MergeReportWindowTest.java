package dev.scalinglens.app.mergereport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scalinglens.app.AppAssembly;
import dev.scalinglens.app.AppServices;
import dev.scalinglens.app.charts.CanvasChartSurface;
import dev.scalinglens.charts.registry.ChartKind;
import dev.scalinglens.app.support.FakeCatalogService;
import dev.scalinglens.app.support.RecordingDialogs;
import dev.scalinglens.catalog.MergeReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.controlsfx.control.StatusBar;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** File › Merge catalog, then the status bar and File › Merge report… say what the merge did. */
@ExtendWith(ApplicationExtension.class)
class MergeReportWindowTest {

    private final FakeCatalogService service = new FakeCatalogService();
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private Path dir;
    private AppAssembly app;

    @Start
    void start(Stage stage) throws Exception {
        dir = Files.createTempDirectory("scalinglens-merge-ui");
        AppServices services = new AppServices(service, new dev.scalinglens.app.task.FxTaskExecutor(),
                CanvasChartSurface::new, ChartKind.all(), dir.resolve("config"), l -> { }, w -> dialogs);
        app = AppAssembly.assemble(services, stage, true);
        app.loadCatalog();
        stage.show();
        app.buildSidePanelsAfterFirstChart();
        app.start();
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

    @Test
    void mergeShowsItsSummaryAndTheReportListsAndExportsTheChanges(FxRobot robot) throws Exception {
        waitUntil(() -> app.mainViewModel().filters().totalCountProperty().get() == 5);
        dialogs.catalogsToChoose = List.of(dir.resolve("mine.json"));
        robot.clickOn("File").clickOn("Merge catalog…");
        waitUntil(() -> app.mainViewModel().filters().totalCountProperty().get() == 6);
        StatusBar status = robot.lookup("#status-bar").queryAs(StatusBar.class);
        waitUntil(() -> status.getText().contains("Merged mine.json: 1 records added"));

        robot.clickOn("File").clickOn("Merge report…");
        waitUntil(() -> robot.lookup("#merge-report-table").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        TableView<MergeReport.Change> table = robot.lookup("#merge-report-table").queryAs(TableView.class);
        assertEquals(1, table.getItems().size());
        assertEquals("deepseek-v3", table.getItems().get(0).id());
        assertTrue(robot.lookup("#merge-report-summary").queryAs(Label.class).getText().startsWith("Merged mine.json"));

        Path csv = dir.resolve("report.csv");
        dialogs.csvTarget = csv;
        robot.clickOn("#merge-report-export");
        waitUntil(() -> Files.exists(csv));
        assertEquals("added,models,deepseek-v3,,,,,deepseek2024", Files.readAllLines(csv).get(1));
    }
}

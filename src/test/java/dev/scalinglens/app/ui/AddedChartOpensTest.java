package dev.scalinglens.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scalinglens.app.AppAssembly;
import dev.scalinglens.app.charts.ChartPageViewModel;
import dev.scalinglens.app.support.BundledAppWindow;
import dev.scalinglens.app.support.RecordingDialogs;
import dev.scalinglens.charts.sample.SampleChart;
import dev.scalinglens.charts.sample.SampleChartProvider;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A chart registered only through the registry (the test chart) is a page of the real window, and draws. */
@ExtendWith(ApplicationExtension.class)
class AddedChartOpensTest {

    private AppAssembly app;

    @BeforeAll
    static void register() {
        SampleChartProvider.enable();
    }

    @AfterAll
    static void unregister() {
        SampleChartProvider.disable();
    }

    @Start
    void start(Stage stage) throws Exception {
        app = BundledAppWindow.open(stage, new RecordingDialogs());
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void addedChartIsInTheChartListAndDraws(FxRobot robot) throws Exception {
        ChartPageViewModel<?> page = app.mainViewModel().chart(SampleChart.ID).orElseThrow();
        assertEquals("Sample chart", page.title());
        assertTrue(robot.lookup("Sample chart").tryQuery().isPresent(), "no tab or list entry titled Sample chart");

        robot.interact(() -> app.mainViewModel().selectedPageProperty().set(SampleChart.ID));

        BundledAppWindow.waitUntil(() -> page.specProperty().get() != null && page.specProperty().get().hasData());
        assertEquals(SampleChart.ID, page.specProperty().get().chartId());
        assertTrue(app.mainViewModel().charts().stream().anyMatch(c -> c.id().equals(SampleChart.ID)));
    }
}

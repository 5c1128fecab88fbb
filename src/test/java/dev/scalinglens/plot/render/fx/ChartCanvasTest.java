package dev.scalinglens.plot.render.fx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scalinglens.plot.SampleCharts;
import dev.scalinglens.plot.Viewport;
import dev.scalinglens.plot.layout.ViewportMath;
import dev.scalinglens.plot.render.RecordingSink;
import dev.scalinglens.plot.scene.PlotScene;
import dev.scalinglens.plot.scene.PointsMark;
import java.util.Set;
import javafx.geometry.Point2D;
import javafx.geometry.VerticalDirection;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A real ChartCanvas under Monocle (headless): zoom, pan, hover, select, keys. */
@ExtendWith(ApplicationExtension.class)
class ChartCanvasTest {

    private ChartCanvas chart;

    @Start
    void start(Stage stage) {
        chart = new ChartCanvas();
        chart.specProperty().set(SampleCharts.tokensVsParams());
        stage.setScene(new Scene(new StackPane(chart), 900, 600));
        stage.show();
    }

    private Point2D screenOfPoint(int index) {
        PointsMark pm = chart.currentScene().pointLayers().get(0);
        return chart.localToScreen(pm.pixelX(index), pm.pixelY(index));
    }

    @Test
    void resizesWithItsParentAndLaysOutAtThatSize() {
        PlotScene scene = chart.currentScene();
        assertNotNull(scene);
        assertEquals(900, scene.widthPx(), 1);
        assertEquals(600, scene.heightPx(), 1);
    }

    @Test
    void hoverFindsTheNearestPointAndShowsItsTooltip(FxRobot robot) {
        Point2D p = screenOfPoint(0);
        robot.moveTo(p.add(2, 1));
        WaitForAsyncUtils.waitForFxEvents();
        assertNotNull(chart.hoveredPointProperty().get());
        assertEquals("chinchilla-70b", chart.hoveredPointProperty().get().pointId());
        robot.moveTo(p.add(0, 60));
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(chart.hoveredPointProperty().get());
    }

    @Test
    void clickSelectsAndShiftClickAdds(FxRobot robot) {
        robot.clickOn(screenOfPoint(1), MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Set.of("gopher-280b"), Set.copyOf(chart.getSelectedIds()));
        robot.press(KeyCode.SHIFT);
        robot.clickOn(screenOfPoint(3), MouseButton.PRIMARY);
        robot.release(KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Set.of("gopher-280b", "llama-7b"), Set.copyOf(chart.getSelectedIds()));
        // The selection is drawn as a ring layer in the scene.
        assertTrue(chart.currentScene().groups().stream().anyMatch(g -> g.id().equals("selection")));
    }

    @Test
    void dragPansByTheDraggedDistanceInLogSpace(FxRobot robot) {
        PlotScene before = chart.currentScene();
        double cx = before.plotArea().x() + before.plotArea().width() / 2;
        double cy = before.plotArea().y() + before.plotArea().height() / 2;
        Point2D from = chart.localToScreen(cx, cy);
        robot.drag(from, MouseButton.PRIMARY).moveTo(from.add(120, -40)).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        Viewport expected = ViewportMath.pan(before, 120, -40);
        Viewport actual = chart.viewportProperty().get();
        assertNotNull(actual);
        assertEquals(Math.log10(expected.xMin()), Math.log10(actual.xMin()), 0.02);
        assertEquals(Math.log10(expected.yMax()), Math.log10(actual.yMax()), 0.02);
    }

    @Test
    void wheelZoomsInAroundTheCursorAndDoubleClickResets(FxRobot robot) {
        PlotScene before = chart.currentScene();
        double px = before.plotArea().x() + 200;
        double py = before.plotArea().y() + 150;
        double dataX = before.xScale().toData(px);
        robot.moveTo(chart.localToScreen(px, py));
        robot.scroll(3, VerticalDirection.UP);
        WaitForAsyncUtils.waitForFxEvents();
        PlotScene after = chart.currentScene();
        assertNotNull(chart.viewportProperty().get());
        double spanBefore = Math.log10(before.viewport().xMax() / before.viewport().xMin());
        double spanAfter = Math.log10(after.viewport().xMax() / after.viewport().xMin());
        assertTrue(spanAfter != spanBefore, "zoom changed the span");
        // The data under the cursor stays under it (the plot's left edge is kept while zooming).
        assertEquals(Math.log10(dataX), Math.log10(after.xScale().toData(px)), 1e-6);
        robot.doubleClickOn(chart.localToScreen(px, py), MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(chart.viewportProperty().get());
    }

    @Test
    void boxZoomWithTheRightButtonZoomsToTheBox(FxRobot robot) {
        PlotScene before = chart.currentScene();
        double x0 = before.plotArea().x() + 100;
        double y0 = before.plotArea().y() + 100;
        robot.drag(chart.localToScreen(x0, y0), MouseButton.SECONDARY).moveTo(chart.localToScreen(x0 + 200, y0 + 150))
                .release(MouseButton.SECONDARY);
        WaitForAsyncUtils.waitForFxEvents();
        Viewport v = chart.viewportProperty().get();
        assertNotNull(v);
        assertEquals(before.xScale().toData(x0), v.xMin(), v.xMin() * 0.02);
        assertEquals(before.xScale().toData(x0 + 200), v.xMax(), v.xMax() * 0.02);
    }

    @Test
    void keysZoomPanAndReset(FxRobot robot) {
        robot.clickOn(chart.localToScreen(5, 5), MouseButton.PRIMARY);
        PlotScene before = chart.currentScene();
        robot.type(KeyCode.ADD);
        WaitForAsyncUtils.waitForFxEvents();
        Viewport zoomed = chart.viewportProperty().get();
        assertNotNull(zoomed);
        assertEquals(1.25, Math.log10(before.viewport().xMax() / before.viewport().xMin())
                / Math.log10(zoomed.xMax() / zoomed.xMin()), 1e-6);
        robot.type(KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(chart.viewportProperty().get().xMin() > zoomed.xMin());
        robot.type(KeyCode.HOME);
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(chart.viewportProperty().get());
    }

    /** Saves what the canvas shows into target/plot-samples/fx-canvas.png, for a person to look at. */
    @Test
    void snapshotOfTheCanvasShowsTheChart(FxRobot robot) throws Exception {
        robot.interact(() -> chart.getSelectedIds().add("gopher-280b"));
        javafx.scene.image.WritableImage[] shot = new javafx.scene.image.WritableImage[1];
        robot.interact(() -> shot[0] = chart.snapshot(null, null));
        int w = (int) shot[0].getWidth();
        int h = (int) shot[0].getHeight();
        java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(w, h, java.awt.image.BufferedImage.TYPE_INT_ARGB);
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            shot[0].getPixelReader().getPixels(0, y, w, 1, javafx.scene.image.PixelFormat.getIntArgbInstance(), row, 0, w);
            img.setRGB(0, y, w, 1, row, 0, w);
        }
        java.nio.file.Path out = java.nio.file.Path.of("target", "plot-samples");
        java.nio.file.Files.createDirectories(out);
        javax.imageio.ImageIO.write(img, "png", out.resolve("fx-canvas.png").toFile());
        PointsMark pm = chart.currentScene().pointLayers().get(0);
        int centre = img.getRGB((int) pm.pixelX(0), (int) pm.pixelY(0));
        assertTrue((centre & 0xFFFFFF) != 0xFFFFFF, "a point is drawn where the scene says");
    }

    @Test
    void denseLayerIsDrawnThroughThePixelBufferAndHoverStillFindsPoints(FxRobot robot) {
        robot.interact(() -> chart.specProperty().set(SampleCharts.randomLogLog(50_000, 9)));
        PlotScene scene = chart.currentScene();
        javafx.scene.image.WritableImage[] shot = new javafx.scene.image.WritableImage[1];
        robot.interact(() -> shot[0] = chart.snapshot(null, null));
        int x = (int) scene.xScale().toPixel(1e9);
        int y = (int) scene.yScale().toPixel(1e10);
        int argb = shot[0].getPixelReader().getArgb(x, y);
        assertTrue((argb & 0xFFFFFF) != 0xFFFFFF, "the dense band is drawn");
        PointsMark pm = scene.pointLayers().get(0);
        robot.moveTo(chart.localToScreen(pm.pixelX(123), pm.pixelY(123)));
        WaitForAsyncUtils.waitForFxEvents();
        assertNotNull(chart.hoveredPointProperty().get());
    }

    @Test
    void denseChartOnScreenLooksLikeItsPngExportAfterAPan(FxRobot robot) {
        robot.interact(() -> chart.specProperty().set(SampleCharts.denseBetweenLayers(30_000, 3)));
        robot.interact(() -> chart.viewportProperty().set(ViewportMath.pan(chart.currentScene(), 40, -25)));
        javafx.scene.image.WritableImage[] shot = new javafx.scene.image.WritableImage[1];
        robot.interact(() -> shot[0] = chart.snapshot(null, null));
        java.awt.image.BufferedImage png = new dev.scalinglens.plot.render.PngRenderer().render(chart.currentScene(), 1);
        int w = Math.min((int) shot[0].getWidth(), png.getWidth());
        int h = Math.min((int) shot[0].getHeight(), png.getHeight());
        long differing = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int a = shot[0].getPixelReader().getArgb(x, y);
                int b = png.getRGB(x, y);
                int worst = 0;
                for (int shift = 0; shift < 24; shift += 8) {
                    worst = Math.max(worst, Math.abs(((a >>> shift) & 0xFF) - ((b >>> shift) & 0xFF)));
                }
                if (worst > 40) {
                    differing++;
                }
            }
        }
        // Text and vector markers are rasterised by JavaFX on screen and by Java2D in PNG, so their edges
        // differ; a misplaced, stale or missing backdrop would differ over whole rows and regions.
        double share = differing / (double) (w * h);
        assertTrue(share < 0.01, "share of clearly different pixels: " + share);
    }

    @Test
    void screenAndExportsDrawTheIdenticalScene(FxRobot robot) {
        RecordingSink fx = new RecordingSink();
        robot.interact(() -> {
            chart.setMarkObserver(fx);
            chart.redraw();
            chart.setMarkObserver(null);
        });
        java.util.List<java.util.List<String>> exports = RecordingSink.exportCalls(chart.currentScene());
        assertTrue(fx.calls.size() > 30);
        assertEquals(fx.calls, exports.get(0), "PNG");
        assertEquals(fx.calls, exports.get(1), "SVG");
        assertEquals(fx.calls, exports.get(2), "PDF");
    }
}

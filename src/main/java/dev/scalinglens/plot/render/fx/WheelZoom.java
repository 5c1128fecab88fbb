package dev.scalinglens.plot.render.fx;

import dev.scalinglens.plot.layout.ViewportMath;
import dev.scalinglens.plot.scene.PlotScene;
import javafx.scene.input.ScrollEvent;

/** The wheel zooms around the cursor (in log space on log axes). */
final class WheelZoom implements CanvasInteraction {

    /** Wheel zoom per scroll pixel: 1.0015^120 ≈ 1.2× per usual wheel notch (deltaY 40 in JavaFX is ≈1.06×). */
    private static final double WHEEL_ZOOM_BASE = 1.0015;

    @Override
    public void attach(ChartCanvas canvas) {
        canvas.addEventHandler(ScrollEvent.SCROLL, e -> {
            PlotScene scene = canvas.currentScene();
            if (scene == null || e.getDeltaY() == 0) {
                return;
            }
            canvas.viewportProperty().set(ViewportMath.zoom(scene, Math.pow(WHEEL_ZOOM_BASE, e.getDeltaY()),
                    e.getX(), e.getY()));
            e.consume();
        });
    }
}

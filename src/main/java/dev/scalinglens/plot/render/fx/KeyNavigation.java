package dev.scalinglens.plot.render.fx;

import dev.scalinglens.plot.layout.ViewportMath;
import dev.scalinglens.plot.scene.PlotScene;
import dev.scalinglens.plot.scene.Rect;
import javafx.beans.property.ObjectProperty;
import javafx.scene.input.KeyEvent;

/** Keys: + / − zoom around the centre, arrows pan, 0 or Home reset. */
final class KeyNavigation implements CanvasInteraction {

    private static final double KEY_ZOOM = 1.25;
    private static final double KEY_PAN_FRACTION = 0.1;

    @Override
    public void attach(ChartCanvas canvas) {
        canvas.addEventHandler(KeyEvent.KEY_PRESSED, e -> onKey(canvas, e));
    }

    private static void onKey(ChartCanvas canvas, KeyEvent e) {
        PlotScene scene = canvas.currentScene();
        if (scene == null) {
            return;
        }
        ObjectProperty<dev.scalinglens.plot.Viewport> viewport = canvas.viewportProperty();
        Rect p = scene.plotArea();
        double cx = p.x() + p.width() / 2;
        double cy = p.y() + p.height() / 2;
        switch (e.getCode()) {
            case PLUS, ADD, EQUALS -> viewport.set(ViewportMath.zoom(scene, KEY_ZOOM, cx, cy));
            case MINUS, SUBTRACT -> viewport.set(ViewportMath.zoom(scene, 1 / KEY_ZOOM, cx, cy));
            case LEFT -> viewport.set(ViewportMath.pan(scene, p.width() * KEY_PAN_FRACTION, 0));
            case RIGHT -> viewport.set(ViewportMath.pan(scene, -p.width() * KEY_PAN_FRACTION, 0));
            case UP -> viewport.set(ViewportMath.pan(scene, 0, p.height() * KEY_PAN_FRACTION));
            case DOWN -> viewport.set(ViewportMath.pan(scene, 0, -p.height() * KEY_PAN_FRACTION));
            case DIGIT0, NUMPAD0, HOME -> canvas.resetView();
            default -> {
                return;
            }
        }
        e.consume();
    }
}

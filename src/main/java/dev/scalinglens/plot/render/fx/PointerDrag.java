package dev.scalinglens.plot.render.fx;

import dev.scalinglens.plot.layout.ViewportMath;
import dev.scalinglens.plot.scene.PlotScene;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.shape.Rectangle;

/**
 * Press, drag and release: drag pans; shift+drag or right-drag draws a box to zoom into; double-click resets;
 * a press-release without movement is a click, which selects ({@link ClickSelection}) or, on the legend,
 * hides, shows or expands a series.
 */
final class PointerDrag implements CanvasInteraction {

    /** Below this many pixels of movement a press-release is a click, not a drag. */
    private static final double DRAG_THRESHOLD_PX = 3;

    private final Rectangle zoomBox;
    private final HoverTooltips hover;
    private ChartCanvas canvas;
    private PlotScene pressScene;
    private double pressX;
    private double pressY;
    private boolean dragging;
    private boolean boxZooming;

    PointerDrag(Rectangle zoomBox, HoverTooltips hover) {
        this.zoomBox = zoomBox;
        this.hover = hover;
    }

    @Override
    public void attach(ChartCanvas target) {
        this.canvas = target;
        target.addEventHandler(MouseEvent.MOUSE_PRESSED, this::onPressed);
        target.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::onDragged);
        target.addEventHandler(MouseEvent.MOUSE_RELEASED, this::onReleased);
    }

    private void onPressed(MouseEvent e) {
        canvas.requestFocus();
        if (e.getButton() == MouseButton.PRIMARY && canvas.legendEntryAt(e.getX(), e.getY()) != null) {
            pressScene = null; // a click on the legend neither pans, zooms nor resets the view
            e.consume();
            return;
        }
        pressScene = canvas.currentScene();
        pressX = e.getX();
        pressY = e.getY();
        dragging = false;
        boxZooming = e.getButton() == MouseButton.SECONDARY || e.isShiftDown();
        if (e.getClickCount() == 2 && e.getButton() == MouseButton.PRIMARY) {
            canvas.resetView();
            pressScene = null;
        }
    }

    private void onDragged(MouseEvent e) {
        if (pressScene == null) {
            return;
        }
        double dx = e.getX() - pressX;
        double dy = e.getY() - pressY;
        if (!dragging && Math.hypot(dx, dy) < DRAG_THRESHOLD_PX) {
            return;
        }
        dragging = true;
        hover.setHovered(null, 0, 0);
        if (boxZooming) {
            zoomBox.setVisible(true);
            zoomBox.relocate(Math.min(pressX, e.getX()), Math.min(pressY, e.getY()));
            zoomBox.setWidth(Math.abs(dx));
            zoomBox.setHeight(Math.abs(dy));
        } else {
            // Always from the scene at press time, so a long drag accumulates no rounding drift.
            canvas.viewportProperty().set(ViewportMath.pan(pressScene, dx, dy));
        }
    }

    private void onReleased(MouseEvent e) {
        if (pressScene == null) {
            PlotScene.LegendEntry entry = e.getButton() == MouseButton.PRIMARY && !dragging
                    ? canvas.legendEntryAt(e.getX(), e.getY()) : null;
            if (entry != null) {
                canvas.legendClicked(entry, e.isShiftDown());
                e.consume();
            }
            return;
        }
        if (dragging && boxZooming) {
            zoomBox.setVisible(false);
            if (Math.abs(e.getX() - pressX) > DRAG_THRESHOLD_PX && Math.abs(e.getY() - pressY) > DRAG_THRESHOLD_PX) {
                canvas.viewportProperty().set(ViewportMath.box(pressScene, pressX, pressY, e.getX(), e.getY()));
            }
        } else if (!dragging && e.getButton() == MouseButton.PRIMARY) {
            ClickSelection.select(canvas.getSelectedIds(), canvas.pick(e.getX(), e.getY()), e.isShiftDown());
        }
        pressScene = null;
        dragging = false;
    }
}

package dev.scalinglens.plot.render.fx;

/**
 * One gesture on a {@link ChartCanvas} (in the spirit of ChartFX's plugins): it registers its own event handlers
 * on the canvas, so a new gesture is one new class and one line in the canvas's list.
 */
interface CanvasInteraction {

    void attach(ChartCanvas canvas);
}

package dev.scalinglens.bench;

import dev.scalinglens.plot.Viewport;
import dev.scalinglens.plot.layout.ViewportMath;
import dev.scalinglens.plot.scene.PlotScene;

/** A chart under {@code bench render}: replays the frame sequence from its initial view and times frames. */
interface BenchChart {

    /** One frame's times; drawing = the part before JavaFX rasterises the node (snapshot). */
    record FrameTime(double totalMs, double drawingMs, double cpuMs) {
    }

    /** Back to the initial view: the sequence starts again. */
    void restart();

    /** Shows frame {@code f} of the sequence and returns its times. */
    FrameTime frame(int f);

    void close();

    /** The frame sequence: alternate pans and zooms about points spread over the plot. */
    static Viewport viewportAfter(PlotScene scene, int frame) {
        double cx = scene.plotArea().x() + scene.plotArea().width() * (0.3 + 0.4 * ((frame * 7) % 10) / 10.0);
        double cy = scene.plotArea().y() + scene.plotArea().height() * (0.3 + 0.4 * ((frame * 3) % 10) / 10.0);
        return switch (frame % 4) {
            case 0 -> ViewportMath.pan(scene, 25, -10);
            case 1 -> ViewportMath.zoom(scene, 1.15, cx, cy);
            case 2 -> ViewportMath.pan(scene, -20, 15);
            default -> ViewportMath.zoom(scene, 1 / 1.15, cx, cy);
        };
    }
}

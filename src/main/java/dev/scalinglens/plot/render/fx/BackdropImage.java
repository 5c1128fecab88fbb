package dev.scalinglens.plot.render.fx;

import dev.scalinglens.plot.render.PlotBackdrop;
import dev.scalinglens.plot.render.PointRaster;
import dev.scalinglens.plot.scene.Rect;
import java.nio.IntBuffer;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/** The screen's {@link PlotBackdrop}, shared with JavaFX through a {@link PixelBuffer} (no copy per frame). */
final class BackdropImage {

    private PlotBackdrop backdrop;
    private PixelBuffer<IntBuffer> pixels;
    private WritableImage image;

    /** Starts a frame over {@code area} at {@code scale} device pixels per logical pixel; draw into the result. */
    PlotBackdrop begin(Rect area, double scale) {
        if (backdrop == null) {
            backdrop = new PlotBackdrop();
        }
        if (backdrop.begin(area, scale) || pixels == null) {
            PointRaster.Buffer b = backdrop.buffer();
            pixels = new PixelBuffer<>(b.width(), b.height(), IntBuffer.wrap(b.argbPre()),
                    PixelFormat.getIntArgbPreInstance());
            image = new WritableImage(pixels);
        }
        return backdrop;
    }

    /** Where the image goes on the canvas, in logical pixels: whole device pixels covering the area begun. */
    Rect coverage() {
        PointRaster.Buffer b = backdrop.buffer();
        double s = b.scale();
        return new Rect(b.originX() / s, b.originY() / s, b.width() / s, b.height() / s);
    }

    /** Ends the frame and draws the finished plot area onto the canvas, pixel for pixel. */
    void drawOnto(GraphicsContext gc) {
        backdrop.finish();
        pixels.updateBuffer(b -> null);
        Rect at = coverage();
        gc.drawImage(image, at.x(), at.y(), at.width(), at.height());
    }

    /** Frees the pixels when the chart no longer has a dense layer. */
    void release() {
        backdrop = null;
        pixels = null;
        image = null;
    }
}

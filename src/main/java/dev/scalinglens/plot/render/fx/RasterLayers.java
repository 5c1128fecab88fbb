package dev.scalinglens.plot.render.fx;

import dev.scalinglens.plot.render.PointRaster;
import dev.scalinglens.plot.render.RasterHelper;
import dev.scalinglens.plot.scene.PointsMark;
import dev.scalinglens.plot.scene.Rect;
import java.nio.IntBuffer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/**
 * One reusable pixel buffer per dense point layer, shared with JavaFX through {@link PixelBuffer} (no copy):
 * each frame clears what it drew last time, lets {@link PointRaster} composite the sprites into it (on two
 * threads), and draws the parts that hold points onto the canvas.
 */
final class RasterLayers {

    private static final class Layer {
        final PointRaster.Buffer buffer;
        final PixelBuffer<IntBuffer> pixels;
        final WritableImage image;
        /** What was drawn last frame: all that needs clearing before the next. */
        int[] drawnBands = new int[0];

        Layer(int w, int h, int ox, int oy, double scale) {
            this.buffer = PointRaster.Buffer.allocate(w, h, ox, oy, scale);
            this.pixels = new PixelBuffer<>(w, h, IntBuffer.wrap(buffer.argbPre()), PixelFormat.getIntArgbPreInstance());
            this.image = new WritableImage(pixels);
        }
    }

    private final Map<String, Layer> layers = new HashMap<>();
    private final Set<String> drawnThisFrame = new HashSet<>();

    /** Rows per band when compositing only the drawn part of a layer. */
    private static final int BAND_ROWS = 32;

    /**
     * Draws a layer into its buffer at {@code scale} device pixels per logical pixel (the window's render
     * scale, so dense layers stay sharp on HiDPI screens), then composites onto {@code gc} only the drawn
     * part of each band of rows: the buffer covers {@code area}, but a cloud of points rarely fills it, and in
     * software rendering compositing costs per pixel covered.
     */
    void draw(GraphicsContext gc, PointsMark m, Rect area, double scale) {
        int ox = (int) Math.floor(area.x() * scale);
        int oy = (int) Math.floor(area.y() * scale);
        int w = Math.max(1, (int) Math.ceil(area.maxX() * scale) - ox);
        int h = Math.max(1, (int) Math.ceil(area.maxY() * scale) - oy);
        Layer layer = layers.get(m.layerId());
        if (layer == null || layer.buffer.width() != w || layer.buffer.height() != h
                || layer.buffer.originX() != ox || layer.buffer.originY() != oy || layer.buffer.scale() != scale) {
            layer = new Layer(w, h, ox, oy, scale);
            layers.put(m.layerId(), layer);
        }
        drawnThisFrame.add(m.layerId());
        layer.buffer.clear(layer.drawnBands);
        PointRaster.draw(m, layer.buffer, RasterHelper.get());
        int[] bands = layer.buffer.drawnBands(BAND_ROWS);
        layer.drawnBands = bands;
        if (bands.length == 0) {
            return;
        }
        layer.pixels.updateBuffer(b -> null);
        for (int i = 0; i < bands.length; i += 4) {
            int x = bands[i];
            int y = bands[i + 1];
            int bw = bands[i + 2];
            int bh = bands[i + 3];
            gc.drawImage(layer.image, x, y, bw, bh, (ox + x) / scale, (oy + y) / scale, bw / scale, bh / scale);
        }
    }

    /** Frees buffers of layers that are gone from the chart. */
    void retainDrawn() {
        layers.keySet().retainAll(drawnThisFrame);
        drawnThisFrame.clear();
    }
}

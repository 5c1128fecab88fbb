package dev.scalinglens.plot.render;

import dev.scalinglens.plot.scene.AreaMark;
import dev.scalinglens.plot.scene.Mark;
import dev.scalinglens.plot.scene.PlotScene;
import dev.scalinglens.plot.scene.PointsMark;
import dev.scalinglens.plot.scene.PolylineMark;
import dev.scalinglens.plot.scene.Rect;
import dev.scalinglens.plot.scene.RectMark;
import dev.scalinglens.plot.scene.SceneGroup;
import dev.scalinglens.plot.scene.SegmentsMark;
import dev.scalinglens.plot.scene.TextMark;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.List;

/**
 * The plot area of a screen frame that holds a dense point layer, as one reusable pixel buffer at device
 * resolution: the marks under the layer (background, grid, earlier layers) are drawn into it with Java2D, from
 * their geometry, and the dense layers as sprites ({@link PointRaster}). The screen then shows the area as a
 * single image, opaque wherever the background is: in software rendering JavaFX composites an opaque image
 * at a fraction of the cost of a translucent one, and the sprites blend here, in code that is cheaper per pixel.
 *
 * <p>One frame: {@link #begin}, then marks through the {@link MarkSink} methods, then {@link #finish}.
 */
public final class PlotBackdrop implements MarkSink {

    private PointRaster.Buffer buffer;
    private BufferedImage view;
    private Graphics2D g;
    private Java2dSink vectors;
    private Rect area;
    private Rect groupClip;
    /** The buffer still holds the last frame: cleared by the first mark, or filled by it if it covers all. */
    private boolean stale;

    /**
     * The index of the last group with a clip that holds a dense point layer, or -1: a screen draws the
     * groups up to it into the backdrop.
     */
    public static int lastDenseGroup(List<SceneGroup> groups) {
        for (int i = groups.size() - 1; i >= 0; i--) {
            SceneGroup g = groups.get(i);
            if (g.clip() != null) {
                for (Mark m : g.marks()) {
                    if (m instanceof PointsMark p && PointRaster.useRaster(p)) {
                        return i;
                    }
                }
            }
        }
        return -1;
    }

    /**
     * Starts a frame over {@code area} (logical pixels) at {@code scale} device pixels per logical pixel,
     * reusing the buffer when its size and origin are unchanged.
     *
     * @return true when the buffer is a new one (a screen must then wrap the new pixels)
     */
    public boolean begin(Rect area, double scale) {
        int ox = (int) Math.floor(area.x() * scale);
        int oy = (int) Math.floor(area.y() * scale);
        int w = Math.max(1, (int) Math.ceil(area.maxX() * scale) - ox);
        int h = Math.max(1, (int) Math.ceil(area.maxY() * scale) - oy);
        boolean fresh = buffer == null || buffer.width() != w || buffer.height() != h || buffer.originX() != ox
                || buffer.originY() != oy || buffer.scale() != scale;
        if (fresh) {
            buffer = PointRaster.Buffer.allocate(w, h, ox, oy, scale);
            view = Java2dSink.premultipliedImage(buffer);
        }
        this.area = area;
        stale = !fresh;
        g = view.createGraphics();
        Java2dHints.apply(g);
        g.translate(-ox, -oy);
        g.scale(scale, scale);
        vectors = new Java2dSink(g, scale);
        return fresh;
    }

    /** The pixels of the frame being drawn (premultiplied ARGB), valid until the next {@link #begin}. */
    public PointRaster.Buffer buffer() {
        return buffer;
    }

    private void clearIfStale() {
        if (stale) {
            Arrays.fill(buffer.argbPre(), 0);
            stale = false;
        }
    }

    /** Ends the frame: the buffer then holds the finished plot area. */
    public void finish() {
        clearIfStale();
        if (g != null) {
            g.dispose();
            g = null;
            vectors = null;
        }
    }

    @Override
    public void beginScene(PlotScene scene) {
        // The frame is set up by begin().
    }

    @Override
    public void beginGroup(SceneGroup group) {
        groupClip = group.clip();
        vectors.beginGroup(group);
    }

    @Override
    public void rect(RectMark mark) {
        if (stale && coversAll(mark)) {
            // The opaque background: one plain fill, no clearing and no anti-aliased edges to compute.
            Arrays.fill(buffer.argbPre(), mark.fill().argb());
            stale = false;
            return;
        }
        clearIfStale();
        vectors.rect(mark);
    }

    private boolean coversAll(RectMark mark) {
        return mark.stroke() == null && mark.fill() != null && mark.fill().alpha() == 255
                && mark.rect().contains(area) && (groupClip == null || groupClip.contains(area));
    }

    @Override
    public void segments(SegmentsMark mark) {
        clearIfStale();
        vectors.segments(mark);
    }

    @Override
    public void polyline(PolylineMark mark) {
        clearIfStale();
        vectors.polyline(mark);
    }

    @Override
    public void area(AreaMark mark) {
        clearIfStale();
        vectors.area(mark);
    }

    @Override
    public void text(TextMark mark) {
        clearIfStale();
        vectors.text(mark);
    }

    @Override
    public void points(PointsMark mark) {
        clearIfStale();
        if (PointRaster.useRaster(mark)) {
            PointRaster.draw(mark, buffer, RasterHelper.get());
        } else {
            vectors.points(mark);
        }
    }

    @Override
    public void endGroup(SceneGroup group) {
        vectors.endGroup(group);
    }

    @Override
    public void endScene() {
        finish();
    }
}

package dev.scalinglens.plot.render;

import dev.scalinglens.plot.PlotColor;
import dev.scalinglens.plot.scene.PointsMark;
import java.util.concurrent.Executor;

/**
 * The raster fast path for dense point layers, shared by the screen and PNG renderers: marker sprites
 * composited ("source over", premultiplied) into an {@code int[]} ARGB buffer. When points far outnumber
 * pixels they are first binned into 2×2-pixel cells and each cell is drawn once with the opacity that
 * its count of overlapping markers would have built up.
 */
public final class PointRaster {

    /** Layers with at least this many points take the raster path on screen and in PNG. */
    public static final int RASTER_MIN_POINTS = 2_000;
    /** Outline width of point markers, the same in every renderer. */
    public static final double STROKE_WIDTH_PX = 0.8;

    private PointRaster() {
    }

    /** A buffer of premultiplied ARGB pixels whose top-left pixel is at device (originX, originY). */
    public record Buffer(int[] argbPre, int width, int height, int originX, int originY, double scale) {

        public static Buffer allocate(int width, int height, int originX, int originY, double scale) {
            return new Buffer(new int[Math.max(1, width * height)], width, height, originX, originY, scale);
        }
    }

    public static boolean useRaster(PointsMark m) {
        return m.size() >= RASTER_MIN_POINTS;
    }

    public static void draw(PointsMark m, Buffer buf) {
        draw(m, buf, null);
    }

    /**
     * Draws the layer. With a {@code helper}, the buffer's bands of rows are shared out between the caller and
     * the helper as each finishes one, so a helper that starts late (a busy machine) costs no waiting: the
     * caller takes its bands. Every pixel still receives its sprites in the same order, so the result is
     * identical to drawing on one thread.
     */
    public static void draw(PointsMark m, Buffer buf, Executor helper) {
        RasterPlan plan = new RasterPlan(m, buf);
        if (helper == null || plan.bandCount() < 2) {
            plan.drawAll();
            return;
        }
        SharedBands.draw(plan.bandCount(), plan::drawBand, helper);
    }

    /** The colour of {@code count} identical translucent markers on top of each other: 1 − (1 − α)^count. */
    static PlotColor stacked(PlotColor fill, int count) {
        return fill.withOpacity(1 - Math.pow(1 - fill.opacity(), count));
    }

    /** Composites a sprite with its centre at buffer pixel (x, y), clipped to the buffer. */
    static void blit(MarkerSprite sprite, int x, int y, Buffer buf) {
        blit(sprite, x, y, buf, 0, buf.height());
    }

    /** As {@link #blit(MarkerSprite, int, int, Buffer)}, touching only buffer rows [rowFrom, rowTo). */
    static void blit(MarkerSprite sprite, int x, int y, Buffer buf, int rowFrom, int rowTo) {
        int x0 = x - sprite.centerX();
        int y0 = y - sprite.centerY();
        int sy0 = Math.max(rowFrom - y0, 0);
        int sy1 = Math.min(sprite.height(), rowTo - y0);
        int[] src = sprite.argbPre();
        int[] inv = sprite.inverseAlpha();
        int[] dst = buf.argbPre();
        int[] rowStart = sprite.rowStart();
        int[] rowEnd = sprite.rowEnd();
        int bw = buf.width();
        int sw = sprite.width();
        int clipX0 = -x0;
        int clipX1 = bw - x0;
        for (int sy = sy0; sy < sy1; sy++) {
            int sx0 = Math.max(rowStart[sy], clipX0);
            int sx1 = Math.min(rowEnd[sy], clipX1);
            int si = sy * sw + sx0;
            int di = (y0 + sy) * bw + x0 + sx0;
            // No branch on the alpha: a sprite row alternates edge, outline and fill pixels, and mispredicted
            // branches cost more than blending an opaque (inverse alpha 0) or empty (255) pixel exactly.
            for (int sx = sx0; sx < sx1; sx++, si++, di++) {
                dst[di] = src[si] + scaled(dst[di], inv[si]);
            }
        }
    }

    /**
     * Premultiplied "source over": out = src + dst·(1 − αsrc), per channel (cannot exceed 255 when
     * premultiplied). Two channels share one multiply: each product is under 2¹⁶, so red/blue and alpha/green
     * pairs fit an int side by side; the rounding is x·y/255 exactly, as {@code (t + (t >> 8)) >> 8} with
     * t = x·y + 128.
     */
    static int over(int s, int d, int inv) {
        return s + scaled(d, inv);
    }

    /** d·(inv/255) per channel, rounded exactly; d itself when inv is 255, zero when inv or d is zero. */
    private static int scaled(int d, int inv) {
        int rb = (d & 0x00FF00FF) * inv + 0x00800080;
        rb = ((rb + ((rb >>> 8) & 0x00FF00FF)) >>> 8) & 0x00FF00FF;
        int ag = ((d >>> 8) & 0x00FF00FF) * inv + 0x00800080;
        ag = (ag + ((ag >>> 8) & 0x00FF00FF)) & 0xFF00FF00;
        return rb | ag;
    }
}

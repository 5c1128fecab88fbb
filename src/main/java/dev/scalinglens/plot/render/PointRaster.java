package dev.scalinglens.plot.render;

import dev.scalinglens.plot.PlotColor;
import dev.scalinglens.plot.scene.PointsMark;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
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
    /** Bin when there are more points than this fraction of the buffer's pixels. */
    private static final double BIN_POINTS_PER_PIXEL = 0.125;
    private static final int BIN_CELL_PX = 2;
    /** Opacity levels for binned cells: 1..MAX_LEVEL overlapping markers (more saturate anyway). */
    private static final int MAX_LEVEL = 8;
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
     * Draws the layer; with a {@code helper}, the lower half of the buffer is drawn on it while the caller
     * draws the upper half. Every pixel still receives its sprites in the same order, so the result is
     * identical to drawing on one thread.
     */
    public static void draw(PointsMark m, Buffer buf, Executor helper) {
        Plan plan = new Plan(m, buf);
        int mid = buf.height() / 2;
        if (helper == null || mid == 0) {
            plan.drawRows(0, buf.height());
            return;
        }
        CompletableFuture<Void> lower = CompletableFuture.runAsync(() -> plan.drawRows(mid, buf.height()), helper);
        plan.drawRows(0, mid);
        lower.join();
    }

    /** What one frame of a layer draws: the sprites, the data-to-buffer transform, and the bins if any. */
    private static final class Plan {
        private final Buffer buf;
        private final int n;
        private final double ax;
        private final double bx;
        private final double ay;
        private final double by;
        private final double[] tx;
        private final double[] ty;
        private final boolean[] hollow;
        private final MarkerSprite filled;
        private final MarkerSprite open;
        private final int[] counts;
        private final MarkerSprite[] levels = new MarkerSprite[MAX_LEVEL + 1];
        private int margin;
        private int gridW;
        private int gridH;

        Plan(PointsMark m, Buffer buf) {
            this.buf = buf;
            double s = buf.scale();
            double size = m.sizePx() * s;
            double stroke = STROKE_WIDTH_PX * s;
            n = m.size();
            ax = m.transform().scaleX() * s;
            bx = m.transform().offsetX() * s - buf.originX();
            ay = m.transform().scaleY() * s;
            by = m.transform().offsetY() * s - buf.originY();
            tx = m.tx();
            ty = m.ty();
            hollow = m.source().hollow();
            filled = MarkerSprite.of(m.shape(), size, m.fill(), m.stroke(), false, stroke);
            open = hollow == null ? null : MarkerSprite.of(m.shape(), size, null, m.stroke(), true, stroke);
            counts = n > buf.width() * (double) buf.height() * BIN_POINTS_PER_PIXEL ? bin() : null;
            if (counts != null) {
                for (int level = 1; level <= MAX_LEVEL; level++) {
                    levels[level] = MarkerSprite.of(m.shape(), size, m.fill() == null ? null : stacked(m.fill(), level),
                            m.stroke(), false, stroke);
                }
            }
        }

        /** Counts filled points per 2×2-pixel cell, with a margin so markers reaching in from outside still draw. */
        private int[] bin() {
            int cols = (buf.width() + BIN_CELL_PX - 1) / BIN_CELL_PX;
            int rows = (buf.height() + BIN_CELL_PX - 1) / BIN_CELL_PX;
            margin = (filled.width() / BIN_CELL_PX) + 1;
            gridW = cols + 2 * margin;
            gridH = rows + 2 * margin;
            int[] grid = new int[gridW * gridH];
            for (int i = 0; i < n; i++) {
                double px = tx[i] * ax + bx;
                double py = ty[i] * ay + by;
                if (!(px == px && py == py) || (hollow != null && hollow[i])) {
                    continue;
                }
                int c = (int) Math.floor(px / BIN_CELL_PX) + margin;
                int r = (int) Math.floor(py / BIN_CELL_PX) + margin;
                if (c >= 0 && r >= 0 && c < gridW && r < gridH) {
                    grid[r * gridW + c]++;
                }
            }
            return grid;
        }

        /** Draws everything that falls on buffer rows [y0, y1). */
        void drawRows(int y0, int y1) {
            if (counts == null) {
                for (int i = 0; i < n; i++) {
                    double px = tx[i] * ax + bx;
                    double py = ty[i] * ay + by;
                    if (px == px && py == py) { // skips NaN (non-positive values on a log axis)
                        blit(hollow != null && hollow[i] ? open : filled, (int) Math.floor(px), (int) Math.floor(py),
                                buf, y0, y1);
                    }
                }
                return;
            }
            if (hollow != null) { // hollow points are not binned: drawn first, as single markers
                for (int i = 0; i < n; i++) {
                    double px = tx[i] * ax + bx;
                    double py = ty[i] * ay + by;
                    if (hollow[i] && px == px && py == py) {
                        blit(open, (int) Math.floor(px), (int) Math.floor(py), buf, y0, y1);
                    }
                }
            }
            int reach = levels[1].height();
            int r0 = Math.max(0, Math.floorDiv(y0 - reach, BIN_CELL_PX) + margin);
            int r1 = Math.min(gridH, Math.floorDiv(y1 + reach, BIN_CELL_PX) + margin + 1);
            for (int r = r0; r < r1; r++) {
                int row = r * gridW;
                int cy = (r - margin) * BIN_CELL_PX + BIN_CELL_PX / 2;
                for (int c = 0; c < gridW; c++) {
                    int count = counts[row + c];
                    if (count != 0) {
                        blit(levels[Math.min(count, MAX_LEVEL)], (c - margin) * BIN_CELL_PX + BIN_CELL_PX / 2, cy, buf,
                                y0, y1);
                    }
                }
            }
        }
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

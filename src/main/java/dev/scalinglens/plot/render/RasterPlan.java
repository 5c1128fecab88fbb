package dev.scalinglens.plot.render;

import dev.scalinglens.plot.scene.PointsMark;

/**
 * What one frame of a dense layer draws into a {@link PointRaster.Buffer}: the sprites, each point's pixel,
 * and the bins when points outnumber pixels; split into bands of rows that can be drawn in any order and on
 * any thread, because a band only touches its own rows and gets its points in the layer's order.
 *
 * <p>When points are binned (more than 1/8 of the buffer's pixels), they are counted into 2×2-pixel cells and
 * each cell is drawn once with the opacity its count of overlapping markers builds up; hollow points are
 * not binned but drawn first, as single markers.
 */
final class RasterPlan {

    /** Bin when there are more points than this fraction of the buffer's pixels. */
    private static final double BIN_POINTS_PER_PIXEL = 0.125;
    private static final int BIN_CELL_PX = 2;
    /** Opacity levels for binned cells: 1..MAX_LEVEL overlapping markers (more saturate anyway). */
    private static final int MAX_LEVEL = 8;
    /** Bands per buffer: enough for two threads to share the work evenly, few enough to keep each cheap. */
    private static final int BANDS = 16;
    private static final int MIN_BAND_ROWS = 8;
    /** Points further than this from the buffer are skipped before their pixel is cast to an int. */
    private static final double FAR_PX = 1e8;

    private final PointRaster.Buffer buf;
    private final int n;
    private final boolean[] hollow;
    private final MarkerSprite filled;
    private final MarkerSprite open;
    private final MarkerSprite[] levels = new MarkerSprite[MAX_LEVEL + 1];
    private final int bandRows;
    private final int bandCount;
    /** Each point's sprite centre in buffer pixels (points drawn one by one only). */
    private final int[] px;
    private final int[] py;
    /** The points each band draws one by one, in layer order: band b holds bandPoints[bandStart[b] ..]. */
    private int[] bandStart;
    private int[] bandPoints;
    private int[] cellCounts;
    private int margin;
    private int gridW;
    private int gridH;

    RasterPlan(PointsMark m, PointRaster.Buffer buf) {
        this.buf = buf;
        double s = buf.scale();
        double size = m.sizePx() * s;
        double stroke = PointRaster.STROKE_WIDTH_PX * s;
        n = m.size();
        hollow = m.source().hollow();
        filled = MarkerSprite.of(m.shape(), size, m.fill(), m.stroke(), false, stroke);
        open = hollow == null ? null : MarkerSprite.of(m.shape(), size, null, m.stroke(), true, stroke);
        bandRows = Math.max(MIN_BAND_ROWS, (buf.height() + BANDS - 1) / BANDS);
        bandCount = (buf.height() + bandRows - 1) / bandRows;
        boolean binned = n > buf.width() * (double) buf.height() * BIN_POINTS_PER_PIXEL;
        // A binned layer without hollow points draws no point on its own: no per-point positions to keep.
        int singles = binned && hollow == null ? 0 : n;
        px = new int[singles];
        py = new int[singles];
        locate(m, binned);
        if (binned) {
            for (int level = 1; level <= MAX_LEVEL; level++) {
                levels[level] = MarkerSprite.of(m.shape(), size,
                        m.fill() == null ? null : PointRaster.stacked(m.fill(), level), m.stroke(), false, stroke);
            }
        }
    }

    int bandCount() {
        return bandCount;
    }

    void drawAll() {
        for (int b = 0; b < bandCount; b++) {
            drawBand(b);
        }
    }

    /** Pixel positions, then the bins (binned layers) and the bands' point lists (points drawn one by one). */
    private void locate(PointsMark m, boolean binned) {
        double s = buf.scale();
        double ax = m.transform().scaleX() * s;
        double bx = m.transform().offsetX() * s - buf.originX();
        double ay = m.transform().scaleY() * s;
        double by = m.transform().offsetY() * s - buf.originY();
        double[] tx = m.tx();
        double[] ty = m.ty();
        if (binned) {
            cellCounts = newGrid();
        }
        int[] perBand = new int[bandCount + 1];
        for (int i = 0; i < n; i++) {
            double x = tx[i] * ax + bx;
            double y = ty[i] * ay + by;
            boolean drawn = Math.abs(x) < FAR_PX && Math.abs(y) < FAR_PX; // not NaN (≤ 0 on a log axis) or far off
            if (drawn && binned && (hollow == null || !hollow[i])) {
                bin(x, y);
                drawn = false;
            }
            if (!drawn) {
                if (i < py.length) {
                    py[i] = Integer.MIN_VALUE;
                }
                continue;
            }
            px[i] = (int) Math.floor(x);
            py[i] = (int) Math.floor(y);
            int left = px[i] - filled.centerX();
            if (left + filled.width() <= 0 || left >= buf.width()) { // wholly left or right of the buffer
                py[i] = Integer.MIN_VALUE;
                continue;
            }
            for (int b = firstBand(py[i]), last = lastBand(py[i]); b <= last; b++) {
                perBand[b + 1]++;
            }
        }
        for (int b = 0; b < bandCount; b++) {
            perBand[b + 1] += perBand[b];
        }
        bandStart = perBand.clone();
        bandPoints = new int[perBand[bandCount]];
        for (int i = 0; i < py.length; i++) {
            if (py[i] != Integer.MIN_VALUE) {
                for (int b = firstBand(py[i]), last = lastBand(py[i]); b <= last; b++) {
                    bandPoints[perBand[b]++] = i;
                }
            }
        }
    }

    /** The first band a sprite centred on row y touches (past the last band when it is below the buffer). */
    private int firstBand(int y) {
        int top = y - filled.centerY();
        return top < 0 ? 0 : top / bandRows;
    }

    /** The last band a sprite centred on row y touches (negative when it is above the buffer). */
    private int lastBand(int y) {
        int bottom = y - filled.centerY() + filled.height() - 1;
        return bottom < 0 ? -1 : Math.min(bandCount - 1, bottom / bandRows);
    }

    /** A cell grid with a margin, so markers reaching in from outside the buffer still draw. */
    private int[] newGrid() {
        margin = (filled.width() / BIN_CELL_PX) + 1;
        gridW = (buf.width() + BIN_CELL_PX - 1) / BIN_CELL_PX + 2 * margin;
        gridH = (buf.height() + BIN_CELL_PX - 1) / BIN_CELL_PX + 2 * margin;
        return new int[gridW * gridH];
    }

    private void bin(double x, double y) {
        int c = (int) Math.floor(x / BIN_CELL_PX) + margin;
        int r = (int) Math.floor(y / BIN_CELL_PX) + margin;
        if (c >= 0 && r >= 0 && c < gridW && r < gridH) {
            cellCounts[r * gridW + c]++;
        }
    }

    /** Draws everything that falls on band {@code b}'s rows: its single points in order, then its cells. */
    void drawBand(int b) {
        int y0 = b * bandRows;
        int y1 = Math.min(buf.height(), y0 + bandRows);
        for (int k = bandStart[b]; k < bandStart[b + 1]; k++) {
            int i = bandPoints[k];
            PointRaster.blit(hollow != null && hollow[i] ? open : filled, px[i], py[i], buf, y0, y1);
        }
        if (cellCounts != null) {
            drawCells(y0, y1);
        }
    }

    private void drawCells(int y0, int y1) {
        int reach = levels[1].height();
        int r0 = Math.max(0, Math.floorDiv(y0 - reach, BIN_CELL_PX) + margin);
        int r1 = Math.min(gridH, Math.floorDiv(y1 + reach, BIN_CELL_PX) + margin + 1);
        for (int r = r0; r < r1; r++) {
            int row = r * gridW;
            int cy = (r - margin) * BIN_CELL_PX + BIN_CELL_PX / 2;
            for (int c = 0; c < gridW; c++) {
                int count = cellCounts[row + c];
                if (count != 0) {
                    PointRaster.blit(levels[Math.min(count, MAX_LEVEL)], (c - margin) * BIN_CELL_PX + BIN_CELL_PX / 2,
                            cy, buf, y0, y1);
                }
            }
        }
    }
}

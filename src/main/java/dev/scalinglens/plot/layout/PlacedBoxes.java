package dev.scalinglens.plot.layout;

import dev.scalinglens.plot.scene.Rect;
import java.util.ArrayList;
import java.util.List;

/**
 * Boxes taken so far (placed labels, obstacles), filed by 64 px cell so that a candidate box is checked only
 * against the boxes near it: with 100,000 candidates a scan of every placed box was most of the layout.
 *
 * <p>The cells are a fixed array over the plot. A box or query beyond it is filed in the border cells: that
 * folding keeps every overlap of cell ranges, so the answer stays exact, only less selective out there.
 */
final class PlacedBoxes {

    private static final double CELL_PX = 64;
    /** Bounds the array for an odd (huge) plot; a 4K plot at 64 px cells needs 60 × 34. */
    private static final int MAX_CELLS_PER_SIDE = 512;
    /** A box covering more cells than this is checked against every query instead of filed in each cell. */
    private static final int MAX_CELLS_PER_BOX = 1024;

    private final double firstCol;
    private final double firstRow;
    private final int cols;
    private final int rows;
    private final List<List<Rect>> cells;
    /** Boxes too large or not finite for the cells. */
    private final List<Rect> unfiled = new ArrayList<>();

    PlacedBoxes(Rect area) {
        firstCol = cell(area.x());
        firstRow = cell(area.y());
        cols = span(firstCol, cell(area.maxX()));
        rows = span(firstRow, cell(area.maxY()));
        cells = new ArrayList<>(cols * rows);
        for (int i = 0; i < cols * rows; i++) {
            cells.add(null);
        }
    }

    void add(Rect box) {
        if (!Double.isFinite(box.x()) || !Double.isFinite(box.y())) {
            unfiled.add(box);
            return;
        }
        int c0 = col(box.x());
        int c1 = col(box.x() + box.width());
        int r0 = row(box.y());
        int r1 = row(box.y() + box.height());
        if ((double) (c1 - c0 + 1) * (r1 - r0 + 1) > MAX_CELLS_PER_BOX) {
            unfiled.add(box);
            return;
        }
        for (int c = c0; c <= c1; c++) {
            for (int r = r0; r <= r1; r++) {
                int i = r * cols + c;
                List<Rect> here = cells.get(i);
                if (here == null) {
                    here = new ArrayList<>(2);
                    cells.set(i, here);
                }
                here.add(box);
            }
        }
    }

    /** Whether any box taken intersects the box at (x, y) of size w × h, as {@link Rect#intersects} says. */
    boolean anyIntersects(double x, double y, double w, double h) {
        double maxX = x + w;
        double maxY = y + h;
        for (int i = 0; i < unfiled.size(); i++) {
            if (intersects(unfiled.get(i), x, y, maxX, maxY)) {
                return true;
            }
        }
        int c1 = col(maxX);
        int r0 = row(y);
        int r1 = row(maxY);
        for (int c = col(x); c <= c1; c++) {
            for (int r = r0; r <= r1; r++) {
                List<Rect> here = cells.get(r * cols + c);
                if (here == null) {
                    continue;
                }
                for (int k = 0; k < here.size(); k++) {
                    if (intersects(here.get(k), x, y, maxX, maxY)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** {@code other.intersects(new Rect(x, y, maxX - x, maxY - y))} with the same arithmetic, without the box. */
    private static boolean intersects(Rect other, double x, double y, double maxX, double maxY) {
        return other.x() < maxX && x < other.maxX() && other.y() < maxY && y < other.maxY();
    }

    /** Cell numbers stay doubles until clamped: floor and clamp keep their order even for huge coordinates. */
    private static double cell(double px) {
        return Math.floor(px / CELL_PX);
    }

    private static int span(double first, double last) {
        double n = last - first + 1;
        return n >= 1 ? (int) Math.min(MAX_CELLS_PER_SIDE, n) : 1;
    }

    private int col(double px) {
        return clamp(cell(px) - firstCol, cols);
    }

    private int row(double py) {
        return clamp(cell(py) - firstRow, rows);
    }

    private static int clamp(double index, int count) {
        return index >= count - 1 ? count - 1 : index > 0 ? (int) index : 0;
    }
}

package dev.scalinglens.plot.layout;

import dev.scalinglens.plot.PointRef;
import dev.scalinglens.plot.scene.PlacedLabel;
import dev.scalinglens.plot.scene.Rect;
import dev.scalinglens.plot.text.TextMeasurer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Greedy label placement in priority order (pinned, selected, labelPriority, then the rest): eight
 * positions around the point, then the same directions further out joined by a leader line. A label never
 * overlaps another label, the legend, a marker (approximately) or the plot edge; one that does not fit is
 * hidden.
 */
public final class LabelPlacer {

    /** Directions tried, nearest-reading first: right, left, above, below, then the diagonals. */
    private static final double[][] DIRECTIONS = {
            {1, 0}, {-1, 0}, {0, -1}, {0, 1}, {1, -1}, {-1, -1}, {1, 1}, {-1, 1}};
    /** Gaps from the marker edge: 2 px for adjacent labels, 14 and 28 px for labels with a leader. */
    private static final double[] DISTANCES_PX = {2, 14, 28};
    private static final double LABEL_GAP_PX = 1.5;

    /**
     * A point that wants a label. Ordered by tier (2 pinned, 1 selected, 0 other), then labelPriority (higher
     * first), then order (the layer and index, so ties are stable).
     */
    public record Candidate(PointRef point, String text, double px, double py, double radiusPx, int tier,
                            int priority, int order) {
    }

    static final Comparator<Candidate> PRIORITY_ORDER = Comparator.comparingInt(Candidate::tier).reversed()
            .thenComparing(Comparator.comparingInt(Candidate::priority).reversed())
            .thenComparingInt(Candidate::order);

    private final Rect plot;
    private final Rect legend;
    private final MarkerOccupancy markers;
    private final double fontPx;
    /** Boxes taken so far, by 64 px cell: with 100,000 candidates a scan of every placed box was most of the layout. */
    private final java.util.Map<Long, List<Rect>> placedByCell = new java.util.HashMap<>();
    private static final double CELL_PX = 64;
    /** Boxes too large or odd (not finite) for the cells, checked against every candidate as before. */
    private final List<Rect> largeBoxes = new ArrayList<>();

    /** @param obstacles boxes already taken (annotations, curve labels) that labels must avoid */
    LabelPlacer(Rect plot, Rect legend, MarkerOccupancy markers, double fontPx, List<Rect> obstacles) {
        this.plot = plot;
        this.legend = legend;
        this.markers = markers;
        this.fontPx = fontPx;
        obstacles.forEach(this::take);
    }

    List<PlacedLabel> place(List<Candidate> candidates) {
        List<Candidate> ordered = new ArrayList<>(candidates);
        ordered.sort(PRIORITY_ORDER);
        double height = TextMeasurer.ascent(fontPx, false) + TextMeasurer.descent(fontPx, false);
        List<PlacedLabel> placed = new ArrayList<>();
        for (Candidate c : ordered) {
            double width = TextMeasurer.width(c.text(), fontPx, false);
            PlacedLabel label = placeOne(c, width, height);
            if (label != null) {
                placed.add(label);
                take(label.box());
            }
        }
        return placed;
    }

    private PlacedLabel placeOne(Candidate c, double w, double h) {
        for (int d = 0; d < DISTANCES_PX.length; d++) {
            for (double[] dir : DIRECTIONS) {
                double gap = c.radiusPx() + DISTANCES_PX[d];
                // The box edge nearest the point sits `gap` away from its centre along the direction.
                double x = c.px() + dir[0] * gap - (dir[0] < 0 ? w : dir[0] == 0 ? w / 2 : 0);
                double y = c.py() + dir[1] * gap - (dir[1] < 0 ? h : dir[1] == 0 ? h / 2 : 0);
                Rect box = new Rect(x, y, w, h);
                if (fits(box)) {
                    return new PlacedLabel(c.point(), c.text(), box, d > 0);
                }
            }
        }
        return null;
    }

    private boolean fits(Rect box) {
        if (!plot.inset(1).contains(box)) {
            return false;
        }
        if (legend != null && legend.intersects(box)) {
            return false;
        }
        Rect padded = box.inset(-LABEL_GAP_PX);
        for (Rect other : largeBoxes) {
            if (other.intersects(padded)) {
                return false;
            }
        }
        for (long col = cell(padded.x()); col <= cell(padded.x() + padded.width()); col++) {
            for (long row = cell(padded.y()); row <= cell(padded.y() + padded.height()); row++) {
                for (Rect other : placedByCell.getOrDefault(key(col, row), List.of())) {
                    if (other.intersects(padded)) {
                        return false;
                    }
                }
            }
        }
        return markers == null || !markers.overlaps(box);
    }

    private void take(Rect box) {
        double cells = (box.width() / CELL_PX + 2) * (box.height() / CELL_PX + 2);
        if (!(cells <= 1024) || !Double.isFinite(box.x()) || !Double.isFinite(box.y())) {
            largeBoxes.add(box);
            return;
        }
        for (long col = cell(box.x()); col <= cell(box.x() + box.width()); col++) {
            for (long row = cell(box.y()); row <= cell(box.y() + box.height()); row++) {
                placedByCell.computeIfAbsent(key(col, row), k -> new ArrayList<>(2)).add(box);
            }
        }
    }

    private static long cell(double px) {
        return (long) Math.floor(px / CELL_PX);
    }

    private static long key(long col, long row) {
        return (col << 32) ^ (row & 0xffffffffL);
    }
}

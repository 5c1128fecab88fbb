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

    /** The plot inset by 1 px: a label must lie inside it. */
    private final Rect inside;
    private final Rect legend;
    private final MarkerOccupancy markers;
    private final double fontPx;
    private final PlacedBoxes taken;

    /** @param obstacles boxes already taken (annotations, curve labels) that labels must avoid */
    LabelPlacer(Rect plot, Rect legend, MarkerOccupancy markers, double fontPx, List<Rect> obstacles) {
        this.inside = plot.inset(1);
        this.legend = legend;
        this.markers = markers;
        this.fontPx = fontPx;
        this.taken = new PlacedBoxes(plot);
        obstacles.forEach(taken::add);
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
                taken.add(label.box());
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
        if (!inside.contains(box)) {
            return false;
        }
        if (legend != null && legend.intersects(box)) {
            return false;
        }
        // The box with LABEL_GAP_PX around it, as box.inset(-LABEL_GAP_PX) would give, without the allocation.
        double pad = -LABEL_GAP_PX;
        if (taken.anyIntersects(box.x() + pad, box.y() + pad, box.width() - 2 * pad, box.height() - 2 * pad)) {
            return false;
        }
        return markers == null || !markers.overlaps(box);
    }
}

package dev.scalinglens.plot.layout;

import dev.scalinglens.plot.PlotColor;
import dev.scalinglens.plot.PointRef;
import dev.scalinglens.plot.scene.Mark;
import dev.scalinglens.plot.scene.PlacedLabel;
import dev.scalinglens.plot.scene.PointsMark;
import dev.scalinglens.plot.scene.Rect;
import dev.scalinglens.plot.scene.SegmentsMark;
import dev.scalinglens.plot.scene.TextAnchor;
import dev.scalinglens.plot.scene.TextMark;
import dev.scalinglens.plot.spec.LineStyle;
import dev.scalinglens.plot.spec.PointLayer;
import dev.scalinglens.plot.text.TextMeasurer;
import java.util.ArrayList;
import java.util.List;

/**
 * The point-label stage: collects the labelled, pinned and selected points, places their labels clear of
 * markers, the legend and other text, keeps the slide's top ones, and draws them with leader lines.
 */
final class PointLabelStage {

    private final LayoutContext ctx;

    PointLabelStage(LayoutContext ctx) {
        this.ctx = ctx;
    }

    /** The placed labels: all of them on screen, the pinned and the top ones on a slide. */
    List<PlacedLabel> place(Rect plot, Rect legendBox, List<PointsMark> pointMarks, List<Rect> textObstacles) {
        return topLabels(placeAll(plot, legendBox, pointMarks, textObstacles));
    }

    private List<PlacedLabel> placeAll(Rect plot, Rect legendBox, List<PointsMark> pointMarks, List<Rect> textObstacles) {
        LayoutOptions options = ctx.options;
        List<LabelPlacer.Candidate> candidates = new ArrayList<>();
        int order = 0;
        for (PointsMark pm : pointMarks) {
            PointLayer p = pm.source();
            boolean anyPinned = !options.pinnedIds().isEmpty() && p.pointIds() != null;
            if (p.labels() == null && !anyPinned) {
                continue;
            }
            for (int i = 0; i < p.size(); i++) {
                String id = p.pointIds() == null ? null : p.pointIds()[i];
                boolean pinned = id != null && options.pinnedIds().contains(id);
                String text = p.labels() != null && p.labels()[i] != null ? p.labels()[i] : pinned ? id : null;
                double px = pm.pixelX(i);
                double py = pm.pixelY(i);
                if (text == null || text.isBlank() || !plot.contains(px, py)) {
                    continue;
                }
                boolean selected = id != null && options.selectedIds().contains(id);
                int tier = pinned ? 2 : selected || ctx.focus.focused(id) ? 1 : 0;
                int priority = p.labelPriority() == null ? 0 : p.labelPriority()[i];
                // A selected point has a ring SELECTION_RING_PX outside its marker: keep its label clear of it.
                double radius = pm.sizePx() / 2 + (selected ? MarkStage.SELECTION_RING_PX * ctx.fs / 2 + 1 : 0);
                candidates.add(new LabelPlacer.Candidate(new PointRef(p.id(), i, id), text, px, py, radius,
                        tier, priority, order++));
            }
        }
        if (candidates.isEmpty()) {
            return List.of();
        }
        MarkerOccupancy occupancy = new MarkerOccupancy(plot);
        for (PointsMark pm : pointMarks) {
            for (int i = 0; i < pm.size(); i++) {
                occupancy.mark(pm.pixelX(i), pm.pixelY(i), pm.sizePx() / 2);
            }
        }
        return new LabelPlacer(plot, legendBox, occupancy, ctx.sizes.label(), textObstacles).place(candidates);
    }

    /** Slide mode: the pinned labels and the first {@code maxLabels} others, in placement (priority) order. */
    private List<PlacedLabel> topLabels(List<PlacedLabel> placed) {
        if (ctx.options.slide() == null) {
            return placed;
        }
        List<PlacedLabel> kept = new ArrayList<>();
        int others = 0;
        for (PlacedLabel l : placed) {
            boolean pinned = l.point().pointId() != null && ctx.options.pinnedIds().contains(l.point().pointId());
            if (pinned || others++ < ctx.options.slide().maxLabels()) {
                kept.add(l);
            }
        }
        return kept;
    }

    List<Mark> marks(List<PlacedLabel> labels, List<PointsMark> pointMarks) {
        List<Mark> marks = new ArrayList<>();
        DoubleArrayBuilder leaders = new DoubleArrayBuilder(16);
        double size = ctx.sizes.label();
        double ascent = TextMeasurer.ascent(size, false);
        for (PlacedLabel l : labels) {
            boolean faded = ctx.focus.fading() && !ctx.focus.focused(l.point().pointId());
            PlotColor color = faded ? ctx.textColor.withOpacity(Focus.FADED_LABEL_OPACITY) : ctx.textColor;
            marks.add(new TextMark(l.text(), l.box().x(), l.box().y() + ascent, size, false, color,
                    TextAnchor.START, 0, l.box().width()));
            if (l.leader()) {
                PointsMark pm = pointMarks.stream().filter(m -> m.layerId().equals(l.point().layerId())).findFirst()
                        .orElseThrow();
                double px = pm.pixelX(l.point().index());
                double py = pm.pixelY(l.point().index());
                double bx = Math.max(l.box().x(), Math.min(px, l.box().maxX()));
                double by = Math.max(l.box().y(), Math.min(py, l.box().maxY()));
                double len = Math.hypot(bx - px, by - py);
                double r = pm.sizePx() / 2 + 1;
                if (len > r) {
                    leaders.add(px + (bx - px) * r / len, py + (by - py) * r / len, bx, by);
                }
            }
        }
        if (leaders.size() > 0) {
            marks.add(0, new SegmentsMark(leaders.toArray(), ctx.subtextColor, 0.8, LineStyle.SOLID));
        }
        return marks;
    }
}

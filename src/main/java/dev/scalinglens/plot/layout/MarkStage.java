package dev.scalinglens.plot.layout;

import dev.scalinglens.plot.scene.AxisScale;
import static dev.scalinglens.plot.layout.LayoutText.notBlank;
import static dev.scalinglens.plot.layout.LayoutText.text;

import dev.scalinglens.plot.Palette;
import dev.scalinglens.plot.PlotColor;
import dev.scalinglens.plot.Theme;
import dev.scalinglens.plot.scene.AreaMark;
import dev.scalinglens.plot.scene.Mark;
import dev.scalinglens.plot.scene.PointsMark;
import dev.scalinglens.plot.scene.PolylineMark;
import dev.scalinglens.plot.scene.Rect;
import dev.scalinglens.plot.scene.RectMark;
import dev.scalinglens.plot.scene.ScreenTransform;
import dev.scalinglens.plot.scene.SegmentsMark;
import dev.scalinglens.plot.scene.TextAnchor;
import dev.scalinglens.plot.scene.TextMark;
import dev.scalinglens.plot.spec.BandLayer;
import dev.scalinglens.plot.spec.FunctionLayer;
import dev.scalinglens.plot.spec.Layer;
import dev.scalinglens.plot.spec.LineLayer;
import dev.scalinglens.plot.spec.LineStyle;
import dev.scalinglens.plot.spec.MarkerShape;
import dev.scalinglens.plot.spec.PointLayer;
import dev.scalinglens.plot.spec.RuleLayer;
import dev.scalinglens.plot.text.TextMeasurer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The marks stage: every layer (points, error bars, lines and curves with their end labels, bands, rules) and
 * the selection rings, all in screen pixels of the plot area.
 */
final class MarkStage {

    /** Fill opacity of point markers: low enough that overlapping points show as darker areas. */
    static final double POINT_FILL_OPACITY = 0.6;
    /** Opacity of the backdrop behind line end labels: points under it still show through faintly. */
    static final double LABEL_BACKDROP_OPACITY = 0.75;
    /** The selection ring's diameter exceeds the marker's by this much. */
    static final double SELECTION_RING_PX = 6;

    private final LayoutContext ctx;
    private final Rect plot;
    private final AxisScale xs;
    private final AxisScale ys;
    private final TextObstacles obstacles;
    private final List<PointsMark> pointMarks = new ArrayList<>();
    private final List<Mark> lineLabels = new ArrayList<>();
    /** Between a rule and the descenders of its label, in layout pixels. */
    private static final double RULE_LABEL_GAP_PX = 2;
    private final List<PolylineMark> lineMarks = new ArrayList<>();
    private final List<RuleLabel> pendingRuleLabels = new ArrayList<>();
    /** Each rule as x0, y0, x1, y1 in pixels: callouts keep their text off them. */
    private final List<double[]> ruleSegments = new ArrayList<>();

    MarkStage(LayoutContext ctx, Rect plot, AxisScale xs, AxisScale ys, TextObstacles obstacles) {
        this.ctx = ctx;
        this.plot = plot;
        this.xs = xs;
        this.ys = ys;
        this.obstacles = obstacles;
    }

    /** The point marks made so far, in layer order. */
    List<PointsMark> pointMarks() {
        return pointMarks;
    }

    /** The lines and curves drawn (fits, frontiers, reference lines): the legend avoids covering them too. */
    List<PolylineMark> lineMarks() {
        return lineMarks;
    }

    /** The end labels of lines and curves, each on its backdrop: drawn after every layer so points never cover them. */
    List<Mark> lineLabels() {
        return lineLabels;
    }

    static double pixel(AxisScale s, double v) {
        double t = s.transform(v);
        return Double.isFinite(t) ? s.transformedToPixel(t) : Double.NaN;
    }

    List<Mark> layerMarks(Layer layer, ScreenTransform st) {
        PlotColor color = Palette.colorFor(layer.colorKey(), ctx.theme);
        List<Mark> marks = new ArrayList<>();
        if (layer instanceof PointLayer p) {
            if (p.yErrorLow() != null || p.yErrorHigh() != null) {
                marks.add(errorBars(p, color.withOpacity(ctx.focus.strength())));
            }
            double strength = ctx.focus.strength();
            PointsMark pm = new PointsMark(p.id(), p.shape(), p.sizePx() * ctx.fs,
                    color.withOpacity(POINT_FILL_OPACITY * strength),
                    color.mix(ctx.theme == Theme.DARK ? 0.15 : -0.2).withOpacity(strength),
                    TransformCache.transformed(p.x(), xs), TransformCache.transformed(p.y(), ys), st, p);
            marks.add(pm);
            pointMarks.add(pm);
        } else if (layer instanceof LineLayer l) {
            double[] px = new double[l.x().length];
            double[] py = new double[l.y().length];
            for (int i = 0; i < px.length; i++) {
                px[i] = pixel(xs, l.x()[i]);
                py[i] = pixel(ys, l.y()[i]);
            }
            PolylineMark line = new PolylineMark(px, py, color, l.widthPx() * ctx.fs, l.style());
            marks.add(line);
            lineMarks.add(line);
            endLabel(l.label(), px, py, color);
        } else if (layer instanceof FunctionLayer f) {
            double[][] xy = FunctionSampler.sample(f, xs, ys, plot);
            PolylineMark curve = new PolylineMark(xy[0], xy[1], color, f.widthPx() * ctx.fs, f.style());
            marks.add(curve);
            lineMarks.add(curve);
            endLabel(f.label(), xy[0], xy[1], color);
        } else if (layer instanceof BandLayer b) {
            marks.add(band(b, color));
        } else if (layer instanceof RuleLayer r) {
            rule(marks, r, color);
        }
        return marks;
    }

    private Mark errorBars(PointLayer p, PlotColor color) {
        DoubleArrayBuilder seg = new DoubleArrayBuilder(64);
        double cap = 2.5 * ctx.fs;
        for (int i = 0; i < p.size(); i++) {
            double lo = p.yErrorLow() == null ? p.y()[i] : p.yErrorLow()[i];
            double hi = p.yErrorHigh() == null ? p.y()[i] : p.yErrorHigh()[i];
            double px = pixel(xs, p.x()[i]);
            double p0 = pixel(ys, lo);
            double p1 = pixel(ys, hi);
            if (Double.isFinite(px) && Double.isFinite(p0) && Double.isFinite(p1) && p0 != p1) {
                seg.add(px, p0, px, p1);
                seg.add(px - cap, p0, px + cap, p0);
                seg.add(px - cap, p1, px + cap, p1);
            }
        }
        return new SegmentsMark(seg.toArray(), color.withOpacity(0.85), 1 * ctx.fs, LineStyle.SOLID);
    }

    private Mark band(BandLayer b, PlotColor color) {
        DoubleArrayBuilder px = new DoubleArrayBuilder(b.x().length * 2);
        DoubleArrayBuilder py = new DoubleArrayBuilder(b.x().length * 2);
        for (int i = 0; i < b.x().length; i++) {
            addFinite(px, py, pixel(xs, b.x()[i]), pixel(ys, b.yHigh()[i]));
        }
        for (int i = b.x().length - 1; i >= 0; i--) {
            addFinite(px, py, pixel(xs, b.x()[i]), pixel(ys, b.yLow()[i]));
        }
        double opacity = b.opacity() > 0 && b.opacity() <= 1 ? b.opacity() : 0.25;
        return new AreaMark(px.toArray(), py.toArray(), color.withOpacity(opacity));
    }

    private static void addFinite(DoubleArrayBuilder xs, DoubleArrayBuilder ys, double x, double y) {
        if (Double.isFinite(x) && Double.isFinite(y)) {
            xs.add(x);
            ys.add(y);
        }
    }

    private void rule(List<Mark> marks, RuleLayer r, PlotColor color) {
        boolean horizontal = r.orientation() == RuleLayer.Orientation.HORIZONTAL;
        double at = horizontal ? pixel(ys, r.value()) : pixel(xs, r.value());
        if (!Double.isFinite(at)) {
            return;
        }
        double[] seg = horizontal ? new double[] {plot.x(), at, plot.maxX(), at} : new double[] {at, plot.y(), at, plot.maxY()};
        ruleSegments.add(seg);
        marks.add(new SegmentsMark(seg, color, r.widthPx() * ctx.fs, r.style()));
        if (notBlank(r.label())) {
            pendingRuleLabels.add(new RuleLabel(r.label(), at, horizontal, color));
        }
    }

    /** A rule's label, placed once every layer's points are known ({@link #placeRuleLabels()}). */
    private record RuleLabel(String text, double at, boolean horizontal, PlotColor color) {
    }

    /**
     * Places the rules' labels: at the first of the line's ends (right, then left; for a vertical rule its top,
     * then bottom), above or below it (beside it), whose text covers no point, else the first; each on a
     * backdrop over every layer. Call after the last layer.
     */
    void placeRuleLabels() {
        double size = ctx.sizes.label();
        double ascent = TextMeasurer.ascent(size, false);
        double descent = TextMeasurer.descent(size, false);
        // Descenders clear the line at every text size (a fixed 4 px let slide-sized text sit on it).
        double gap = RULE_LABEL_GAP_PX * ctx.fs;
        for (RuleLabel label : pendingRuleLabels) {
            List<TextMark> spots = new ArrayList<>();
            if (label.horizontal()) {
                for (double y : new double[] {label.at() - descent - gap, label.at() + ascent + gap}) {
                    spots.add(text(label.text(), plot.maxX() - 4, y, size, false, label.color(), TextAnchor.END, 0));
                    spots.add(text(label.text(), plot.x() + 4, y, size, false, label.color(), TextAnchor.START, 0));
                }
            } else {
                for (double y : new double[] {plot.y() + ascent + 2, plot.maxY() - descent - 2}) {
                    spots.add(text(label.text(), label.at() + 4, y, size, false, label.color(), TextAnchor.START, 0));
                    spots.add(text(label.text(), label.at() - 4, y, size, false, label.color(), TextAnchor.END, 0));
                }
            }
            TextMark chosen = spots.stream()
                    .filter(t -> !coversPoint(new Rect(t.startX(), t.y() - ascent, t.widthPx(), ascent + descent)))
                    .findFirst().orElse(spots.get(0));
            backdropped(obstacles.place(chosen));
        }
        pendingRuleLabels.clear();
    }

    /**
     * Whether text in {@code box} would cover a point or be crossed by a line, a curve or a rule drawn so far:
     * a callout then looks for another spot.
     */
    boolean crowds(Rect box) {
        if (coversPoint(box)) {
            return true;
        }
        for (double[] rule : ruleSegments) {
            if (LineCrossing.crosses(box, rule[0], rule[1], rule[2], rule[3])) {
                return true;
            }
        }
        return lineMarks.stream().anyMatch(line -> LineCrossing.crosses(box, line));
    }

    private boolean coversPoint(Rect box) {
        for (PointsMark pm : pointMarks) {
            double r = pm.sizePx() / 2;
            Rect grown = new Rect(box.x() - r, box.y() - r, box.width() + 2 * r, box.height() + 2 * r);
            boolean[] hit = {false};
            pm.forEachDrawable((i, px, py) -> hit[0] |= grown.contains(px, py));
            if (hit[0]) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code placed} (just placed among the obstacles) drawn after every layer on a backdrop in the background
     * colour, so points, lines and grid that cross it leave it readable.
     */
    private void backdropped(TextMark placed) {
        List<Rect> boxes = obstacles.boxes();
        lineLabels.add(new RectMark(boxes.get(boxes.size() - 1), ctx.background.withOpacity(LABEL_BACKDROP_OPACITY),
                null, 0));
        lineLabels.add(placed);
    }

    /** A curve's label at its last visible point, kept inside the plot. */
    private void endLabel(String label, double[] px, double[] py, PlotColor color) {
        if (!notBlank(label)) {
            return;
        }
        for (int i = px.length - 1; i >= 0; i--) {
            if (Double.isFinite(py[i]) && plot.contains(px[i], py[i])) {
                double size = ctx.sizes.label();
                double width = TextMeasurer.width(label, size, false);
                boolean roomRight = px[i] + 4 + width < plot.maxX() - 2;
                double y = Math.max(plot.y() + TextMeasurer.ascent(size, false) + 2, py[i] - 5);
                // A fitted rate, "1e23 FLOPs": readable where it crosses points, lines or grid.
                backdropped(obstacles.place(text(label, roomRight ? px[i] + 4 : Math.min(px[i], plot.maxX() - 2),
                        y, size, false, color, roomRight ? TextAnchor.START : TextAnchor.END, 0)));
                return;
            }
        }
    }

    /** The focused points (selected or highlighted) again at full strength over their faded layer. */
    private List<Mark> focusMarks() {
        List<Mark> marks = new ArrayList<>();
        if (!ctx.focus.fading()) {
            return marks;
        }
        for (PointsMark pm : pointMarks) {
            PointLayer p = pm.source();
            if (p.pointIds() == null) {
                continue;
            }
            List<Integer> at = new ArrayList<>();
            for (int i = 0; i < p.pointIds().length; i++) {
                if (ctx.focus.focused(p.pointIds()[i])) {
                    at.add(i);
                }
            }
            if (!at.isEmpty()) {
                marks.add(focusMark(pm, at));
            }
        }
        return marks;
    }

    private static PointsMark focusMark(PointsMark pm, List<Integer> at) {
        PointLayer p = pm.source();
        int n = at.size();
        double[] tx = new double[n];
        double[] ty = new double[n];
        double[] x = new double[n];
        double[] y = new double[n];
        String[] ids = new String[n];
        boolean[] hollow = p.hollow() == null ? null : new boolean[n];
        for (int k = 0; k < n; k++) {
            int i = at.get(k);
            tx[k] = pm.tx()[i];
            ty[k] = pm.ty()[i];
            x[k] = p.x()[i];
            y[k] = p.y()[i];
            ids[k] = p.pointIds()[i];
            if (hollow != null) {
                hollow[k] = p.hollow()[i];
            }
        }
        PointLayer focus = PointLayer.builder(p.id() + "-focus", x, y).name(p.name()).colorKey(p.colorKey())
                .shape(p.shape()).sizePx(p.sizePx()).pointIds(ids).hollow(hollow).build();
        return new PointsMark(focus.id(), pm.shape(), pm.sizePx(), pm.fill().withOpacity(POINT_FILL_OPACITY),
                pm.stroke().withOpacity(1), tx, ty, pm.transform(), focus);
    }

    /** The focused points at full strength, then rings around the selected ones, in the layers' order. */
    List<Mark> selectionMarks() {
        List<Mark> marks = focusMarks();
        if (ctx.options.selectedIds().isEmpty()) {
            return marks;
        }
        for (PointsMark pm : pointMarks) {
            String[] ids = pm.source().pointIds();
            if (ids == null) {
                continue;
            }
            DoubleArrayBuilder tx = new DoubleArrayBuilder(4);
            DoubleArrayBuilder ty = new DoubleArrayBuilder(4);
            List<String> selectedIds = new ArrayList<>();
            for (int i = 0; i < ids.length; i++) {
                if (ids[i] != null && ctx.options.selectedIds().contains(ids[i])) {
                    tx.add(pm.tx()[i]);
                    ty.add(pm.ty()[i]);
                    selectedIds.add(ids[i]);
                }
            }
            if (tx.size() > 0) {
                double[] x = tx.toArray();
                double[] y = ty.toArray();
                boolean[] hollow = new boolean[x.length];
                Arrays.fill(hollow, true);
                PointLayer ring = PointLayer.builder(pm.layerId() + "-selected", x, y).colorKey("frontier")
                        .sizePx(pm.sizePx() + SELECTION_RING_PX * ctx.fs).pointIds(selectedIds.toArray(String[]::new))
                        .hollow(hollow).build();
                marks.add(new PointsMark(ring.id(), MarkerShape.CIRCLE, ring.sizePx(), null, ctx.textColor, x, y,
                        pm.transform(), ring));
            }
        }
        return marks;
    }
}

package dev.scalinglens.plot.layout;

import dev.scalinglens.plot.Palette;
import dev.scalinglens.plot.PlotColor;
import dev.scalinglens.plot.Theme;
import dev.scalinglens.plot.scene.Mark;
import dev.scalinglens.plot.scene.PlotScene;
import dev.scalinglens.plot.scene.PointsMark;
import dev.scalinglens.plot.scene.PolylineMark;
import dev.scalinglens.plot.scene.Rect;
import dev.scalinglens.plot.scene.RectMark;
import dev.scalinglens.plot.scene.ScreenTransform;
import dev.scalinglens.plot.scene.TextAnchor;
import dev.scalinglens.plot.spec.BandLayer;
import dev.scalinglens.plot.spec.DisplayOptions;
import dev.scalinglens.plot.spec.FunctionLayer;
import dev.scalinglens.plot.spec.Layer;
import dev.scalinglens.plot.spec.LineLayer;
import dev.scalinglens.plot.spec.LineStyle;
import dev.scalinglens.plot.spec.PointLayer;
import dev.scalinglens.plot.spec.RuleLayer;
import dev.scalinglens.plot.text.TextMeasurer;
import java.util.ArrayList;
import java.util.List;

/** One legend entry per named layer, in the inside corner of the plot that covers the fewest points. */
record LegendLayout(Rect box, List<Mark> marks, List<PlotScene.LegendEntry> entries) {

    /** Id of the legend-only layer that explains hollow markers. */
    static final String ESTIMATED_NOTE_ID = "legend-estimated";

    private static final double SWATCH_PX = 18;
    private static final double PADDING_PX = 6;
    private static final double COLUMN_GAP_PX = 12;
    /** Points sampled per layer when counting what a legend position would cover. */
    private static final int SAMPLE_BUDGET = 20_000;

    /**
     * The legend's {width, height, shown entries} in pixels, or null when no layer has a name. Entries that
     * do not fit in one column of at most {@code maxHeightPx} flow into further columns of balanced length;
     * when even that would cover more than {@code maxAreaPx}, the last entries give way to one line
     * "+N more" (the table and the tooltips still name every family).
     */
    static double[] measure(List<Layer> layers, double fontPx, double maxHeightPx, double maxAreaPx) {
        return measure(layers, fontPx, maxHeightPx, maxAreaPx, Integer.MAX_VALUE);
    }

    /** As above, with at most {@code maxEntries} named lines before "+N more" (the slide layout mode). */
    static double[] measure(List<Layer> layers, double fontPx, double maxHeightPx, double maxAreaPx, int maxEntries) {
        List<Layer> named = named(layers);
        if (named.isEmpty()) {
            return null;
        }
        for (int shown = Math.min(named.size(), Math.max(1, maxEntries)); ; shown--) {
            List<String> texts = texts(named, shown);
            int rows = rowsPerColumn(texts.size(), fontPx, maxHeightPx);
            double[] columns = columnWidths(texts, rows, fontPx);
            double width = PADDING_PX * 2 + COLUMN_GAP_PX * (columns.length - 1);
            for (double c : columns) {
                width += c;
            }
            double height = PADDING_PX * 2 + rowHeight(fontPx) * rows;
            if (width * height <= maxAreaPx || shown == 1) {
                return new double[] {width, height, shown};
            }
        }
    }

    /** The legend's lines: the first {@code shown} layer names, then "+N more" if any were left out. */
    private static List<String> texts(List<Layer> named, int shown) {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < shown; i++) {
            texts.add(named.get(i).name());
        }
        if (shown < named.size()) {
            texts.add(moreText(named.size() - shown));
        }
        return texts;
    }

    private static String moreText(int hidden) {
        return "+" + hidden + " more";
    }

    private static int rowsPerColumn(int entries, double fontPx, double maxHeightPx) {
        int fit = Math.max(1, (int) Math.floor((maxHeightPx - PADDING_PX * 2) / rowHeight(fontPx)));
        int columns = (entries + fit - 1) / fit;
        return (entries + columns - 1) / columns;
    }

    private static double[] columnWidths(List<String> texts, int rows, double fontPx) {
        double[] widths = new double[(texts.size() + rows - 1) / rows];
        for (int i = 0; i < texts.size(); i++) {
            widths[i / rows] = Math.max(widths[i / rows], SWATCH_PX + 6 + TextMeasurer.width(texts.get(i), fontPx, false));
        }
        return widths;
    }

    /** The inside corner covering the fewest points, and how many it covers. */
    static Placement bestInside(Rect plot, double[] size, List<PointsMark> points) {
        return bestInside(plot, size, points, List.of());
    }

    /**
     * The corner covering the fewest points and line samples (one per {@link #LINE_SAMPLE_PX} along each drawn
     * line or curve): a legend over a fitted line or a frontier hides data as much as one over points.
     */
    static Placement bestInside(Rect plot, double[] size, List<PointsMark> points, List<PolylineMark> lines) {
        double m = 8;
        double w = size[0];
        double h = size[1];
        Rect[] corners = {
                new Rect(plot.x() + m, plot.y() + m, w, h),
                new Rect(plot.maxX() - m - w, plot.y() + m, w, h),
                new Rect(plot.maxX() - m - w, plot.maxY() - m - h, w, h),
                new Rect(plot.x() + m, plot.maxY() - m - h, w, h)};
        long[] counts = new long[corners.length];
        // One pass over the points for all corners: this runs on every frame of a pan or zoom.
        for (PointsMark pm : points) {
            int step = Math.max(1, pm.size() / SAMPLE_BUDGET);
            for (int i = 0; i < pm.size(); i += step) {
                double px = pm.pixelX(i);
                double py = pm.pixelY(i);
                for (int k = 0; k < corners.length; k++) {
                    if (corners[k].contains(px, py)) {
                        counts[k] += step;
                    }
                }
            }
        }
        for (PolylineMark line : lines) {
            countLineSamples(line, corners, counts);
        }
        int best = 0;
        for (int k = 1; k < corners.length; k++) {
            if (counts[k] < counts[best]) {
                best = k;
            }
        }
        return new Placement(corners[best], counts[best]);
    }

    /** Spacing of the samples taken along a line when counting what a legend corner would cover. */
    static final double LINE_SAMPLE_PX = 6;

    private static void countLineSamples(PolylineMark line, Rect[] corners, long[] counts) {
        double[] xs = line.xs();
        double[] ys = line.ys();
        for (int i = 1; i < xs.length; i++) {
            double x0 = xs[i - 1];
            double y0 = ys[i - 1];
            double dx = xs[i] - x0;
            double dy = ys[i] - y0;
            if (!Double.isFinite(x0 + y0 + dx + dy)) {
                continue;
            }
            int n = (int) Math.min(10_000, Math.ceil(Math.hypot(dx, dy) / LINE_SAMPLE_PX));
            for (int s = 0; s <= n; s++) {
                double t = n == 0 ? 0 : s / (double) n;
                for (int k = 0; k < corners.length; k++) {
                    if (corners[k].contains(x0 + t * dx, y0 + t * dy)) {
                        counts[k]++;
                    }
                }
            }
        }
    }

    record Placement(Rect box, long coveredPoints) {
    }

    static LegendLayout build(List<Layer> layers, int shown, Rect box, Theme theme, double fontPx) {
        List<Layer> named = named(layers);
        List<String> texts = texts(named, shown);
        double ascent = TextMeasurer.ascent(fontPx, false);
        double row = rowHeight(fontPx);
        List<Mark> marks = new ArrayList<>();
        PlotColor bg = Palette.background(theme).withOpacity(0.88);
        marks.add(new RectMark(box, bg, Palette.colorFor("grid", theme).mix(theme == Theme.DARK ? 0.15 : -0.1), 1));
        PlotColor text = Palette.colorFor("text", theme);
        PlotColor dimmed = Palette.colorFor("subtext", theme);
        List<PlotScene.LegendEntry> entries = new ArrayList<>();
        int rows = rowsPerColumn(texts.size(), fontPx, box.height() + 0.5);
        double[] columns = columnWidths(texts, rows, fontPx);
        double columnX = box.x() + PADDING_PX;
        for (int i = 0; i < texts.size(); i++) {
            if (i > 0 && i % rows == 0) {
                columnX += columns[i / rows - 1] + COLUMN_GAP_PX;
            }
            double cy = box.y() + PADDING_PX + row * (i % rows) + row / 2;
            boolean hidden = i < shown && DisplayOptions.isHidden(named.get(i));
            if (i < shown) {
                PlotColor c = Palette.colorFor(named.get(i).colorKey(), theme);
                marks.add(swatch(named.get(i), columnX, cy, hidden ? c.withOpacity(0.3) : c));
            }
            marks.add(LayoutText.text(texts.get(i), columnX + SWATCH_PX + 6, cy + ascent * 0.38, fontPx, false,
                    hidden ? dimmed : text, TextAnchor.START, 0));
            Rect bounds = new Rect(columnX, cy - row / 2, columns[i / rows], row);
            if (i >= shown) {
                entries.add(new PlotScene.LegendEntry(bounds, texts.get(i), PlotScene.LegendEntry.Kind.MORE, false));
            } else if (ESTIMATED_NOTE_ID.equals(named.get(i).id())) {
                entries.add(new PlotScene.LegendEntry(bounds, texts.get(i), PlotScene.LegendEntry.Kind.NOTE, false));
            } else {
                entries.add(new PlotScene.LegendEntry(bounds, texts.get(i), PlotScene.LegendEntry.Kind.SERIES, hidden));
            }
        }
        return new LegendLayout(box, marks, entries);
    }

    private static List<Layer> named(List<Layer> layers) {
        return layers.stream().filter(l -> l.name() != null && !l.name().isBlank()).toList();
    }

    /** The legend's height with {@code rows} lines per column. */
    static double heightForRows(int rows, double fontPx) {
        return PADDING_PX * 2 + rowHeight(fontPx) * rows;
    }

    private static double rowHeight(double fontPx) {
        return (TextMeasurer.ascent(fontPx, false) + TextMeasurer.descent(fontPx, false)) * 1.35;
    }

    private static Mark swatch(Layer l, double x, double cy, PlotColor color) {
        if (l instanceof PointLayer p) {
            boolean allHollow = p.hollow() != null && p.hollow().length > 0 && allTrue(p.hollow());
            PointLayer one = PointLayer.builder(p.id() + "-legend", new double[] {x + SWATCH_PX / 2}, new double[] {cy})
                    .name(p.name()).colorKey(p.colorKey()).shape(p.shape()).sizePx(p.sizePx())
                    .pointIds(new String[] {p.name()}).hollow(allHollow ? new boolean[] {true} : null).build();
            return new PointsMark(one.id(), p.shape(), Math.min(p.sizePx(), 10),
                    color.withOpacity(MarkStage.POINT_FILL_OPACITY), color, one.x(), one.y(),
                    new ScreenTransform(1, 0, 1, 0), one);
        }
        if (l instanceof BandLayer b) {
            return new RectMark(new Rect(x, cy - 5, SWATCH_PX, 10), color.withOpacity(b.opacity() > 0 ? b.opacity() : 0.25),
                    null, 0);
        }
        if (l instanceof LineLayer ll) {
            return line(x, cy, color, ll.widthPx(), ll.style());
        }
        if (l instanceof FunctionLayer f) {
            return line(x, cy, color, f.widthPx(), f.style());
        }
        RuleLayer r = (RuleLayer) l;
        return line(x, cy, color, r.widthPx(), r.style());
    }

    private static boolean allTrue(boolean[] values) {
        for (boolean v : values) {
            if (!v) {
                return false;
            }
        }
        return true;
    }

    private static Mark line(double x, double cy, PlotColor color, double width, LineStyle style) {
        return new PolylineMark(new double[] {x, x + SWATCH_PX}, new double[] {cy, cy}, color, Math.min(width, 3), style);
    }
}

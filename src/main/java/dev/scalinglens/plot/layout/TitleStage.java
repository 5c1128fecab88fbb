package dev.scalinglens.plot.layout;

import static dev.scalinglens.plot.layout.LayoutText.lineHeight;
import static dev.scalinglens.plot.layout.LayoutText.notBlank;
import static dev.scalinglens.plot.layout.LayoutText.text;
import static dev.scalinglens.plot.layout.LayoutText.wrap;

import dev.scalinglens.plot.scene.Mark;
import dev.scalinglens.plot.scene.TextAnchor;
import dev.scalinglens.plot.spec.ChartSpec;
import dev.scalinglens.plot.spec.ScaleType;
import dev.scalinglens.plot.text.TextMeasurer;
import java.util.ArrayList;
import java.util.List;

/**
 * The titles stage: the title and subtitle above the plot and the footnote lines (the log-axis note, then the
 * sources) under it, each wrapped to the chart's width.
 */
final class TitleStage {

    private final LayoutContext ctx;
    private final double pad;
    private final List<String> titleLines;
    private final List<String> subtitleLines;
    private final List<String> footLines = new ArrayList<>();

    TitleStage(LayoutContext ctx, double width, double pad) {
        this.ctx = ctx;
        this.pad = pad;
        TextSizes sizes = ctx.sizes;
        ChartSpec spec = ctx.spec;
        // Titles wrap rather than run off a narrow chart (settings open on a small window).
        titleLines = notBlank(spec.title()) ? wrap(spec.title(), sizes.title(), width - 2 * pad, true) : List.of();
        subtitleLines = notBlank(spec.subtitle()) ? wrap(spec.subtitle(), sizes.subtitle(), width - 2 * pad) : List.of();
        String logNote = logAxisNote(spec);
        if (logNote != null) {
            footLines.addAll(wrap(logNote, sizes.footnote(), width - 2 * pad));
        }
        if (notBlank(spec.footnote())) {
            footLines.addAll(wrap(spec.footnote(), sizes.footnote(), width - 2 * pad));
        }
    }

    /** Where the plot may start: under the titles, with a gap. */
    double top() {
        double top = pad;
        if (!titleLines.isEmpty()) {
            top += lineHeight(ctx.sizes.title(), true) * titleLines.size() + 2 * ctx.fs;
        }
        top += lineHeight(ctx.sizes.subtitle(), false) * subtitleLines.size();
        top += 10 * ctx.fs;
        return top;
    }

    List<String> footLines() {
        return footLines;
    }

    /**
     * The automatic note under a chart with a log axis (readers misread log axes; Our World in Data adds the same
     * note), or null when both axes are linear or time.
     */
    static String logAxisNote(ChartSpec spec) {
        boolean x = spec.xAxis() != null && spec.xAxis().scale() == ScaleType.LOG10;
        boolean y = spec.yAxis() != null && spec.yAxis().scale() == ScaleType.LOG10;
        if (!x && !y) {
            return null;
        }
        String which = x && y ? "Both axes are" : x ? "The horizontal axis is" : "The vertical axis is";
        return which + " plotted on a logarithmic scale: equal distances are equal ratios (×10 per decade).";
    }

    List<Mark> marks(double h) {
        TextSizes sizes = ctx.sizes;
        List<Mark> marks = new ArrayList<>();
        double y = pad;
        for (int i = 0; i < titleLines.size(); i++) {
            y += i == 0 ? TextMeasurer.ascent(sizes.title(), true) : lineHeight(sizes.title(), true);
            marks.add(text(titleLines.get(i), pad, y, sizes.title(), true, ctx.textColor, TextAnchor.START, 0));
        }
        if (!titleLines.isEmpty()) {
            y += TextMeasurer.descent(sizes.title(), true) + 2 * ctx.fs;
        }
        for (int i = 0; i < subtitleLines.size(); i++) {
            y += i == 0 ? TextMeasurer.ascent(sizes.subtitle(), false) : lineHeight(sizes.subtitle(), false);
            marks.add(text(subtitleLines.get(i), pad, y, sizes.subtitle(), false, ctx.subtextColor, TextAnchor.START, 0));
        }
        double lh = lineHeight(sizes.footnote(), false);
        double fy = h - pad - (footLines.size() - 1) * lh - TextMeasurer.descent(sizes.footnote(), false);
        for (String line : footLines) {
            marks.add(text(line, pad, fy, sizes.footnote(), false, ctx.subtextColor, TextAnchor.START, 0));
            fy += lh;
        }
        return marks;
    }
}

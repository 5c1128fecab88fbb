package dev.scalinglens.plot.layout;

import dev.scalinglens.plot.PlotColor;
import dev.scalinglens.plot.scene.TextAnchor;
import dev.scalinglens.plot.scene.TextMark;
import dev.scalinglens.plot.text.TextMeasurer;
import dev.scalinglens.plot.text.WordWrap;
import java.util.List;

/** Small text and pixel helpers the layout stages share: measured text marks, word wrap, line height, snapping. */
final class LayoutText {

    private LayoutText() {
    }

    static TextMark text(String s, double x, double y, double size, boolean bold, PlotColor color, TextAnchor anchor,
                         double rotation) {
        return new TextMark(s, x, y, size, bold, color, anchor, rotation, TextMeasurer.width(s, size, bold));
    }

    /** Greedy word wrap to a pixel width (footnotes can be long source lists). */
    static List<String> wrap(String text, double size, double maxWidth) {
        return wrap(text, size, maxWidth, false);
    }

    static List<String> wrap(String text, double size, double maxWidth, boolean bold) {
        return WordWrap.lines(text, size, maxWidth, bold);
    }

    static double lineHeight(double size, boolean bold) {
        return (TextMeasurer.ascent(size, bold) + TextMeasurer.descent(size, bold)) * 1.15;
    }

    /** Centres 1-px lines on a pixel so they stay crisp in raster output. */
    static double snap(double v) {
        return Math.floor(v) + 0.5;
    }

    static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}

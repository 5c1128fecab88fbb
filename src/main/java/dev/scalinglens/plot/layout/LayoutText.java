package dev.scalinglens.plot.layout;

import dev.scalinglens.plot.PlotColor;
import dev.scalinglens.plot.scene.TextAnchor;
import dev.scalinglens.plot.scene.TextMark;
import dev.scalinglens.plot.text.TextMeasurer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Small text and pixel helpers the layout stages share: measured text marks, word wrap, line height, snapping. */
final class LayoutText {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

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
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : WHITESPACE.split(text.trim())) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && TextMeasurer.width(candidate, size, bold) > maxWidth) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
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

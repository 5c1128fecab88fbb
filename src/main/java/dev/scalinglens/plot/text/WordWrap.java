package dev.scalinglens.plot.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Greedy word wrap in the chart font, measured as every renderer draws it: chart text and slide headings. */
public final class WordWrap {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private WordWrap() {
    }

    /** {@code text} in lines no wider than {@code maxWidth} (same unit as {@code size}); a longer word stays whole. */
    public static List<String> lines(String text, double size, double maxWidth, boolean bold) {
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
}

package dev.scalinglens.export;

import dev.scalinglens.plot.text.TextMeasurer;
import dev.scalinglens.plot.text.WordWrap;

/**
 * A deck slide's title and subtitle fitted to the slide's text width, measured in the chart font as
 * PowerPoint and Impress will wrap them: a title that needs more than two lines at 28 pt steps down to 26 and
 * 24 pt, a subtitle that needs more than two lines at 14 pt to 13 and 12 pt (24 px on a 1080p projector, the
 * slide minimum of {@code SlideRules}). Boxes grow by a line for each line more, and the chart moves down:
 * a fixed one-line title box let a long title (a 4:3 slide's "Engram insertion layer sweep (3B MoE + 1.6B
 * Engram)") run over the subtitle.
 *
 * @param subtitle null for none
 */
record SlideHeading(String title, double titleFontPt, int titleLines, String subtitle, double subtitleFontPt,
                    int subtitleLines) {

    static final double[] TITLE_SIZES_PT = {SlideGeometry.TITLE_FONT_PT, 26, 24};
    static final double[] SUBTITLE_SIZES_PT = {SlideGeometry.SUBTITLE_FONT_PT, 13, 12};
    /** Lines a title or subtitle may take at its largest size before it steps down. */
    private static final int LINES_BEFORE_SMALLER = 2;
    /** Room for another font's wider glyphs where the viewer has no Lato: wrap a little early. */
    private static final double WIDTH_SLACK = 0.96;

    static SlideHeading fit(String title, String subtitle, SlideFormat format) {
        double width = (format.widthPt() - 2 * SlideGeometry.marginX(format)) * WIDTH_SLACK;
        double[] titleFit = fitted(title, TITLE_SIZES_PT, width, true);
        double[] subtitleFit = subtitle == null ? new double[] {0, 0} : fitted(subtitle, SUBTITLE_SIZES_PT, width, false);
        return new SlideHeading(title, titleFit[0], (int) titleFit[1], subtitle, subtitleFit[0], (int) subtitleFit[1]);
    }

    /** A one-line title and no subtitle: the boxes as they were before headings were fitted. */
    static SlideHeading oneLineTitle() {
        return new SlideHeading("", SlideGeometry.TITLE_FONT_PT, 1, null, 0, 0);
    }

    boolean hasSubtitle() {
        return subtitle != null;
    }

    /** 54 pt for one line (the line and the gap under it), a line more for each further line. */
    double titleHeightPt() {
        return SlideGeometry.TITLE_HEIGHT_PT + (titleLines - 1) * lineHeightPt(titleFontPt, true);
    }

    /** 38 pt for up to two lines, a line more for each further line; 0 without a subtitle. */
    double subtitleHeightPt() {
        if (!hasSubtitle()) {
            return 0;
        }
        return SlideGeometry.SUBTITLE_HEIGHT_PT + Math.max(0, subtitleLines - 2) * lineHeightPt(subtitleFontPt, false);
    }

    /** {size, lines}: the largest size at which the text takes at most two lines, else the smallest size. */
    private static double[] fitted(String text, double[] sizes, double width, boolean bold) {
        int lines = 1;
        for (double size : sizes) {
            lines = Math.max(1, WordWrap.lines(text, size, width, bold).size());
            if (lines <= LINES_BEFORE_SMALLER) {
                return new double[] {size, lines};
            }
        }
        return new double[] {sizes[sizes.length - 1], lines};
    }

    /** Single line spacing: the font's ascent plus descent (PowerPoint's 100 % for Lato is 1.2 em). */
    private static double lineHeightPt(double sizePt, boolean bold) {
        return TextMeasurer.ascent(sizePt, bold) + TextMeasurer.descent(sizePt, bold);
    }
}

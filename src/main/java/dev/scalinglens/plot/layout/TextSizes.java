package dev.scalinglens.plot.layout;

/**
 * Every text size the layout draws, in layout pixels: the screen sizes times the font scale, each raised to the
 * slide mode's minimum when there is one.
 */
record TextSizes(double title, double subtitle, double axisTitle, double tick, double label, double footnote) {

    static TextSizes of(LayoutOptions options) {
        double fs = options.fontScale();
        SlideRules slide = options.slide();
        return new TextSizes(readable(17 * fs, slide), readable(12.5 * fs, slide), readable(12 * fs, slide),
                readable(11 * fs, slide), readable(10.5 * fs, slide),
                readable(PlotLayout.SMALLEST_TEXT_PX * fs, slide));
    }

    /** A text size, raised to the slide mode's minimum when there is one. */
    private static double readable(double px, SlideRules slide) {
        return slide == null ? px : Math.max(px, slide.minTextPx());
    }
}

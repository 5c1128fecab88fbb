package dev.scalinglens.plot.layout;

/**
 * The slide layout mode: rules for a chart that will be projected, applied by layout itself rather than by
 * scaling a screen layout up. Layout pixels are taken to be projector pixels (the slide exporters lay a
 * slide out at its 1080p size), so {@code minTextPx} is the smallest text on a 1080p projector.
 *
 * @param minTextPx        no text is drawn smaller than this many layout pixels (ticks, labels, legend,
 *                         source line); larger text keeps its size
 * @param maxLabels        point labels drawn besides pinned ones: the first {@code maxLabels} that fit, in
 *                         the chart's own priority order; pinned labels are always tried
 * @param maxLegendEntries legend lines before "+N more"; the legend lists only layers with something drawn
 *                         in the visible range
 */
public record SlideRules(double minTextPx, int maxLabels, int maxLegendEntries) {

    /**
     * The presenter defaults: 24 px on a 1080p projector (12 pt on a 7.5 in high slide, which is 1080 px /
     * 540 pt = 2 px per pt), at most 12 point labels and 8 legend lines.
     */
    public static final SlideRules PROJECTOR_1080P = new SlideRules(24, 12, 8);

    public SlideRules {
        if (!(minTextPx > 0) || maxLabels < 0 || maxLegendEntries < 1) {
            throw new IllegalArgumentException("slide rules need a positive text size, labels >= 0, legend >= 1");
        }
    }
}

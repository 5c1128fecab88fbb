package dev.scalinglens.export;

import dev.scalinglens.plot.layout.SlideRules;
import java.awt.geom.Rectangle2D;

/**
 * Where things go on a deck slide, in points (1/72 in): PowerPoint's widescreen page is 13.333 × 7.5 in =
 * 960 × 540 pt, its 4:3 page 720 × 540 pt. Margins are the 5 % title-safe border of {@link SafeMargins}.
 *
 * <p>Charts on slides are laid out in the slide layout mode ({@link SlideRules}) at projector resolution:
 * a slide projected at 1080p has 1080 px / 540 pt = {@value #PROJECTOR_PX_PER_PT} pixels per point, so a
 * chart box of w × h pt is laid out at 2w × 2h pixels and {@code SlideRules.minTextPx} is real projector
 * pixels.
 */
public final class SlideGeometry {

    static final double PAGE_WIDTH_PT = SlideFormat.WIDE_16_9.widthPt();
    static final double PAGE_HEIGHT_PT = SlideFormat.WIDE_16_9.heightPt();
    static final double TITLE_HEIGHT_PT = 54;
    static final double TITLE_GAP_PT = 6;
    static final double TITLE_FONT_PT = 28;
    /** Slide subtitle: 14 pt (28 px at 1080p); two lines fit its 38 pt ({@link SlideHeading}). */
    static final double SUBTITLE_FONT_PT = 14;
    static final double SUBTITLE_HEIGHT_PT = 38;
    /** 1080 projector pixels over a 540 pt slide height. */
    public static final double PROJECTOR_PX_PER_PT = ReadableFontRule.PROJECTOR_HEIGHT_PX / 540;

    /** Base size of tick labels in layout (fontScale 1): slide fonts are scaled so they hit the minimum. */
    static final double LAYOUT_TICK_FONT_PX = 11;

    private SlideGeometry() {
    }

    static double marginX(SlideFormat format) {
        return format.widthPt() * SafeMargins.TITLE_SAFE_FRACTION_PER_SIDE;
    }

    static double marginY(SlideFormat format) {
        return format.heightPt() * SafeMargins.TITLE_SAFE_FRACTION_PER_SIDE;
    }

    /** The title's box on a slide with this heading (one line: 54 pt, the line and the gap under it). */
    static Rectangle2D titleBox(SlideFormat format, SlideHeading heading) {
        return new Rectangle2D.Double(marginX(format), marginY(format), format.widthPt() - 2 * marginX(format),
                heading.titleHeightPt());
    }

    static Rectangle2D subtitleBox(SlideFormat format, SlideHeading heading) {
        return new Rectangle2D.Double(marginX(format), marginY(format) + heading.titleHeightPt(),
                format.widthPt() - 2 * marginX(format), heading.subtitleHeightPt());
    }

    /** The chart's box: below the title, and below the subtitle when the slide has one. */
    static Rectangle2D pictureBox(SlideFormat format, SlideHeading heading) {
        double top = marginY(format) + heading.titleHeightPt() + heading.subtitleHeightPt() + TITLE_GAP_PT;
        return new Rectangle2D.Double(marginX(format), top, format.widthPt() - 2 * marginX(format),
                format.heightPt() - top - marginY(format));
    }

    /** The 16:9 boxes of a slide with a one-line title and no subtitle. */
    static Rectangle2D titleBox() {
        return titleBox(SlideFormat.WIDE_16_9, SlideHeading.oneLineTitle());
    }

    static Rectangle2D pictureBox() {
        return pictureBox(SlideFormat.WIDE_16_9, SlideHeading.oneLineTitle());
    }

    /** Font scale of the slide mode: tick labels exactly at the minimum; smaller text is raised to it. */
    public static double slideFontScale() {
        return SlideRules.PROJECTOR_1080P.minTextPx() / LAYOUT_TICK_FONT_PX;
    }

    /**
     * Options for drawing the chart of a deck slide: the chart box at projector resolution, no extra margins
     * (the slide has them), the slide layout mode.
     */
    static ExportOptions pictureOptions(ExportFormat format, double pixelScale, SlideFormat slide,
                                        SlideHeading heading) {
        Rectangle2D box = pictureBox(slide, heading);
        return new ExportOptions(format, box.getWidth() * PROJECTOR_PX_PER_PT, box.getHeight() * PROJECTOR_PX_PER_PT,
                pixelScale, SafeMargins.none(), slideFontScale(), TextOverrides.NONE, true, true, null);
    }

    static ExportOptions pictureOptions(ExportFormat format, double pixelScale) {
        return pictureOptions(format, pixelScale, SlideFormat.WIDE_16_9, SlideHeading.oneLineTitle());
    }

    /**
     * A whole slide as one figure ({@code export --slide}): the page at projector resolution (1920 × 1080 px
     * for 16:9, 1440 × 1080 for 4:3) with title-safe margins, in the slide layout mode; PDF pages are the
     * slide's size in points.
     */
    public static ExportOptions fullSlideOptions(ExportFormat format, SlideFormat slide, double pixelScale) {
        double w = slide.widthPt() * PROJECTOR_PX_PER_PT;
        double h = slide.heightPt() * PROJECTOR_PX_PER_PT;
        return new ExportOptions(format, w, h, pixelScale, SafeMargins.titleSafe(w, h), slideFontScale(),
                TextOverrides.NONE, format == ExportFormat.SVG, true, slide.page());
    }
}

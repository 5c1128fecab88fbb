package dev.scalinglens.export;

import java.util.Objects;

/**
 * How to export one figure: format, logical size (what layout works in), pixel scale for PNG, safe
 * margins, font scale for the projector rule, typed text and SVG text handling.
 *
 * @param widthPx        logical width; layout positions and measures everything in these pixels
 * @param heightPx       logical height
 * @param pixelScale     output pixels per logical pixel for PNG (1, 2, 4, or whatever exact pixels need)
 * @param fontScale      multiplier for every font size in layout, from {@link ReadableFontRule}
 * @param svgTextAsPaths SVG only: draw text as outlines so it survives editors that lack the font
 * @param slideLayout    lay the chart out in the slide mode ({@code SlideRules}): layout pixels are 1080p
 *                       projector pixels, minimum text size, top-N labels, trimmed legend
 * @param page           PDF only: the physical page the figure is scaled onto, or null for
 *                       {@link #PT_PER_LOGICAL_PX} points per layout pixel
 */
public record ExportOptions(
        ExportFormat format,
        double widthPx,
        double heightPx,
        double pixelScale,
        SafeMargins margins,
        double fontScale,
        TextOverrides text,
        boolean svgTextAsPaths,
        boolean slideLayout,
        PageSize page) {

    /** PDF points per layout pixel when no page is given: a 1600 px wide figure fills a 960 pt slide. */
    public static final double PT_PER_LOGICAL_PX = 960.0 / 1600.0;

    public ExportOptions(ExportFormat format, double widthPx, double heightPx, double pixelScale, SafeMargins margins,
                         double fontScale, TextOverrides text, boolean svgTextAsPaths) {
        this(format, widthPx, heightPx, pixelScale, margins, fontScale, text, svgTextAsPaths, false, null);
    }

    /**
     * Largest PNG side we write: 16384² pixels at 4 bytes each is 1 GiB of image buffer, the most we ask
     * of a desktop JVM.
     */
    public static final int MAX_PIXELS_PER_SIDE = 16_384;

    /**
     * Smallest text the plot layout draws at fontScale 1 (the source footnote), in logical pixels: what the
     * projector rule must keep readable.
     */
    public static final double LAYOUT_SMALLEST_FONT_PX = dev.scalinglens.plot.layout.PlotLayout.SMALLEST_TEXT_PX;

    public ExportOptions {
        Objects.requireNonNull(format, "format");
        if (!(widthPx > 0) || !(heightPx > 0)) {
            throw new IllegalArgumentException("figure size must be positive, got " + widthPx + " × " + heightPx);
        }
        if (!(pixelScale > 0)) {
            throw new IllegalArgumentException("pixel scale must be positive, got " + pixelScale);
        }
        if (Math.round(widthPx * pixelScale) > MAX_PIXELS_PER_SIDE
                || Math.round(heightPx * pixelScale) > MAX_PIXELS_PER_SIDE) {
            throw new IllegalArgumentException("at most " + MAX_PIXELS_PER_SIDE + " pixels per side, got "
                    + Math.round(widthPx * pixelScale) + " × " + Math.round(heightPx * pixelScale));
        }
        if (!(fontScale > 0)) {
            throw new IllegalArgumentException("font scale must be positive, got " + fontScale);
        }
        margins = margins == null ? SafeMargins.none() : margins;
        text = text == null ? TextOverrides.NONE : text;
    }

    /**
     * A preset size at a pixel scale, with title-safe margins and the projector font rule applied; SVG text as
     * glyph outlines (the same in browsers, Inkscape and rsvg), {@link #withSvgTextAsPaths} for editable text.
     */
    public static ExportOptions of(ExportFormat format, SizePreset size, double pixelScale) {
        return ofLogicalSize(format, size.widthPx(), size.heightPx(), pixelScale);
    }

    static ExportOptions ofLogicalSize(ExportFormat format, double widthPx, double heightPx, double pixelScale) {
        return new ExportOptions(format, widthPx, heightPx, pixelScale,
                SafeMargins.titleSafe(widthPx, heightPx),
                ReadableFontRule.fontScale(heightPx, LAYOUT_SMALLEST_FONT_PX),
                TextOverrides.NONE, true);
    }

    /**
     * A PNG of exactly these pixels. Layout happens at a logical height of 900 px (the slide presets'
     * height) and the aspect of the request, so text keeps the same share of the height at any size.
     */
    public static ExportOptions exactPixels(int pixelWidth, int pixelHeight) {
        if (pixelWidth <= 0 || pixelHeight <= 0) {
            throw new IllegalArgumentException("pixel size must be positive, got " + pixelWidth + " × " + pixelHeight);
        }
        double logicalHeight = SizePreset.SLIDE_16_9.heightPx();
        double scale = pixelHeight / logicalHeight;
        return ofLogicalSize(ExportFormat.PNG, pixelWidth / scale, logicalHeight, scale);
    }

    public ExportOptions withText(TextOverrides newText) {
        return new ExportOptions(format, widthPx, heightPx, pixelScale, margins, fontScale, newText, svgTextAsPaths,
                slideLayout, page);
    }

    public ExportOptions withFormat(ExportFormat newFormat) {
        return new ExportOptions(newFormat, widthPx, heightPx, pixelScale, margins, fontScale, text, svgTextAsPaths,
                slideLayout, page);
    }

    public ExportOptions withSvgTextAsPaths(boolean asPaths) {
        return new ExportOptions(format, widthPx, heightPx, pixelScale, margins, fontScale, text, asPaths,
                slideLayout, page);
    }

    public ExportOptions withPage(PageSize newPage) {
        return new ExportOptions(format, widthPx, heightPx, pixelScale, margins, fontScale, text, svgTextAsPaths,
                slideLayout, newPage);
    }

    /** PDF page width in points. */
    public double pageWidthPt() {
        return page != null ? page.widthPt() : widthPx * PT_PER_LOGICAL_PX;
    }

    public double pageHeightPt() {
        return page != null ? page.heightPt() : heightPx * PT_PER_LOGICAL_PX;
    }

    /** Width of a PNG written with these options, in pixels. */
    public int pixelWidth() {
        return (int) Math.round(widthPx * pixelScale);
    }

    public int pixelHeight() {
        return (int) Math.round(heightPx * pixelScale);
    }
}

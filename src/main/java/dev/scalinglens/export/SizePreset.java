package dev.scalinglens.export;

import java.util.Optional;

/**
 * Figure sizes in logical pixels (what layout measures text and margins in). 16:9 is PowerPoint's default
 * widescreen page (13.333 × 7.5 in); 4:3 is its classic page (10 × 7.5 in).
 * Logical heights are the same 900 px so a chart's text is the same fraction of the height in each.
 */
public enum SizePreset {
    SLIDE_16_9("16:9 slide", 1600, 900),
    SLIDE_4_3("4:3 slide", 1200, 900),
    SQUARE("Square", 900, 900);

    private final String label;
    private final double widthPx;
    private final double heightPx;

    SizePreset(String label, double widthPx, double heightPx) {
        this.label = label;
        this.widthPx = widthPx;
        this.heightPx = heightPx;
    }

    public String label() {
        return label;
    }

    public double widthPx() {
        return widthPx;
    }

    public double heightPx() {
        return heightPx;
    }

    /** The slide this size is, for the slide layout mode; empty for the square. */
    public Optional<SlideFormat> slide() {
        return switch (this) {
            case SLIDE_16_9 -> Optional.of(SlideFormat.WIDE_16_9);
            case SLIDE_4_3 -> Optional.of(SlideFormat.STANDARD_4_3);
            case SQUARE -> Optional.empty();
        };
    }
}

package dev.scalinglens.export;

import java.util.Arrays;
import java.util.Optional;

/** The slide page of a deck or a slide export: PowerPoint's widescreen (default) or classic page, in points. */
public enum SlideFormat {
    /** 13.333 × 7.5 in. */
    WIDE_16_9("16:9", 960, 540),
    /** 10 × 7.5 in. */
    STANDARD_4_3("4:3", 720, 540);

    private final String id;
    private final double widthPt;
    private final double heightPt;

    SlideFormat(String id, double widthPt, double heightPt) {
        this.id = id;
        this.widthPt = widthPt;
        this.heightPt = heightPt;
    }

    public String id() {
        return id;
    }

    public double widthPt() {
        return widthPt;
    }

    public double heightPt() {
        return heightPt;
    }

    public PageSize page() {
        return this == WIDE_16_9 ? PageSize.SLIDE_16_9 : PageSize.SLIDE_4_3;
    }

    public static Optional<SlideFormat> byId(String id) {
        return Arrays.stream(values()).filter(f -> f.id.equals(id)).findFirst();
    }
}

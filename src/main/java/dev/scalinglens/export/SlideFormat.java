package dev.scalinglens.export;

import java.util.Arrays;
import java.util.Optional;

/** The slide page of a deck or a slide export: PowerPoint's widescreen (default) or classic page, in points. */
public enum SlideFormat {
    /** 13.333 × 7.5 in. */
    WIDE_16_9(PageSize.SLIDE_16_9),
    /** 10 × 7.5 in. */
    STANDARD_4_3(PageSize.SLIDE_4_3);

    /** The sizes live with the page sizes, so a slide and a slide-sized PDF page cannot drift apart. */
    private final PageSize page;

    SlideFormat(PageSize page) {
        this.page = page;
    }

    public String id() {
        return page.id();
    }

    public double widthPt() {
        return page.widthPt();
    }

    public double heightPt() {
        return page.heightPt();
    }

    public PageSize page() {
        return page;
    }

    public static Optional<SlideFormat> byId(String id) {
        return Arrays.stream(values()).filter(f -> f.id().equals(id)).findFirst();
    }
}

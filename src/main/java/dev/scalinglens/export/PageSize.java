package dev.scalinglens.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Physical page sizes for PDF, in points (1/72 in). Slides are PowerPoint's pages (16:9 is 13.333 × 7.5 in,
 * 4:3 is 10 × 7.5 in); paper sizes are landscape, since charts are wider than tall.
 */
public enum PageSize {
    SLIDE_16_9("16:9", 960, 540),
    SLIDE_4_3("4:3", 720, 540),
    /** ISO 216 A4, 297 × 210 mm, landscape. */
    A4("a4", 841.89, 595.28),
    /** US Letter, 11 × 8.5 in, landscape. */
    LETTER("letter", 792, 612);

    private final String id;
    private final double widthPt;
    private final double heightPt;

    PageSize(String id, double widthPt, double heightPt) {
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

    public static Optional<PageSize> byId(String id) {
        return Arrays.stream(values()).filter(p -> p.id.equals(id.toLowerCase(Locale.ROOT))).findFirst();
    }

    public static String knownIds() {
        return String.join(", ", Arrays.stream(values()).map(PageSize::id).toList());
    }
}

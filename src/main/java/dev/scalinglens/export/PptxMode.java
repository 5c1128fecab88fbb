package dev.scalinglens.export;

import java.util.Locale;

/** How a chart goes on a slide: native, editable PowerPoint shapes (default) or a picture (SVG + PNG). */
public enum PptxMode {
    NATIVE, PICTURE;

    public static PptxMode parse(String name) {
        try {
            return valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown PowerPoint mode \"" + name + "\"; expected native or picture");
        }
    }
}

package dev.scalinglens.export.pptx;

import dev.scalinglens.plot.PlotColor;
import dev.scalinglens.plot.spec.LineStyle;
import java.util.HexFormat;

/** DrawingML pieces with no state: fills, colours, outlines, shape names and XML escaping. */
final class DrawingMlXml {

    /** Colour values as {@code RRGGBB}: {@code String.format} per colour reference cost more than the rest of it. */
    private static final HexFormat HEX = HexFormat.of().withUpperCase();

    private DrawingMlXml() {
    }

    static void fill(StringBuilder s, PlotColor color) {
        if (color == null || color.alpha() == 0) {
            s.append("<a:noFill/>");
            return;
        }
        s.append("<a:solidFill>");
        color(s, color);
        s.append("</a:solidFill>");
    }

    static void color(StringBuilder s, PlotColor color) {
        s.append("<a:srgbClr val=\"").append(HEX.toHexDigits(color.argb()), 2, 8).append('"');
        if (color.alpha() < 255) {
            s.append("><a:alpha val=\"").append(Math.round(color.opacity() * 100_000)).append("\"/></a:srgbClr>");
        } else {
            s.append("/>");
        }
    }

    /** A shape outline: none for no colour or width, else the width in EMUs, the colour and the dash. */
    static void line(StringBuilder s, PlotColor color, double widthPx, EmuMapping emu, LineStyle style) {
        if (color == null || color.alpha() == 0 || !(widthPx > 0)) {
            s.append("<a:ln><a:noFill/></a:ln>");
            return;
        }
        s.append("<a:ln w=\"").append(Math.max(1, emu.len(widthPx))).append("\" cap=\"flat\">");
        fill(s, color);
        if (style == LineStyle.DASHED) {
            s.append("<a:prstDash val=\"dash\"/>");
        } else if (style == LineStyle.DOTTED) {
            s.append("<a:prstDash val=\"sysDot\"/>");
        } else {
            s.append("<a:prstDash val=\"solid\"/>");
        }
        s.append("<a:round/></a:ln>");
    }

    static String clipName(String name) {
        return name.length() > 120 ? name.substring(0, 119) + "…" : name;
    }

    /** XML text and attribute escaping; drops characters XML 1.0 cannot hold. */
    static String escape(String text) {
        StringBuilder b = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                default -> {
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }
}

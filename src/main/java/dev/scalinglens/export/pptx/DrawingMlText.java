package dev.scalinglens.export.pptx;

import static dev.scalinglens.export.pptx.DrawingMlXml.clipName;
import static dev.scalinglens.export.pptx.DrawingMlXml.escape;
import static dev.scalinglens.export.pptx.DrawingMlXml.fill;

import dev.scalinglens.plot.PlotColor;
import dev.scalinglens.plot.scene.TextMark;
import dev.scalinglens.plot.text.TextMeasurer;

/** A text mark as a DrawingML text box: one run in the chart's font, rotated about its centre. */
final class DrawingMlText {

    private DrawingMlText() {
    }

    /** Appends the text box for {@code m} with shape id {@code id}. */
    static void write(StringBuilder s, TextMark m, int id, EmuMapping emu, String fontFamily) {
        double ascent = TextMeasurer.ascent(m.sizePx(), m.bold());
        double height = ascent + TextMeasurer.descent(m.sizePx(), m.bold());
        double width = m.widthPx();
        // The box in the text's own frame, then its centre turned about the anchor: DrawingML rotates a
        // shape about its centre.
        double cx = m.startX() + width / 2;
        double cy = m.y() - ascent + height / 2;
        if (m.rotationDeg() != 0) {
            double a = Math.toRadians(m.rotationDeg());
            double dx = cx - m.x();
            double dy = cy - m.y();
            cx = m.x() + dx * Math.cos(a) - dy * Math.sin(a);
            cy = m.y() + dx * Math.sin(a) + dy * Math.cos(a);
        }
        // A little slack on each side so another font's wider glyphs do not wrap or clip the run.
        double slack = m.sizePx() * 0.5;
        double boxW = width + 2 * slack;
        long rot = Math.round(((m.rotationDeg() % 360) + 360) % 360 * 60_000);
        String name = "Text: " + m.text();
        s.append("<p:sp><p:nvSpPr><p:cNvPr id=\"").append(id).append("\" name=\"").append(escape(clipName(name)))
                .append("\"/><p:cNvSpPr txBox=\"1\"/><p:nvPr/></p:nvSpPr><p:spPr><a:xfrm");
        if (rot != 0) {
            s.append(" rot=\"").append(rot).append('"');
        }
        s.append("><a:off x=\"").append(emu.x(cx - boxW / 2)).append("\" y=\"").append(emu.y(cy - height / 2))
                .append("\"/><a:ext cx=\"").append(emu.len(boxW)).append("\" cy=\"").append(emu.len(height))
                .append("\"/></a:xfrm><a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom><a:noFill/></p:spPr>");
        String align = switch (m.anchor()) {
            case START -> "l";
            case MIDDLE -> "ctr";
            case END -> "r";
        };
        long inset = emu.len(slack);
        s.append("<p:txBody><a:bodyPr wrap=\"none\" lIns=\"").append(inset).append("\" tIns=\"0\" rIns=\"")
                .append(inset).append("\" bIns=\"0\" anchor=\"t\" rtlCol=\"0\"><a:noAutofit/></a:bodyPr><a:lstStyle/>")
                .append("<a:p><a:pPr algn=\"").append(align).append("\"><a:lnSpc><a:spcPct val=\"100000\"/></a:lnSpc>")
                .append("<a:spcBef><a:spcPts val=\"0\"/></a:spcBef><a:spcAft><a:spcPts val=\"0\"/></a:spcAft></a:pPr>")
                .append("<a:r>");
        runProperties(s, fontFamily, "a:rPr", m.sizePx() * emu.ptPerPx(), m.bold(), m.color());
        s.append("<a:t>").append(escape(m.text())).append("</a:t></a:r></a:p></p:txBody></p:sp>");
    }

    /** Run properties in the chart's font: {@code <a:rPr lang sz b><a:solidFill/><a:latin/><a:cs/></a:rPr>}. */
    static void runProperties(StringBuilder s, String fontFamily, String element, double sizePt, boolean bold,
                              PlotColor color) {
        s.append('<').append(element).append(" lang=\"en-US\" sz=\"").append(Math.max(100, Math.round(sizePt * 100)))
                .append("\" b=\"").append(bold ? 1 : 0).append("\" dirty=\"0\">");
        fill(s, color);
        s.append("<a:latin typeface=\"").append(fontFamily).append("\"/><a:cs typeface=\"").append(fontFamily)
                .append("\"/></").append(element).append('>');
    }
}

package dev.scalinglens.export;

import java.util.Locale;
import dev.scalinglens.plot.scene.PlotScene;
import java.nio.charset.StandardCharsets;

/** Puts a drawn SVG chart on a larger page: margins around it in the chart's background. */
final class SvgPage {

    private SvgPage() {
    }

    private static String num(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.2f", v);
    }

    /**
     * The root's size becomes the page's and its viewBox starts at minus the left and top margins, so the
     * chart's own coordinates are unchanged; a background rectangle covers the whole page first.
     */
    static byte[] withMargins(byte[] svg, PlotScene scene, double pageW, double pageH, double left, double top) {
        String text = new String(svg, StandardCharsets.UTF_8);
        int root = text.indexOf("<svg");
        int end = text.indexOf('>', root);
        if (root < 0 || end < 0) {
            throw new IllegalStateException("the SVG renderer wrote no <svg> root");
        }
        String start = text.substring(root, end)
                .replaceFirst(" width=\"[^\"]*\"", " width=\"" + num(pageW) + "\"")
                .replaceFirst(" height=\"[^\"]*\"", " height=\"" + num(pageH) + "\"")
                .replaceFirst(" viewBox=\"[^\"]*\"", " viewBox=\"" + num(-left) + " " + num(-top)
                        + " " + num(pageW) + " " + num(pageH) + "\"");
        String background = scene.background() == null ? "" : "<rect x=\"" + num(-left) + "\" y=\""
                + num(-top) + "\" width=\"" + num(pageW) + "\" height=\"" + num(pageH)
                + "\" fill=\"" + scene.background().hex() + "\"/>";
        return (text.substring(0, root) + start + ">" + background + text.substring(end + 1))
                .getBytes(StandardCharsets.UTF_8);
    }
}

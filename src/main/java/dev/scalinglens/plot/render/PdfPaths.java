package dev.scalinglens.plot.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/** Paths into a PDF page's content stream or as content-stream text, and PDFBox's checked IO turned unchecked. */
final class PdfPaths {

    /** A write to a content stream. */
    interface IoAction {
        void run() throws IOException;
    }

    private PdfPaths() {
    }

    static void io(IoAction action) {
        try {
            action.run();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write PDF: " + e.getMessage(), e);
        }
    }

    static PathConsumer into(PDPageContentStream cs) {
        return new PathConsumer() {
            @Override
            public void moveTo(double x, double y) {
                io(() -> cs.moveTo((float) x, (float) y));
            }

            @Override
            public void lineTo(double x, double y) {
                io(() -> cs.lineTo((float) x, (float) y));
            }

            @Override
            public void curveTo(double x1, double y1, double x2, double y2, double x3, double y3) {
                io(() -> cs.curveTo((float) x1, (float) y1, (float) x2, (float) y2, (float) x3, (float) y3));
            }

            @Override
            public void close() {
                io(cs::closePath);
            }
        };
    }

    /** PDF path operators ({@code m l c h}) appended to {@code out}, coordinates to 0.01. */
    static PathConsumer asText(StringBuilder out) {
        return new PathConsumer() {
            @Override
            public void moveTo(double x, double y) {
                point(x, y).append("m\n");
            }

            @Override
            public void lineTo(double x, double y) {
                point(x, y).append("l\n");
            }

            @Override
            public void curveTo(double x1, double y1, double x2, double y2, double x3, double y3) {
                point(x1, y1);
                point(x2, y2);
                point(x3, y3).append("c\n");
            }

            @Override
            public void close() {
                out.append("h\n");
            }

            private StringBuilder point(double x, double y) {
                SvgNumbers.append(out, x);
                out.append(' ');
                SvgNumbers.append(out, y);
                return out.append(' ');
            }
        };
    }
}

package dev.scalinglens.plot.render;

import dev.scalinglens.plot.PlotColor;
import dev.scalinglens.plot.scene.AreaMark;
import dev.scalinglens.plot.scene.PlotScene;
import dev.scalinglens.plot.scene.PointsMark;
import dev.scalinglens.plot.scene.PolylineMark;
import dev.scalinglens.plot.scene.Rect;
import dev.scalinglens.plot.scene.RectMark;
import dev.scalinglens.plot.scene.SceneGroup;
import dev.scalinglens.plot.scene.SegmentsMark;
import dev.scalinglens.plot.scene.TextMark;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.util.Matrix;

/** Draws marks into a PDF content stream whose user space was flipped to y-down pixels (1 px = 1 pt). */
final class PdfSink implements MarkSink {

    private final PDPageContentStream cs;
    private final PDType0Font regular;
    private final PDType0Font bold;
    private final Map<String, PDExtendedGraphicsState> alphaStates = new HashMap<>();
    private final PathConsumer path;
    private final PdfMarkerForms markers;
    private int fillAlpha = 255;
    private int strokeAlpha = 255;

    PdfSink(PDPageContentStream cs, PDType0Font regular, PDType0Font bold, PdfMarkerForms markers) {
        this.cs = cs;
        this.regular = regular;
        this.bold = bold;
        this.markers = markers;
        this.path = PdfPaths.into(cs);
    }

    private static void io(PdfPaths.IoAction a) {
        PdfPaths.io(a);
    }

    @Override
    public void beginScene(PlotScene scene) {
        io(() -> cs.transform(new Matrix(1, 0, 0, -1, 0, (float) scene.heightPx())));
    }

    @Override
    public void beginGroup(SceneGroup group) {
        io(() -> {
            cs.saveGraphicsState();
            if (group.clip() != null) {
                Rect c = group.clip();
                cs.addRect((float) c.x(), (float) c.y(), (float) c.width(), (float) c.height());
                cs.clip();
            }
        });
    }

    @Override
    public void endGroup(SceneGroup group) {
        io(cs::restoreGraphicsState);
        // Restoring the graphics state also restores the opacities in effect before the group.
        fillAlpha = 255;
        strokeAlpha = 255;
    }

    @Override
    public void rect(RectMark m) {
        io(() -> {
            Rect r = m.rect();
            if (m.fill() != null) {
                fill(m.fill());
                cs.addRect((float) r.x(), (float) r.y(), (float) r.width(), (float) r.height());
                cs.fill();
            }
            if (m.stroke() != null && m.strokeWidthPx() > 0) {
                stroke(m.stroke(), m.strokeWidthPx(), null);
                cs.addRect((float) r.x(), (float) r.y(), (float) r.width(), (float) r.height());
                cs.stroke();
            }
        });
    }

    @Override
    public void segments(SegmentsMark m) {
        io(() -> {
            stroke(m.color(), m.widthPx(), Dashes.floats(m.style(), m.widthPx()));
            double[] c = m.coords();
            for (int i = 0; i + 3 < c.length; i += 4) {
                cs.moveTo((float) c[i], (float) c[i + 1]);
                cs.lineTo((float) c[i + 2], (float) c[i + 3]);
            }
            if (c.length >= 4) {
                cs.stroke();
            }
        });
    }

    @Override
    public void polyline(PolylineMark m) {
        io(() -> {
            stroke(m.color(), m.widthPx(), Dashes.floats(m.style(), m.widthPx()));
            boolean[] any = {false};
            Polylines.visit(m.xs(), m.ys(), (x, y, start) -> {
                if (start) {
                    path.moveTo(x, y);
                } else {
                    path.lineTo(x, y);
                }
                any[0] = true;
            });
            if (any[0]) {
                cs.stroke();
            }
        });
    }

    @Override
    public void area(AreaMark m) {
        if (m.xs().length < 3) {
            return;
        }
        io(() -> {
            fill(m.fill());
            cs.moveTo((float) m.xs()[0], (float) m.ys()[0]);
            for (int i = 1; i < m.xs().length; i++) {
                cs.lineTo((float) m.xs()[i], (float) m.ys()[i]);
            }
            cs.closePath();
            cs.fill();
        });
    }

    @Override
    public void text(TextMark m) {
        io(() -> {
            fill(m.color());
            double a = Math.toRadians(m.rotationDeg());
            double cos = Math.cos(a);
            double sin = Math.sin(a);
            double along = m.startX() - m.x();
            cs.beginText();
            cs.setFont(m.bold() ? bold : regular, (float) m.sizePx());
            // y-down user space: flip the glyphs back up, then rotate with the mark.
            cs.setTextMatrix(new Matrix((float) cos, (float) sin, (float) sin, (float) -cos,
                    (float) (m.x() + along * cos), (float) (m.y() + along * sin)));
            try {
                cs.showText(m.text());
            } catch (IllegalArgumentException missingGlyph) {
                cs.showText(m.text().replaceAll("[^\\x20-\\x7E]", "?"));
            }
            cs.endText();
        });
    }

    @Override
    public void points(PointsMark m) {
        io(() -> {
            if (m.fill() != null) {
                fill(m.fill());
            }
            stroke(m.stroke() == null ? m.fill() : m.stroke(), PointRaster.STROKE_WIDTH_PX, null);
            m.forEachDrawable((i, px, py) -> io(() -> {
                PdfMarkerForms.Paint paint = m.hollow(i) || m.fill() == null ? PdfMarkerForms.Paint.STROKE
                        : m.stroke() == null ? PdfMarkerForms.Paint.FILL : PdfMarkerForms.Paint.FILL_AND_STROKE;
                cs.saveGraphicsState();
                cs.transform(Matrix.getTranslateInstance((float) px, (float) py));
                cs.drawForm(markers.form(m.shape(), m.sizePx(), paint));
                cs.restoreGraphicsState();
            }));
        });
    }

    @Override
    public void endScene() {
        // The caller closes the content stream.
    }

    private void fill(PlotColor c) throws IOException {
        cs.setNonStrokingColor(c.red() / 255f, c.green() / 255f, c.blue() / 255f);
        if (c.alpha() != fillAlpha) {
            cs.setGraphicsStateParameters(alphaState(true, c.alpha()));
            fillAlpha = c.alpha();
        }
    }

    private void stroke(PlotColor c, double width, float[] dash) throws IOException {
        cs.setStrokingColor(c.red() / 255f, c.green() / 255f, c.blue() / 255f);
        if (c.alpha() != strokeAlpha) {
            cs.setGraphicsStateParameters(alphaState(false, c.alpha()));
            strokeAlpha = c.alpha();
        }
        cs.setLineWidth((float) width);
        cs.setLineDashPattern(dash == null ? new float[0] : dash, 0);
    }

    private PDExtendedGraphicsState alphaState(boolean forFill, int alpha) {
        return alphaStates.computeIfAbsent((forFill ? "f" : "s") + alpha, k -> {
            PDExtendedGraphicsState gs = new PDExtendedGraphicsState();
            if (forFill) {
                gs.setNonStrokingAlphaConstant(alpha / 255f);
            } else {
                gs.setStrokingAlphaConstant(alpha / 255f);
            }
            return gs;
        });
    }
}

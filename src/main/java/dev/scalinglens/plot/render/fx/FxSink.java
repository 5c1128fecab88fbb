package dev.scalinglens.plot.render.fx;

import dev.scalinglens.plot.PlotColor;
import dev.scalinglens.plot.render.Dashes;
import dev.scalinglens.plot.render.MarkSink;
import dev.scalinglens.plot.render.MarkerGeometry;
import dev.scalinglens.plot.render.PathConsumer;
import dev.scalinglens.plot.render.PointRaster;
import dev.scalinglens.plot.render.RectClip;
import dev.scalinglens.plot.scene.AreaMark;
import dev.scalinglens.plot.scene.PlotScene;
import dev.scalinglens.plot.scene.PointsMark;
import dev.scalinglens.plot.scene.PolylineMark;
import dev.scalinglens.plot.scene.Rect;
import dev.scalinglens.plot.scene.RectMark;
import dev.scalinglens.plot.scene.SceneGroup;
import dev.scalinglens.plot.scene.SegmentsMark;
import dev.scalinglens.plot.scene.TextMark;
import dev.scalinglens.plot.spec.MarkerShape;
import java.util.Arrays;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.TextAlignment;

/**
 * Draws marks on a JavaFX canvas as vectors (dense point layers reach it through {@link ScreenSink} as one image). A group's clip
 * rectangle is applied in code ({@link RectClip}) rather than with the canvas clip, which is slow in software
 * rendering; only marks that straddle its edge and cannot be cut in code (markers, text, outlines) are drawn
 * under a real canvas clip. A clipped line ends with a butt cap on the edge, so a thick line crossing it
 * at an angle may overhang by up to half its width.
 */
final class FxSink implements MarkSink {

    private final GraphicsContext gc;
    private final PathConsumer path;
    private final double rasterScale;
    private Rect clip;

    /** @param rasterScale device pixels per logical pixel (the window's render scale), for pixel-snapped lines */
    FxSink(GraphicsContext gc, double rasterScale) {
        this.gc = gc;
        this.rasterScale = rasterScale > 0 ? rasterScale : 1;
        this.path = new PathConsumer() {
            @Override
            public void moveTo(double x, double y) {
                gc.moveTo(x, y);
            }

            @Override
            public void lineTo(double x, double y) {
                gc.lineTo(x, y);
            }

            @Override
            public void curveTo(double x1, double y1, double x2, double y2, double x3, double y3) {
                gc.bezierCurveTo(x1, y1, x2, y2, x3, y3);
            }

            @Override
            public void close() {
                gc.closePath();
            }
        };
    }

    static Color fx(PlotColor c) {
        return Color.rgb(c.red(), c.green(), c.blue(), c.opacity());
    }

    @Override
    public void beginScene(PlotScene scene) {
        gc.setTextBaseline(VPos.BASELINE);
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setLineCap(StrokeLineCap.BUTT);
        if (scene.background().alpha() < 255) {
            // An opaque background is painted over the whole canvas first: clearing it too would cost a
            // second pass over every pixel in software rendering.
            gc.clearRect(0, 0, gc.getCanvas().getWidth(), gc.getCanvas().getHeight());
        }
    }

    @Override
    public void beginGroup(SceneGroup group) {
        gc.save();
        clip = group.clip();
    }

    /** Runs {@code draw} under a canvas clip to the group's rectangle: for the few marks cut by its edge. */
    private void underCanvasClip(Runnable draw) {
        gc.save();
        gc.beginPath();
        gc.rect(clip.x(), clip.y(), clip.width(), clip.height());
        gc.clip();
        draw.run();
        gc.restore();
    }

    private boolean insideClip(double x0, double y0, double x1, double y1) {
        return clip == null || (x0 >= clip.x() && y0 >= clip.y() && x1 <= clip.maxX() && y1 <= clip.maxY());
    }

    private boolean outsideClip(double x0, double y0, double x1, double y1) {
        return clip != null && (x1 < clip.x() || y1 < clip.y() || x0 > clip.maxX() || y0 > clip.maxY());
    }

    @Override
    public void endGroup(SceneGroup group) {
        gc.restore();
        clip = null;
    }

    @Override
    public void rect(RectMark m) {
        Rect r = m.rect();
        if (m.fill() != null) {
            double x0 = clip == null ? r.x() : Math.max(r.x(), clip.x());
            double y0 = clip == null ? r.y() : Math.max(r.y(), clip.y());
            double x1 = clip == null ? r.maxX() : Math.min(r.maxX(), clip.maxX());
            double y1 = clip == null ? r.maxY() : Math.min(r.maxY(), clip.maxY());
            if (x1 > x0 && y1 > y0) {
                gc.setFill(fx(m.fill()));
                gc.fillRect(x0, y0, x1 - x0, y1 - y0);
            }
        }
        if (m.stroke() != null && m.strokeWidthPx() > 0) {
            double half = m.strokeWidthPx() / 2;
            if (outsideClip(r.x() - half, r.y() - half, r.maxX() + half, r.maxY() + half)) {
                return;
            }
            stroke(m.stroke(), m.strokeWidthPx(), null);
            Runnable outline = () -> gc.strokeRect(r.x(), r.y(), r.width(), r.height());
            if (insideClip(r.x() - half, r.y() - half, r.maxX() + half, r.maxY() + half)) {
                outline.run();
            } else {
                underCanvasClip(outline);
            }
        }
    }

    @Override
    public void segments(SegmentsMark m) {
        double[] dash = Dashes.pattern(m.style(), m.widthPx());
        stroke(m.color(), m.widthPx(), dash);
        double[] c = m.coords();
        double[] s = new double[4];
        gc.setFill(fx(m.color()));
        gc.beginPath();
        for (int i = 0; i + 3 < c.length; i += 4) {
            System.arraycopy(c, i, s, 0, 4);
            if (clip != null && !RectClip.clipSegment(s, clip)) {
                continue;
            }
            double offset = Math.hypot(s[0] - c[i], s[1] - c[i + 1]);
            if (dash != null && offset > 0) {
                // A dashed segment cut at its start keeps its phase: stroke it on its own.
                gc.setLineDashOffset(offset);
                gc.strokeLine(s[0], s[1], s[2], s[3]);
                gc.setLineDashOffset(0);
                continue;
            }
            if (dash == null && (s[0] == s[2] || s[1] == s[3])) {
                crispLine(s, m.widthPx());
                continue;
            }
            gc.moveTo(s[0], s[1]);
            gc.lineTo(s[2], s[3]);
        }
        gc.stroke();
    }

    /**
     * A solid horizontal or vertical line as a rectangle snapped to device pixels: crisp grid lines and ticks,
     * and far cheaper in software rendering than stroking a path as wide as the plot.
     */
    private void crispLine(double[] s, double widthPx) {
        double half = widthPx / 2;
        if (s[0] == s[2]) {
            double left = snap(s[0] - half);
            double right = Math.max(snap(s[0] + half), left + 1 / rasterScale);
            gc.fillRect(left, Math.min(s[1], s[3]), right - left, Math.abs(s[3] - s[1]));
        } else {
            double top = snap(s[1] - half);
            double bottom = Math.max(snap(s[1] + half), top + 1 / rasterScale);
            gc.fillRect(Math.min(s[0], s[2]), top, Math.abs(s[2] - s[0]), bottom - top);
        }
    }

    private double snap(double v) {
        return Math.round(v * rasterScale) / rasterScale;
    }

    @Override
    public void polyline(PolylineMark m) {
        double[] dash = Dashes.pattern(m.style(), m.widthPx());
        stroke(m.color(), m.widthPx(), dash);
        gc.beginPath();
        // Without a group clip, cutting to the canvas changes no pixel and keeps one code path.
        Rect bounds = clip != null ? clip : new Rect(0, 0, gc.getCanvas().getWidth(), gc.getCanvas().getHeight());
        RectClip.clipPolyline(m.xs(), m.ys(), bounds, (x, y, start, distance) -> {
            if (start && dash != null) {
                // Each visible run of a dashed line is stroked on its own, with the phase it had unclipped.
                gc.stroke();
                gc.setLineDashOffset(distance);
                gc.beginPath();
            }
            if (start) {
                gc.moveTo(x, y);
            } else {
                gc.lineTo(x, y);
            }
        });
        gc.stroke();
        gc.setLineDashOffset(0);
    }

    @Override
    public void area(AreaMark m) {
        gc.setFill(fx(m.fill()));
        if (clip == null) {
            gc.fillPolygon(m.xs(), m.ys(), m.xs().length);
            return;
        }
        double[][] inside = RectClip.clipPolygon(m.xs(), m.ys(), m.xs().length, clip);
        if (inside[0].length >= 3) {
            gc.fillPolygon(inside[0], inside[1], inside[0].length);
        }
    }

    @Override
    public void text(TextMark m) {
        if (clip == null) {
            drawText(m);
            return;
        }
        // Generous extent of the glyphs around the baseline; rotated text is rare inside a clip.
        double top = m.y() - m.sizePx() * 1.2;
        double bottom = m.y() + m.sizePx() * 0.4;
        if (m.rotationDeg() == 0 && insideClip(m.startX(), top, m.startX() + m.widthPx(), bottom)) {
            drawText(m);
        } else if (m.rotationDeg() != 0 || !outsideClip(m.startX(), top, m.startX() + m.widthPx(), bottom)) {
            underCanvasClip(() -> drawText(m));
        }
    }

    private void drawText(TextMark m) {
        gc.save();
        gc.setFont(FxFonts.font(m.sizePx(), m.bold()));
        gc.setFill(fx(m.color()));
        gc.translate(m.x(), m.y());
        if (m.rotationDeg() != 0) {
            gc.rotate(m.rotationDeg());
        }
        gc.fillText(m.text(), m.startX() - m.x(), 0);
        gc.restore();
    }

    @Override
    public void points(PointsMark m) {
        gc.setLineWidth(PointRaster.STROKE_WIDTH_PX);
        gc.setLineDashes((double[]) null);
        Color fill = m.fill() == null ? null : fx(m.fill());
        Color stroke = m.stroke() == null ? null : fx(m.stroke());
        double reach = m.sizePx() / 2 + PointRaster.STROKE_WIDTH_PX;
        int[] onEdge = new int[8];
        int edgeCount = 0;
        for (int i = 0; i < m.size(); i++) {
            double px = m.pixelX(i);
            double py = m.pixelY(i);
            if (!Double.isFinite(px) || !Double.isFinite(py)
                    || outsideClip(px - reach, py - reach, px + reach, py + reach)) {
                continue;
            }
            if (insideClip(px - reach, py - reach, px + reach, py + reach)) {
                marker(m, i, fill, stroke);
            } else {
                if (edgeCount == onEdge.length) {
                    onEdge = Arrays.copyOf(onEdge, edgeCount * 2);
                }
                onEdge[edgeCount++] = i;
            }
        }
        if (edgeCount > 0) {
            int[] cut = onEdge;
            int count = edgeCount;
            underCanvasClip(() -> {
                for (int k = 0; k < count; k++) {
                    marker(m, cut[k], fill, stroke);
                }
            });
        }
    }

    private void marker(PointsMark m, int i, Color fill, Color stroke) {
        double px = m.pixelX(i);
        double py = m.pixelY(i);
        double size = m.sizePx();
        boolean hollow = m.hollow(i) || fill == null;
        if (m.shape() == MarkerShape.CIRCLE) {
            if (!hollow) {
                gc.setFill(fill);
                gc.fillOval(px - size / 2, py - size / 2, size, size);
            }
            if (stroke != null) {
                gc.setStroke(stroke);
                gc.setLineWidth(PointRaster.STROKE_WIDTH_PX * (hollow ? 1.5 : 1));
                gc.strokeOval(px - size / 2, py - size / 2, size, size);
            }
            return;
        }
        gc.beginPath();
        MarkerGeometry.emit(m.shape(), px, py, size, path);
        if (!hollow) {
            gc.setFill(fill);
            gc.fill();
        }
        if (stroke != null) {
            gc.setStroke(stroke);
            gc.setLineWidth(PointRaster.STROKE_WIDTH_PX * (hollow ? 1.5 : 1));
            gc.stroke();
        }
    }

    @Override
    public void endScene() {
        // Nothing buffered.
    }

    private void stroke(PlotColor color, double width, double[] dash) {
        gc.setStroke(fx(color));
        gc.setLineWidth(width);
        gc.setLineDashes(dash);
    }
}

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
import dev.scalinglens.plot.text.ChartFont;
import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.awt.image.DirectColorModel;
import java.awt.image.Raster;
import java.awt.image.SinglePixelPackedSampleModel;
import java.awt.image.WritableRaster;
import java.util.ArrayDeque;
import java.util.Deque;

/** Draws marks with Java2D onto a Graphics2D already scaled by {@code scale} (PNG export). */
final class Java2dSink implements MarkSink {

    private final Graphics2D g;
    private final double scale;
    private final Deque<Shape> clips = new ArrayDeque<>();

    Java2dSink(Graphics2D g, double scale) {
        this.g = g;
        this.scale = scale;
    }

    @Override
    public void beginScene(PlotScene scene) {
        // The caller sets up the image, scale and rendering hints.
    }

    @Override
    public void beginGroup(SceneGroup group) {
        clips.push(g.getClip() == null ? new Rectangle2D.Double(-1e6, -1e6, 2e6, 2e6) : g.getClip());
        if (group.clip() != null) {
            Rect c = group.clip();
            g.clip(new Rectangle2D.Double(c.x(), c.y(), c.width(), c.height()));
        }
    }

    @Override
    public void endGroup(SceneGroup group) {
        g.setClip(clips.pop());
    }

    @Override
    public void rect(RectMark m) {
        Rectangle2D.Double r = new Rectangle2D.Double(m.rect().x(), m.rect().y(), m.rect().width(), m.rect().height());
        if (m.fill() != null) {
            g.setColor(MarkerSprite.awt(m.fill()));
            g.fill(r);
        }
        if (m.stroke() != null && m.strokeWidthPx() > 0) {
            stroke(m.stroke(), m.strokeWidthPx(), null);
            g.draw(r);
        }
    }

    @Override
    public void segments(SegmentsMark m) {
        stroke(m.color(), m.widthPx(), Dashes.floats(m.style(), m.widthPx()));
        double[] c = m.coords();
        Line2D.Double line = new Line2D.Double();
        for (int i = 0; i + 3 < c.length; i += 4) {
            line.setLine(c[i], c[i + 1], c[i + 2], c[i + 3]);
            g.draw(line);
        }
    }

    @Override
    public void polyline(PolylineMark m) {
        stroke(m.color(), m.widthPx(), Dashes.floats(m.style(), m.widthPx()));
        g.draw(Polylines.toPath(m.xs(), m.ys()));
    }

    @Override
    public void area(AreaMark m) {
        if (m.xs().length < 3) {
            return;
        }
        Path2D.Double p = new Path2D.Double();
        p.moveTo(m.xs()[0], m.ys()[0]);
        for (int i = 1; i < m.xs().length; i++) {
            p.lineTo(m.xs()[i], m.ys()[i]);
        }
        p.closePath();
        g.setColor(MarkerSprite.awt(m.fill()));
        g.fill(p);
    }

    @Override
    public void text(TextMark m) {
        AffineTransform saved = g.getTransform();
        g.setFont(ChartFont.awt(m.sizePx(), m.bold()));
        g.setColor(MarkerSprite.awt(m.color()));
        g.translate(m.x(), m.y());
        if (m.rotationDeg() != 0) {
            g.rotate(Math.toRadians(m.rotationDeg()));
        }
        g.drawString(m.text(), (float) (m.startX() - m.x()), 0f);
        g.setTransform(saved);
    }

    @Override
    public void points(PointsMark m) {
        if (PointRaster.useRaster(m)) {
            rasterPoints(m);
            return;
        }
        Path2D.Double path = new Path2D.Double();
        PathConsumer into = Java2dPaths.into(path);
        stroke(m.stroke() == null ? m.fill() : m.stroke(), PointRaster.STROKE_WIDTH_PX, null);
        m.forEachDrawable((i, px, py) -> {
            path.reset();
            MarkerGeometry.emit(m.shape(), px, py, m.sizePx(), into);
            boolean hollow = m.hollow(i);
            if (!hollow && m.fill() != null) {
                g.setColor(MarkerSprite.awt(m.fill()));
                g.fill(path);
            }
            if (m.stroke() != null) {
                g.setColor(MarkerSprite.awt(m.stroke()));
                g.setStroke(new BasicStroke((float) (PointRaster.STROKE_WIDTH_PX * (hollow ? 1.5 : 1))));
                g.draw(path);
            }
        });
    }

    /** Dense layers: sprites into a device-resolution buffer over the clip, then one image draw. */
    private void rasterPoints(PointsMark m) {
        Rectangle2D clip = g.getClipBounds() == null ? new Rectangle2D.Double(0, 0, 1e4, 1e4) : g.getClipBounds();
        int ox = (int) Math.floor(clip.getX() * scale);
        int oy = (int) Math.floor(clip.getY() * scale);
        int w = (int) Math.ceil(clip.getMaxX() * scale) - ox;
        int h = (int) Math.ceil(clip.getMaxY() * scale) - oy;
        if (w <= 0 || h <= 0) {
            return;
        }
        PointRaster.Buffer buf = PointRaster.Buffer.allocate(w, h, ox, oy, scale);
        PointRaster.draw(m, buf, RasterHelper.get());
        AffineTransform saved = g.getTransform();
        g.setTransform(new AffineTransform());
        g.drawImage(premultipliedImage(buf), ox, oy, null);
        g.setTransform(saved);
    }

    static BufferedImage premultipliedImage(PointRaster.Buffer buf) {
        DirectColorModel cm = new DirectColorModel(java.awt.color.ColorSpace.getInstance(java.awt.color.ColorSpace.CS_sRGB),
                32, 0x00FF0000, 0x0000FF00, 0x000000FF, 0xFF000000, true, java.awt.image.DataBuffer.TYPE_INT);
        DataBufferInt data = new DataBufferInt(buf.argbPre(), buf.argbPre().length);
        SinglePixelPackedSampleModel sm = new SinglePixelPackedSampleModel(java.awt.image.DataBuffer.TYPE_INT,
                buf.width(), buf.height(), new int[] {0x00FF0000, 0x0000FF00, 0x000000FF, 0xFF000000});
        WritableRaster raster = Raster.createWritableRaster(sm, data, null);
        return new BufferedImage(cm, raster, true, null);
    }

    private void stroke(PlotColor color, double width, float[] dash) {
        g.setColor(MarkerSprite.awt(color));
        g.setStroke(new BasicStroke((float) width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, dash, 0f));
    }

    @Override
    public void endScene() {
        // Nothing buffered.
    }
}

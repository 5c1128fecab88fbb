package dev.scalinglens.plot.render;

import dev.scalinglens.plot.PlotColor;
import dev.scalinglens.plot.spec.MarkerShape;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A pre-rendered, anti-aliased marker as premultiplied ARGB pixels, drawn once per (shape, size, colours)
 * with Java2D and then copied into point buffers; far cheaper than rasterising a path per point.
 */
public record MarkerSprite(int width, int height, int centerX, int centerY, int[] argbPre, int[] inverseAlpha,
                           int[] rowStart, int[] rowEnd) {

    private static final Map<Key, MarkerSprite> CACHE = new ConcurrentHashMap<>();
    private static final int CACHE_LIMIT = 512;

    private record Key(MarkerShape shape, long sizeMilliPx, int fill, int stroke, boolean hollow, long strokeMilliPx) {
    }

    /**
     * @param fill   fill colour (ignored when hollow); null for none
     * @param stroke outline colour; null for none
     */
    public static MarkerSprite of(MarkerShape shape, double sizePx, PlotColor fill, PlotColor stroke, boolean hollow,
                                  double strokeWidthPx) {
        Key key = new Key(shape, Math.round(sizePx * 1000), fill == null ? 0 : fill.argb(),
                stroke == null ? 0 : stroke.argb(), hollow, Math.round(strokeWidthPx * 1000));
        if (CACHE.size() > CACHE_LIMIT) {
            CACHE.clear();
        }
        return CACHE.computeIfAbsent(key, k -> render(shape, sizePx, fill, stroke, hollow, strokeWidthPx));
    }

    private static MarkerSprite render(MarkerShape shape, double sizePx, PlotColor fill, PlotColor stroke,
                                       boolean hollow, double strokeWidthPx) {
        int d = (int) Math.ceil(sizePx + strokeWidthPx + 2) | 1;
        BufferedImage img = new BufferedImage(d, d, BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        Path2D.Double path = new Path2D.Double();
        MarkerGeometry.emit(shape, d / 2.0, d / 2.0, sizePx, Java2dPaths.into(path));
        if (!hollow && fill != null) {
            g.setColor(awt(fill));
            g.fill(path);
        }
        if (stroke != null) {
            g.setColor(awt(stroke));
            g.setStroke(new BasicStroke((float) (hollow ? strokeWidthPx * 1.5 : strokeWidthPx)));
            g.draw(path);
        }
        g.dispose();
        int[] pixels = ((DataBufferInt) img.getRaster().getDataBuffer()).getData().clone();
        // Per row, the span of non-transparent pixels: blitting skips the empty corners of round markers.
        int[] rowStart = new int[d];
        int[] rowEnd = new int[d];
        for (int y = 0; y < d; y++) {
            int first = d;
            int last = -1;
            for (int x = 0; x < d; x++) {
                if ((pixels[y * d + x] >>> 24) != 0) {
                    first = Math.min(first, x);
                    last = x;
                }
            }
            rowStart[y] = first;
            rowEnd[y] = last + 1;
        }
        // 255 − α per pixel, so blending needs no branch on the alpha (see PointRaster.blit).
        int[] inverseAlpha = new int[pixels.length];
        for (int i = 0; i < pixels.length; i++) {
            inverseAlpha[i] = 255 - (pixels[i] >>> 24);
        }
        return new MarkerSprite(d, d, d / 2, d / 2, pixels, inverseAlpha, rowStart, rowEnd);
    }

    static Color awt(PlotColor c) {
        return new Color(c.red(), c.green(), c.blue(), c.alpha());
    }
}

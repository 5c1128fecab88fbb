package dev.scalinglens.export.pptx;

import static dev.scalinglens.export.pptx.DrawingMlXml.clipName;
import static dev.scalinglens.export.pptx.DrawingMlXml.escape;
import static dev.scalinglens.export.pptx.DrawingMlXml.fill;

import dev.scalinglens.plot.PlotColor;
import dev.scalinglens.plot.render.MarkSink;
import dev.scalinglens.plot.render.MarkerGeometry;
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
import dev.scalinglens.plot.spec.Layer;
import dev.scalinglens.plot.spec.LineStyle;
import dev.scalinglens.plot.spec.MarkerShape;
import dev.scalinglens.plot.text.ChartFont;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;

/**
 * Draws a scene as native PowerPoint shapes (DrawingML inside PresentationML), the way R's rvg does:
 * one {@code p:grpSp} for the chart holding one named group per scene group (grid, each layer, axes,
 * labels, legend, titles); lines, grids and bands as {@code custGeom} paths, circles as preset ellipses,
 * other markers as paths, rectangles as preset rectangles and every text as a text box with one
 * {@code a:t} run in the chart's font. Every shape can be selected, recoloured, moved or edited.
 *
 * <p>Coordinates are slide EMUs (12 700 per point): the chart's pixels are mapped onto a box on the slide.
 * DrawingML has no clip, so data groups are clipped here (segments, polylines and polygons exactly; a
 * point is kept when its centre is inside). A group holding a point layer too dense for shapes (the same
 * threshold as the raster renderers, {@link PointRaster#useRaster}) is handed to {@code densePicture},
 * which returns the XML of a picture of that group alone.
 */
public final class DrawingMlSink implements MarkSink {

    /** EMUs per point: 914 400 per inch / 72. */
    public static final int EMU_PER_PT = 12_700;

    /** Segment marks up to this many segments are written one shape per segment. */
    static final int MAX_SEPARATE_SEGMENTS = 200;

    /**
     * The chart so far as UTF-8, written a group at a time: one builder for the whole chart turns UTF-16 at the
     * first character beyond Latin-1 (an ellipsis, a Greek letter), and copying and encoding hundreds of
     * kilobytes of UTF-16 cost more than writing them.
     */
    private final ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
    private final EmuMapping emu;
    private final String chartName;
    private final Function<SceneGroup, String> densePicture;
    private final String fontFamily;
    private int nextId;
    private int shapeCount;
    private PlotScene scene;
    private StringBuilder group;
    private int groupShapes;
    private Rect clip;
    private boolean dense;

    /**
     * @param boxPt        where the chart goes on the slide, in points; the scene is scaled to its width
     * @param firstId      first shape id to use (ids must be unique on the slide)
     * @param densePicture XML of a picture replacing a dense group, or null to draw every point as a shape
     */
    public DrawingMlSink(double boxXPt, double boxYPt, double ptPerPx, String chartName, int firstId,
                         Function<SceneGroup, String> densePicture) {
        this.emu = new EmuMapping(boxXPt, boxYPt, ptPerPx);
        this.chartName = chartName;
        this.nextId = firstId;
        this.densePicture = densePicture;
        this.fontFamily = ChartFont.FAMILY;
    }

    /**
     * The chart as one {@code p:grpSp} element in UTF-8, with the prefixes {@code p}, {@code a} and {@code r} undeclared:
     * it goes into a slide, whose root declares them ({@link PartSplice}).
     */
    public byte[] xml() {
        return out.toByteArray();
    }

    /** Shapes written (text boxes, paths, markers, pictures), not counting groups. */
    public int shapeCount() {
        return shapeCount;
    }

    @Override
    public void beginScene(PlotScene s) {
        this.scene = s;
        StringBuilder header = new StringBuilder(512).append("<p:grpSp>");
        groupHeader(header, chartName, 0, 0, s.widthPx(), s.heightPx());
        write(header);
    }

    @Override
    public void endScene() {
        write("</p:grpSp>");
    }

    @Override
    public void beginGroup(SceneGroup g) {
        group = new StringBuilder(16 * 1024);
        groupShapes = 0;
        dense = false;
        clip = g.clip();
        if (densePicture != null && g.marks().stream().anyMatch(m -> m instanceof PointsMark p && PointRaster.useRaster(p))) {
            String picture = densePicture.apply(g);
            if (picture != null) {
                group.append(picture);
                groupShapes++;
                shapeCount++;
                clip = null;
                dense = true;
            }
        }
    }

    @Override
    public void endGroup(SceneGroup g) {
        if (groupShapes > 0) {
            StringBuilder header = new StringBuilder(512).append("<p:grpSp>");
            groupHeader(header, groupName(g.id()), 0, 0, scene.widthPx(), scene.heightPx());
            write(header);
            write(group.append("</p:grpSp>"));
        }
        group = null;
        dense = false;
    }

    /** The current group is drawn as a picture: its marks are dropped. */
    private boolean skipping() {
        return dense;
    }

    String groupName(String id) {
        for (Layer layer : scene.spec().layers()) {
            if (layer.id().equals(id)) {
                return "Layer: " + (layer.name() == null || layer.name().isBlank() ? id : layer.name());
            }
        }
        return switch (id) {
            case "background" -> "Background";
            case "grid" -> "Grid";
            case "axes" -> "Axes";
            case "labels" -> "Point labels";
            case "legend" -> "Legend";
            case "titles" -> "Titles and source";
            case "annotations" -> "Annotations";
            case "selection" -> "Selection";
            default -> id;
        };
    }

    // ---- marks ----

    @Override
    public void rect(RectMark m) {
        if (skipping()) {
            return;
        }
        Rect r = m.rect();
        if (clip != null) {
            double x0 = Math.max(r.x(), clip.x());
            double y0 = Math.max(r.y(), clip.y());
            double x1 = Math.min(r.maxX(), clip.maxX());
            double y1 = Math.min(r.maxY(), clip.maxY());
            if (x1 <= x0 || y1 <= y0) {
                return;
            }
            r = new Rect(x0, y0, x1 - x0, y1 - y0);
        }
        StringBuilder s = group;
        spStart(s, "Rectangle", x(r.x()), y(r.y()), len(r.width()), len(r.height()), false);
        s.append("<a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom>");
        fill(s, m.fill());
        line(s, m.stroke(), m.strokeWidthPx(), LineStyle.SOLID);
        spEnd(s);
    }

    @Override
    public void segments(SegmentsMark m) {
        if (skipping() || m.count() == 0) {
            return;
        }
        // Few segments (grid lines, ticks, leaders): one shape each, so a presenter can delete or restyle one;
        // many (error bars of a large layer): one path.
        boolean separate = m.count() <= MAX_SEPARATE_SEGMENTS;
        DrawingMlPath path = new DrawingMlPath(emu);
        double[] c = m.coords();
        double[] seg = new double[4];
        for (int i = 0; i + 3 < c.length; i += 4) {
            System.arraycopy(c, i, seg, 0, 4);
            if (clip != null && !RectClip.clipSegment(seg, clip)) {
                continue;
            }
            path.moveTo(seg[0], seg[1]);
            path.lineTo(seg[2], seg[3]);
            if (separate) {
                emitPath(path, "Line", null, m.color(), m.widthPx(), m.style());
                path = new DrawingMlPath(emu);
            }
        }
        emitPath(path, "Lines", null, m.color(), m.widthPx(), m.style());
    }

    @Override
    public void polyline(PolylineMark m) {
        if (skipping()) {
            return;
        }
        DrawingMlPath path = new DrawingMlPath(emu);
        if (clip != null) {
            RectClip.clipPolyline(m.xs(), m.ys(), clip, (px, py, starts, distance) -> {
                if (starts) {
                    path.moveTo(px, py);
                } else {
                    path.lineTo(px, py);
                }
            });
        } else {
            boolean pen = false;
            for (int i = 0; i < m.xs().length; i++) {
                double px = m.xs()[i];
                double py = m.ys()[i];
                if (!Double.isFinite(px) || !Double.isFinite(py)) {
                    pen = false;
                } else if (pen) {
                    path.lineTo(px, py);
                } else {
                    path.moveTo(px, py);
                    pen = true;
                }
            }
        }
        emitPath(path, "Line", null, m.color(), m.widthPx(), m.style());
    }

    @Override
    public void area(AreaMark m) {
        if (skipping()) {
            return;
        }
        double[] xs = m.xs();
        double[] ys = m.ys();
        if (clip != null) {
            double[][] clipped = RectClip.clipPolygon(xs, ys, xs.length, clip);
            xs = clipped[0];
            ys = clipped[1];
        }
        if (xs.length < 3) {
            return;
        }
        DrawingMlPath path = new DrawingMlPath(emu);
        path.moveTo(xs[0], ys[0]);
        for (int i = 1; i < xs.length; i++) {
            path.lineTo(xs[i], ys[i]);
        }
        path.close();
        emitPath(path, "Area", m.fill(), null, 0, LineStyle.SOLID);
    }

    @Override
    public void points(PointsMark m) {
        if (skipping()) {
            return;
        }
        double size = m.sizePx();
        m.forEachDrawable((i, px, py) -> {
            if (clip != null && !clip.contains(px, py)) {
                return;
            }
            boolean hollow = m.hollow(i);
            PlotColor fill = hollow ? null : m.fill();
            PlotColor stroke = m.stroke();
            double strokeWidth = PointRaster.STROKE_WIDTH_PX * (hollow ? 1.5 : 1);
            String name = "Point: " + m.title(i);
            if (m.shape() == null || m.shape() == MarkerShape.CIRCLE) {
                StringBuilder s = group;
                spStart(s, name, x(px - size / 2), y(py - size / 2), len(size), len(size), false);
                s.append("<a:prstGeom prst=\"ellipse\"><a:avLst/></a:prstGeom>");
                fill(s, fill);
                line(s, stroke, strokeWidth, LineStyle.SOLID);
                spEnd(s);
            } else {
                DrawingMlPath path = new DrawingMlPath(emu);
                MarkerGeometry.emit(m.shape(), px, py, size, path);
                emitPath(path, name, fill, stroke, strokeWidth, LineStyle.SOLID);
            }
        });
    }

    @Override
    public void text(TextMark m) {
        if (skipping() || m.text().isBlank()) {
            return;
        }
        if (clip != null && !clip.contains(m.x(), m.y())) {
            return;
        }
        DrawingMlText.write(group, m, nextId++, emu, fontFamily);
        count();
    }

    // ---- XML pieces ----

    private void write(CharSequence xml) {
        out.writeBytes(xml.toString().getBytes(StandardCharsets.UTF_8));
    }

    private void groupHeader(StringBuilder s, String name, double x0, double y0, double w, double h) {
        long ox = x(x0);
        long oy = y(y0);
        long cx = len(w);
        long cy = len(h);
        s.append("<p:nvGrpSpPr><p:cNvPr id=\"").append(nextId++).append("\" name=\"").append(escape(name))
                .append("\"/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr><a:xfrm><a:off x=\"").append(ox)
                .append("\" y=\"").append(oy).append("\"/><a:ext cx=\"").append(cx).append("\" cy=\"").append(cy)
                .append("\"/><a:chOff x=\"").append(ox).append("\" y=\"").append(oy).append("\"/><a:chExt cx=\"")
                .append(cx).append("\" cy=\"").append(cy).append("\"/></a:xfrm></p:grpSpPr>");
    }

    private void spStart(StringBuilder s, String name, long ox, long oy, long cx, long cy, boolean textBox) {
        s.append("<p:sp><p:nvSpPr><p:cNvPr id=\"").append(nextId++).append("\" name=\"").append(escape(clipName(name)))
                .append("\"/><p:cNvSpPr").append(textBox ? " txBox=\"1\"" : "").append("/><p:nvPr/></p:nvSpPr><p:spPr>")
                .append("<a:xfrm><a:off x=\"").append(ox).append("\" y=\"").append(oy).append("\"/><a:ext cx=\"")
                .append(Math.max(1, cx)).append("\" cy=\"").append(Math.max(1, cy)).append("\"/></a:xfrm>");
    }

    private void spEnd(StringBuilder s) {
        s.append("</p:spPr></p:sp>");
        count();
    }

    private void count() {
        groupShapes++;
        shapeCount++;
    }

    private void emitPath(DrawingMlPath path, String name, PlotColor fill, PlotColor stroke, double strokeWidthPx,
                          LineStyle style) {
        if (path.isEmpty()) {
            return;
        }
        long ox = path.minX;
        long oy = path.minY;
        long cx = Math.max(1, path.maxX - ox);
        long cy = Math.max(1, path.maxY - oy);
        StringBuilder s = group;
        spStart(s, name, ox, oy, cx, cy, false);
        s.append("<a:custGeom><a:avLst/><a:gdLst/><a:ahLst/><a:cxnLst/><a:rect l=\"0\" t=\"0\" r=\"r\" b=\"b\"/>")
                .append("<a:pathLst><a:path w=\"").append(cx).append("\" h=\"").append(cy).append('"');
        if (fill == null) {
            s.append(" fill=\"none\"");
        }
        if (stroke == null) {
            s.append(" stroke=\"0\"");
        }
        s.append('>');
        path.write(s, ox, oy);
        s.append("</a:path></a:pathLst></a:custGeom>");
        fill(s, fill);
        line(s, stroke, strokeWidthPx, style);
        spEnd(s);
    }

    private void line(StringBuilder s, PlotColor color, double widthPx, LineStyle style) {
        DrawingMlXml.line(s, color, widthPx, emu, style);
    }

    private long x(double px) {
        return emu.x(px);
    }

    private long y(double py) {
        return emu.y(py);
    }

    private long len(double px) {
        return emu.len(px);
    }
}

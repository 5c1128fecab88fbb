package dev.scalinglens.export.pptx;

import dev.scalinglens.plot.render.PngRenderer;
import dev.scalinglens.plot.render.SceneWalker;
import dev.scalinglens.plot.scene.PlotScene;
import dev.scalinglens.plot.scene.Rect;
import dev.scalinglens.plot.scene.SceneGroup;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.poi.sl.usermodel.PictureData.PictureType;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFPictureData;
import org.apache.poi.xslf.usermodel.XSLFRelation;
import org.apache.poi.xslf.usermodel.XSLFSlide;

/**
 * Puts a laid-out chart on a slide as native, editable shapes ({@link DrawingMlSink}): one group named
 * after the chart, holding a named group per layer. A point layer too dense for shapes becomes a picture of
 * that layer alone (PNG at 2×, transparent, cropped to the plot area); everything else stays shapes.
 */
public final class NativeChart {

    /** PNG pixels per layout pixel for a dense layer's picture. */
    static final double DENSE_PNG_SCALE = 2;

    private NativeChart() {
    }

    /** What was drawn: shapes written and the names of layers that went in as pictures. */
    public record Result(int shapes, List<String> pictureLayers) {
    }

    /**
     * @param box where the chart goes, in points; the scene is scaled uniformly to fit its width and height
     */
    public static Result add(ChartSlideShow ppt, XSLFSlide slide, PlotScene scene, Rectangle2D box, String name) {
        double ptPerPx = Math.min(box.getWidth() / scene.widthPx(), box.getHeight() / scene.heightPx());
        double x0 = box.getX() + (box.getWidth() - scene.widthPx() * ptPerPx) / 2;
        double y0 = box.getY() + (box.getHeight() - scene.heightPx() * ptPerPx) / 2;
        java.util.List<String> pictures = new java.util.ArrayList<>();
        int[] idHolder = new int[1];
        DrawingMlSink[] sinkHolder = new DrawingMlSink[1];
        DrawingMlSink sink = new DrawingMlSink(x0, y0, ptPerPx, name, 1000, group -> {
            pictures.add(sinkHolder[0].groupName(group.id()));
            return densePicture(ppt, slide, scene, group, x0, y0, ptPerPx, 900_000 + idHolder[0]++);
        });
        sinkHolder[0] = sink;
        SceneWalker.walk(scene, sink);
        ppt.addChart(slide, sink.xml());
        return new Result(sink.shapeCount(), List.copyOf(pictures));
    }

    private static String densePicture(XMLSlideShow ppt, XSLFSlide slide, PlotScene scene, SceneGroup group,
                                       double x0, double y0, double ptPerPx, int id) {
        Rect clip = group.clip() != null ? group.clip() : new Rect(0, 0, scene.widthPx(), scene.heightPx());
        PlotScene alone = new PlotScene(scene.spec(), scene.widthPx(), scene.heightPx(), scene.theme(),
                scene.background(), scene.plotArea(), scene.xScale(), scene.yScale(), scene.viewport(),
                scene.xTicks(), scene.yTicks(), List.of(group), scene.pointLayers(), List.of(), scene.legendBox());
        BufferedImage full = new PngRenderer().render(alone, DENSE_PNG_SCALE);
        int cx = (int) Math.max(0, Math.floor(clip.x() * DENSE_PNG_SCALE));
        int cy = (int) Math.max(0, Math.floor(clip.y() * DENSE_PNG_SCALE));
        int cw = (int) Math.min(full.getWidth() - cx, Math.ceil(clip.width() * DENSE_PNG_SCALE));
        int ch = (int) Math.min(full.getHeight() - cy, Math.ceil(clip.height() * DENSE_PNG_SCALE));
        if (cw <= 0 || ch <= 0) {
            return null;
        }
        byte[] png;
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(full.getSubimage(cx, cy, cw, ch), "png", out);
            png = out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        XSLFPictureData data = ppt.addPicture(png, PictureType.PNG);
        String rid = slide.addRelation(null, XSLFRelation.IMAGES, data).getRelationship().getId();
        long ox = Math.round((x0 + cx / DENSE_PNG_SCALE * ptPerPx) * DrawingMlSink.EMU_PER_PT);
        long oy = Math.round((y0 + cy / DENSE_PNG_SCALE * ptPerPx) * DrawingMlSink.EMU_PER_PT);
        long w = Math.round(cw / DENSE_PNG_SCALE * ptPerPx * DrawingMlSink.EMU_PER_PT);
        long h = Math.round(ch / DENSE_PNG_SCALE * ptPerPx * DrawingMlSink.EMU_PER_PT);
        return "<p:pic><p:nvPicPr><p:cNvPr id=\"" + id + "\" name=\"Dense points (picture)\" descr=\""
                + DrawingMlXml.escape(group.id()) + ": too many points for shapes, drawn as a picture\"/>"
                + "<p:cNvPicPr><a:picLocks noChangeAspect=\"1\"/></p:cNvPicPr><p:nvPr/></p:nvPicPr>"
                + "<p:blipFill><a:blip r:embed=\"" + rid + "\"/><a:stretch><a:fillRect/></a:stretch></p:blipFill>"
                + "<p:spPr><a:xfrm><a:off x=\"" + ox + "\" y=\"" + oy + "\"/><a:ext cx=\"" + w + "\" cy=\"" + h
                + "\"/></a:xfrm><a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></p:spPr></p:pic>";
    }
}

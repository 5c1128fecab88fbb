package dev.scalinglens.plot.render.fx;

import dev.scalinglens.plot.render.MarkSink;
import dev.scalinglens.plot.render.PlotBackdrop;
import dev.scalinglens.plot.render.TeeSink;
import dev.scalinglens.plot.scene.AreaMark;
import dev.scalinglens.plot.scene.PlotScene;
import dev.scalinglens.plot.scene.PointsMark;
import dev.scalinglens.plot.scene.PolylineMark;
import dev.scalinglens.plot.scene.Rect;
import dev.scalinglens.plot.scene.RectMark;
import dev.scalinglens.plot.scene.SceneGroup;
import dev.scalinglens.plot.scene.SegmentsMark;
import dev.scalinglens.plot.scene.TextMark;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.canvas.GraphicsContext;

/**
 * Routes a scene's groups on screen. In a frame with a dense point layer, the groups up to and including the
 * last dense layer are drawn into the plot backdrop, which then goes onto the canvas as one image; a group
 * among them that reaches outside the plot area (the background) is drawn on both. Every other group, and
 * every group of a frame without a dense layer, is drawn on the canvas. On the canvas, a filled rectangle
 * drawn on both (the background) leaves out the image's place: filling pixels that the opaque image then
 * covers is a large part of a frame's cost in software rendering.
 */
final class ScreenSink implements MarkSink {

    private final GraphicsContext gc;
    private final FxSink canvas;
    private final BackdropImage backdrop;
    private final double scale;
    private MarkSink backdropSink;
    private Rect area;
    private Rect hole;
    private boolean both;
    private int lastBackdropGroup = -1;
    private int group = -1;
    private MarkSink target;

    ScreenSink(GraphicsContext gc, BackdropImage backdrop, double scale) {
        this.gc = gc;
        this.canvas = new FxSink(gc, scale);
        this.backdrop = backdrop;
        this.scale = scale > 0 ? scale : 1;
    }

    @Override
    public void beginScene(PlotScene scene) {
        canvas.beginScene(scene);
        lastBackdropGroup = PlotBackdrop.lastDenseGroup(scene.groups());
        if (lastBackdropGroup < 0) {
            backdrop.release();
            return;
        }
        area = scene.groups().get(lastBackdropGroup).clip();
        backdropSink = backdrop.begin(area, scale);
        hole = backdrop.coverage();
    }

    @Override
    public void beginGroup(SceneGroup g) {
        group++;
        both = false;
        if (group > lastBackdropGroup) {
            target = canvas;
        } else if (g.clip() != null && area.contains(g.clip())) {
            target = backdropSink;
        } else {
            target = new TeeSink(canvas, backdropSink);
            both = true;
        }
        target.beginGroup(g);
    }

    @Override
    public void rect(RectMark mark) {
        if (both && mark.stroke() == null && mark.fill() != null && mark.rect().contains(hole)) {
            for (Rect strip : around(mark.rect(), hole)) {
                canvas.rect(new RectMark(strip, mark.fill(), null, 0));
            }
            backdropSink.rect(mark);
            return;
        }
        target.rect(mark);
    }

    /** The parts of {@code outer} outside {@code hole} (which lies within it): up to four strips. */
    static List<Rect> around(Rect outer, Rect hole) {
        List<Rect> strips = new ArrayList<>(4);
        addIfNotEmpty(strips, outer.x(), outer.y(), outer.width(), hole.y() - outer.y());
        addIfNotEmpty(strips, outer.x(), hole.maxY(), outer.width(), outer.maxY() - hole.maxY());
        addIfNotEmpty(strips, outer.x(), hole.y(), hole.x() - outer.x(), hole.height());
        addIfNotEmpty(strips, hole.maxX(), hole.y(), outer.maxX() - hole.maxX(), hole.height());
        return strips;
    }

    private static void addIfNotEmpty(List<Rect> strips, double x, double y, double w, double h) {
        if (w > 0 && h > 0) {
            strips.add(new Rect(x, y, w, h));
        }
    }

    @Override
    public void segments(SegmentsMark mark) {
        target.segments(mark);
    }

    @Override
    public void polyline(PolylineMark mark) {
        target.polyline(mark);
    }

    @Override
    public void area(AreaMark mark) {
        target.area(mark);
    }

    @Override
    public void text(TextMark mark) {
        target.text(mark);
    }

    @Override
    public void points(PointsMark mark) {
        target.points(mark);
    }

    @Override
    public void endGroup(SceneGroup g) {
        target.endGroup(g);
        if (group == lastBackdropGroup) {
            backdrop.drawOnto(gc);
        }
    }

    @Override
    public void endScene() {
        canvas.endScene();
    }
}

package dev.scalinglens.plot.render;

import dev.scalinglens.plot.scene.PlotScene;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/**
 * PNG through Java2D (works with {@code -Djava.awt.headless=true}). The image is the scene's size times
 * {@code scale}: scale 2 gives a retina/slide image of exactly the same picture.
 */
public final class PngRenderer {

    private final MarkSink observer;

    public PngRenderer() {
        this(null);
    }

    /** @param observer also receives every mark drawn (for tests and tracing); null for none */
    public PngRenderer(MarkSink observer) {
        this.observer = observer;
    }

    public BufferedImage render(PlotScene scene, double scale) {
        if (!(scale > 0)) {
            throw new IllegalArgumentException("scale must be positive, got " + scale);
        }
        int w = (int) Math.round(scene.widthPx() * scale);
        int h = (int) Math.round(scene.heightPx() * scale);
        BufferedImage img = new BufferedImage(Math.max(1, w), Math.max(1, h), BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        try {
            Java2dHints.apply(g);
            g.scale(scale, scale);
            SceneWalker.walk(scene, new Java2dSink(g, scale), observer);
        } finally {
            g.dispose();
        }
        return img;
    }

    public void write(PlotScene scene, double scale, OutputStream out) {
        try {
            if (!ImageIO.write(render(scene, scale), "png", out)) {
                throw new IllegalStateException("no PNG writer available in this Java runtime");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write PNG: " + e.getMessage(), e);
        }
    }
}

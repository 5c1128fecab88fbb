package dev.scalinglens.plot.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scalinglens.plot.SampleCharts;
import dev.scalinglens.plot.Theme;
import dev.scalinglens.plot.layout.LayoutOptions;
import dev.scalinglens.plot.layout.PlotLayout;
import dev.scalinglens.plot.layout.ViewportMath;
import dev.scalinglens.plot.scene.PlotScene;
import dev.scalinglens.plot.scene.Rect;
import dev.scalinglens.plot.scene.SceneGroup;
import dev.scalinglens.plot.spec.ChartSpec;
import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The screen's plot backdrop, headless: it must show what the PNG export shows, frame after frame. */
class PlotBackdropTest {

    private static final ChartSpec SPEC = SampleCharts.denseBetweenLayers(20_000, 5);

    private static PlotScene layout(ChartSpec spec) {
        return PlotLayout.layout(spec, LayoutOptions.of(900, 600, Theme.LIGHT));
    }

    /** The scene cut after its dense layer: what the backdrop is given on screen. */
    private static PlotScene upToDense(PlotScene s) {
        List<SceneGroup> groups = s.groups().subList(0, PlotBackdrop.lastDenseGroup(s.groups()) + 1);
        return new PlotScene(s.spec(), s.widthPx(), s.heightPx(), s.theme(), s.background(), s.plotArea(),
                s.xScale(), s.yScale(), s.viewport(), s.xTicks(), s.yTicks(), groups, s.pointLayers(), s.labels(),
                s.legendBox());
    }

    private static PointRaster.Buffer draw(PlotBackdrop backdrop, PlotScene scene, double scale) {
        PlotScene cut = upToDense(scene);
        backdrop.begin(cut.groups().get(cut.groups().size() - 1).clip(), scale);
        SceneWalker.walk(cut, backdrop);
        return backdrop.buffer();
    }

    private static int unpremultiplied(int p) {
        int a = p >>> 24;
        if (a == 0) {
            return 0;
        }
        int r = Math.min(255, Math.round(((p >>> 16) & 0xFF) * 255f / a));
        int g = Math.min(255, Math.round(((p >>> 8) & 0xFF) * 255f / a));
        int b = Math.min(255, Math.round((p & 0xFF) * 255f / a));
        return a << 24 | r << 16 | g << 8 | b;
    }

    private static int maxChannelDifference(int p, int q) {
        int max = 0;
        for (int shift = 0; shift < 32; shift += 8) {
            max = Math.max(max, Math.abs(((p >>> shift) & 0xFF) - ((q >>> shift) & 0xFF)));
        }
        return max;
    }

    @Test
    void showsThePlotAreaAsThePngExportDoesAtOneAndTwoTimes() {
        for (double scale : new double[] {1, 2}) {
            PlotScene scene = layout(SPEC);
            PointRaster.Buffer buf = draw(new PlotBackdrop(), scene, scale);
            BufferedImage png = new PngRenderer().render(upToDense(scene), scale);
            int worst = 0;
            for (int y = 0; y < buf.height(); y++) {
                for (int x = 0; x < buf.width(); x++) {
                    int ours = unpremultiplied(buf.argbPre()[y * buf.width() + x]);
                    worst = Math.max(worst, maxChannelDifference(ours,
                            png.getRGB(buf.originX() + x, buf.originY() + y)));
                }
            }
            // The same Java2D drawing and the same sprites; only the export's premultiplied → plain
            // conversion rounds differently (a few levels of 255 at most).
            assertTrue(worst <= 3, "at " + scale + "×, largest channel difference " + worst);
        }
    }

    @Test
    void isOpaqueOnAnOpaqueBackgroundSoTheScreenCanDrawItAsOneOpaqueImage() {
        PointRaster.Buffer buf = draw(new PlotBackdrop(), layout(SPEC), 1);
        assertTrue(Arrays.stream(buf.argbPre()).allMatch(p -> p >>> 24 == 255));
    }

    @Test
    void aFrameKeepsNothingOfTheFrameBefore() {
        PlotScene first = layout(SPEC);
        PlotScene second = PlotLayout.layout(SPEC, LayoutOptions.of(900, 600, Theme.DARK)
                .withViewport(ViewportMath.zoom(first, 3, 450, 300)));
        PlotBackdrop reused = new PlotBackdrop();
        draw(reused, first, 1);
        int[] again = draw(reused, second, 1).argbPre().clone();
        int[] fresh = draw(new PlotBackdrop(), second, 1).argbPre();
        assertArrayEquals(fresh, again);
    }

    @Test
    void coversTheAreaWithWholeDevicePixels() {
        PlotBackdrop backdrop = new PlotBackdrop();
        assertTrue(backdrop.begin(new Rect(10.4, 20.6, 100.2, 50.1), 2));
        PointRaster.Buffer buf = backdrop.buffer();
        assertEquals(20, buf.originX());
        assertEquals(41, buf.originY());
        assertEquals(222 - 20, buf.width()); // ceil(110.6 × 2) − 20
        assertEquals(142 - 41, buf.height()); // ceil(70.7 × 2) − 41
        backdrop.finish();
        assertTrue(!backdrop.begin(new Rect(10.4, 20.6, 100.2, 50.1), 2), "the same area reuses the buffer");
        backdrop.finish();
    }
}

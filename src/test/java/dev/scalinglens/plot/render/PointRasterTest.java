package dev.scalinglens.plot.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scalinglens.plot.PlotColor;
import dev.scalinglens.plot.spec.MarkerShape;
import dev.scalinglens.plot.Theme;
import dev.scalinglens.plot.layout.LayoutOptions;
import dev.scalinglens.plot.layout.PlotLayout;
import dev.scalinglens.plot.scene.PlotScene;
import dev.scalinglens.plot.scene.PointsMark;
import dev.scalinglens.plot.spec.AxisSpec;
import dev.scalinglens.plot.spec.ChartSpec;
import dev.scalinglens.plot.spec.PointLayer;
import dev.scalinglens.plot.spec.ScaleType;
import dev.scalinglens.plot.spec.TickFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

class PointRasterTest {

    /** The textbook per-channel premultiplied source-over, rounded: the packed version must match it exactly. */
    private static int referenceOver(int s, int d) {
        int inv = 255 - (s >>> 24);
        int out = 0;
        for (int shift = 0; shift < 32; shift += 8) {
            int channel = ((s >>> shift) & 0xFF) + (int) Math.round(((d >>> shift) & 0xFF) * inv / 255.0);
            out |= channel << shift;
        }
        return out;
    }

    private static int randomPremultiplied(Random r) {
        int a = r.nextInt(256);
        return (a << 24) | (r.nextInt(a + 1) << 16) | (r.nextInt(a + 1) << 8) | r.nextInt(a + 1);
    }

    @Test
    void packedSourceOverMatchesPerChannelArithmetic() {
        Random r = new Random(1);
        for (int i = 0; i < 200_000; i++) {
            int s = randomPremultiplied(r);
            int d = randomPremultiplied(r);
            assertEquals(Integer.toHexString(referenceOver(s, d)),
                    Integer.toHexString(PointRaster.over(s, d, 255 - (s >>> 24))), "src " + s + " dst " + d);
        }
        assertEquals(0xFFFFFFFF, PointRaster.over(0x00000000, 0xFFFFFFFF, 255));
        assertEquals(0xFF000000, PointRaster.over(0xFF000000, 0xFFFFFFFF, 0));
    }

    /** A random log-log layer where every fifth point is hollow, laid out on a 600×400 chart. */
    private static PointsMark layer(int n) {
        return layer(n, true);
    }

    private static PointsMark layer(int n, boolean someHollow) {
        Random r = new Random(n);
        double[] x = new double[n];
        double[] y = new double[n];
        boolean[] hollow = new boolean[n];
        for (int i = 0; i < n; i++) {
            x[i] = Math.pow(10, 6 + 6 * r.nextDouble());
            y[i] = x[i] * Math.pow(10, r.nextGaussian());
            hollow[i] = i % 5 == 0;
        }
        PointLayer points = PointLayer.builder("p", x, y).name("Points").colorKey("qwen").sizePx(6)
                .hollow(someHollow ? hollow : null).build();
        ChartSpec spec = new ChartSpec("t", "t", null, AxisSpec.auto("x", ScaleType.LOG10, TickFormat.AUTO),
                AxisSpec.auto("y", ScaleType.LOG10, TickFormat.AUTO), List.of(points), List.of(), null, List.of());
        PlotScene scene = PlotLayout.layout(spec, LayoutOptions.of(600, 400, Theme.LIGHT));
        return scene.groups().stream().flatMap(g -> g.marks().stream())
                .filter(m -> m instanceof PointsMark p && p.size() == n).map(PointsMark.class::cast)
                .findFirst().orElseThrow();
    }

    @Test
    void bandsGiveEachPixelItsSpritesInLayerOrderAsOnePassOverThePointsWould() {
        PointsMark m = layer(3_000);
        PointRaster.Buffer banded = PointRaster.Buffer.allocate(600, 400, 0, 0, 1);
        PointRaster.draw(m, banded);
        PointRaster.Buffer reference = PointRaster.Buffer.allocate(600, 400, 0, 0, 1);
        MarkerSprite filled = MarkerSprite.of(m.shape(), m.sizePx(), m.fill(), m.stroke(), false,
                PointRaster.STROKE_WIDTH_PX);
        MarkerSprite open = MarkerSprite.of(m.shape(), m.sizePx(), null, m.stroke(), true, PointRaster.STROKE_WIDTH_PX);
        for (int i = 0; i < m.size(); i++) {
            PointRaster.blit(m.hollow(i) ? open : filled, (int) Math.floor(m.pixelX(i)), (int) Math.floor(m.pixelY(i)),
                    reference);
        }
        assertArrayEquals(reference.argbPre(), banded.argbPre());
    }

    @Test
    void drawingInTwoBandsOnTwoThreadsGivesTheSamePixelsAsOneThread() {
        ExecutorService helper = Executors.newSingleThreadExecutor();
        try {
            for (int n : new int[] {3_000, 60_000, -60_000}) { // single markers, bins, bins and no hollow
                PointsMark m = layer(Math.abs(n), n > 0);
                n = Math.abs(n);
                PointRaster.Buffer one = PointRaster.Buffer.allocate(600, 400, 0, 0, 1);
                PointRaster.Buffer two = PointRaster.Buffer.allocate(600, 400, 0, 0, 1);
                PointRaster.draw(m, one);
                PointRaster.draw(m, two, helper);
                assertArrayEquals(one.argbPre(), two.argbPre(), n + " points");
                assertTrue(Arrays.stream(one.argbPre()).filter(p -> p != 0).count() > 10_000, "something was drawn");
            }
        } finally {
            helper.shutdown();
        }
    }

    @Test
    void blitCompositesTheSpriteAndClipsAtTheBufferEdges() {
        MarkerSprite sprite = MarkerSprite.of(MarkerShape.CIRCLE, 6, PlotColor.rgb(0xC82828).withOpacity(0.6),
                PlotColor.rgb(0x000000), false, 0.8);
        PointRaster.Buffer buf = PointRaster.Buffer.allocate(20, 20, 0, 0, 1);
        PointRaster.blit(sprite, 10, 10, buf);
        int centre = buf.argbPre()[10 * 20 + 10];
        assertEquals(sprite.argbPre()[sprite.centerY() * sprite.width() + sprite.centerX()], centre);
        PointRaster.blit(sprite, 10, 10, buf);
        assertEquals(referenceOver(centre, centre), buf.argbPre()[10 * 20 + 10]);
        // Half outside on every side: no exception, and only pixels inside are touched.
        PointRaster.Buffer corner = PointRaster.Buffer.allocate(4, 4, 0, 0, 1);
        PointRaster.blit(sprite, 0, 0, corner);
        PointRaster.blit(sprite, 3, 3, corner);
        assertTrue(corner.argbPre()[0] != 0 && corner.argbPre()[15] != 0);
    }
}

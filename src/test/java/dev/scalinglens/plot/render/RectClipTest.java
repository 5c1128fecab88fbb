package dev.scalinglens.plot.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scalinglens.plot.scene.Rect;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RectClipTest {

    private static final Rect BOX = new Rect(10, 10, 100, 50);
    private static final double EPS = 1e-9;

    @Test
    void segmentsAreCutAtTheEdgesAndDroppedWhenOutside() {
        double[] inside = {20, 20, 30, 40};
        assertTrue(RectClip.clipSegment(inside, BOX));
        assertArrayEquals(new double[] {20, 20, 30, 40}, inside, EPS);

        double[] across = {0, 35, 200, 35};
        assertTrue(RectClip.clipSegment(across, BOX));
        assertArrayEquals(new double[] {10, 35, 110, 35}, across, EPS);

        double[] diagonal = {0, 0, 120, 120}; // enters at (10,10), leaves through the bottom at (60,60)
        assertTrue(RectClip.clipSegment(diagonal, BOX));
        assertArrayEquals(new double[] {10, 10, 60, 60}, diagonal, EPS);

        assertFalse(RectClip.clipSegment(new double[] {0, 0, 5, 100}, BOX));
        assertFalse(RectClip.clipSegment(new double[] {0, 100, 200, 80}, BOX));
    }

    private record Visit(double x, double y, boolean start, double distance) {
    }

    private static List<Visit> clip(double[] xs, double[] ys) {
        List<Visit> out = new ArrayList<>();
        RectClip.clipPolyline(xs, ys, BOX, (x, y, start, d) -> out.add(new Visit(x, y, start, d)));
        return out;
    }

    @Test
    void polylineRunsKeepTheirDistanceAlongTheUnclippedLine() {
        // Starts 10 px left of the box, runs through it, leaves, and comes back in.
        List<Visit> v = clip(new double[] {0, 50, 150, 50}, new double[] {20, 20, 20, 30});
        assertEquals(new Visit(10, 20, true, 10), v.get(0));
        assertEquals(new Visit(50, 20, false, 50), v.get(1));
        assertEquals(new Visit(110, 20, false, 110), v.get(2));
        Visit reentry = v.get(3);
        assertTrue(reentry.start());
        assertEquals(110, reentry.x(), EPS); // the way back enters through the right edge at y = 24
        assertEquals(24, reentry.y(), EPS);
        assertEquals(150 + Math.hypot(100, 10) * 0.4, reentry.distance(), 1e-6);
        assertEquals(new Visit(50, 30, false, 150 + Math.hypot(100, 10)), v.get(4));
        assertEquals(5, v.size());
    }

    @Test
    void nonFiniteCoordinatesSplitRunsAndRestartTheDistance() {
        List<Visit> v = clip(new double[] {20, 40, Double.NaN, 50, 60}, new double[] {20, 20, 0, 30, 30});
        assertEquals(List.of(new Visit(20, 20, true, 0), new Visit(40, 20, false, 20),
                new Visit(50, 30, true, 0), new Visit(60, 30, false, 10)), v);
        assertTrue(clip(new double[] {0, 5}, new double[] {0, 5}).isEmpty());
    }

    @Test
    void polygonsAreCutToTheBox() {
        double[][] whole = RectClip.clipPolygon(new double[] {20, 40, 40}, new double[] {20, 20, 40}, 3, BOX);
        assertArrayEquals(new double[] {20, 40, 40}, whole[0], EPS);

        // A square covering the box entirely becomes the box.
        double[][] cover = RectClip.clipPolygon(new double[] {0, 200, 200, 0}, new double[] {0, 0, 100, 100}, 4, BOX);
        assertEquals(4, cover[0].length);
        double area = 0;
        for (int i = 0; i < cover[0].length; i++) {
            int j = (i + 1) % cover[0].length;
            area += cover[0][i] * cover[1][j] - cover[0][j] * cover[1][i];
        }
        assertEquals(100 * 50, Math.abs(area) / 2, EPS);

        double[][] gone = RectClip.clipPolygon(new double[] {200, 300, 300}, new double[] {0, 0, 5}, 3, BOX);
        assertEquals(0, gone[0].length);
    }
}

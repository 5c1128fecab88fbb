package dev.scalinglens.plot.layout;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scalinglens.plot.PlotColor;
import dev.scalinglens.plot.scene.PolylineMark;
import dev.scalinglens.plot.scene.Rect;
import dev.scalinglens.plot.spec.LineStyle;
import org.junit.jupiter.api.Test;

class LineCrossingTest {

    private static final Rect BOX = new Rect(10, 10, 20, 10);

    @Test
    void aSegmentThroughOrIntoTheBoxCrossesIt() {
        assertTrue(LineCrossing.crosses(BOX, 0, 15, 40, 15), "straight through");
        assertTrue(LineCrossing.crosses(BOX, 0, 0, 20, 15), "ends inside");
        assertTrue(LineCrossing.crosses(BOX, 12, 12, 14, 14), "wholly inside");
        assertTrue(LineCrossing.crosses(BOX, 5, 25, 35, 5), "diagonal through");
    }

    @Test
    void aSegmentBesideOrPastACornerDoesNot() {
        assertFalse(LineCrossing.crosses(BOX, 0, 5, 40, 5), "above");
        assertFalse(LineCrossing.crosses(BOX, 0, 0, 8, 30), "left of it");
        assertFalse(LineCrossing.crosses(BOX, 0, 12, 10, -2), "cuts past the top-left corner");
        assertFalse(LineCrossing.crosses(BOX, 0, Double.NaN, 40, 15), "a break in the line");
    }

    @Test
    void aPolylineCrossesWhereAnyOfItsSegmentsDoesAndBreaksAtNaN() {
        PolylineMark through = new PolylineMark(new double[] {0, 5, 40}, new double[] {0, 15, 15}, PlotColor.rgb(0), 1,
                LineStyle.SOLID);
        PolylineMark broken = new PolylineMark(new double[] {0, Double.NaN, 40}, new double[] {15, Double.NaN, 15},
                PlotColor.rgb(0), 1, LineStyle.SOLID);
        assertTrue(LineCrossing.crosses(BOX, through));
        assertFalse(LineCrossing.crosses(BOX, broken));
    }
}

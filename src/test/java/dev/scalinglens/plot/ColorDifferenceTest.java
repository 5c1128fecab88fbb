package dev.scalinglens.plot;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ColorDifferenceTest {

    /** Sharma, Wu &amp; Dalal (2005), Table 1: supplementary test data for CIEDE2000 (pairs 1, 2, 7, 11, 12, 18–21, 25, 26,
            34). */
    @ParameterizedTest
    @CsvSource({
            "50.0000, 2.6772, -79.7751, 50.0000, 0.0000, -82.7485, 2.0425",
            "50.0000, 3.1571, -77.2803, 50.0000, 0.0000, -82.7485, 2.8615",
            "50.0000, 0.0000, 0.0000, 50.0000, -1.0000, 2.0000, 2.3669",
            "50.0000, 2.4900, -0.0010, 50.0000, -2.4900, 0.0009, 7.1792",
            "50.0000, -0.0010, 2.4900, 50.0000, 0.0009, -2.4900, 4.8045",
            "50.0000, 2.5000, 0.0000, 61.0000, -5.0000, 29.0000, 22.8977",
            "50.0000, 2.5000, 0.0000, 56.0000, -27.0000, -3.0000, 31.9030",
            "50.0000, 2.5000, 0.0000, 58.0000, 24.0000, 15.0000, 19.4535",
            "50.0000, 2.5000, 0.0000, 50.0000, 3.1736, 0.5854, 1.0000",
            "60.2574, -34.0099, 36.2677, 60.4626, -34.1751, 39.4387, 1.2644",
            "63.0109, -31.0961, -5.8663, 62.8187, -29.7946, -4.0864, 1.2630",
            "22.7233, 20.0904, -46.6940, 23.0331, 14.9730, -42.5619, 2.0373"})
    void deltaE2000MatchesSharmaTestData(double l1, double a1, double b1, double l2, double a2, double b2,
                                         double expected) {
        assertEquals(expected, ColorDifference.deltaE2000(new double[] {l1, a1, b1}, new double[] {l2, a2, b2}), 1e-4);
        assertEquals(expected, ColorDifference.deltaE2000(new double[] {l2, a2, b2}, new double[] {l1, a1, b1}), 1e-4);
    }

    @Test
    void labOfWhiteIsL100AndNeutral() {
        double[] lab = ColorDifference.lab(PlotColor.rgb(0xFFFFFF));
        assertEquals(100, lab[0], 1e-3);
        assertEquals(0, lab[1], 1e-2);
        assertEquals(0, lab[2], 1e-2);
    }

    @Test
    void deuteranopiaMergesRedAndGreen() {
        double normal = ColorDifference.deltaE2000(PlotColor.rgb(0xCC3333), PlotColor.rgb(0x669933));
        double simulated = ColorDifference.deltaE2000(ColorDifference.deuteranopia(PlotColor.rgb(0xCC3333)),
                ColorDifference.deuteranopia(PlotColor.rgb(0x669933)));
        assertTrue(simulated < normal / 2, normal + " vs " + simulated);
    }
}

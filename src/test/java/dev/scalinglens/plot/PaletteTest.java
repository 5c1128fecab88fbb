package dev.scalinglens.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class PaletteTest {

    @Test
    void explicitKeysGiveTheLightOrDarkColour() {
        assertEquals(PlotColor.rgb(0x0072B2), Palette.colorFor("#0072B2/#3392C9", Theme.LIGHT));
        assertEquals(PlotColor.rgb(0x3392C9), Palette.colorFor("#0072B2/#3392C9", Theme.DARK));
        assertEquals(PlotColor.rgb(0x123456), Palette.colorFor("#123456", Theme.DARK));
    }

    @Test
    void unknownKeysHashToTheSameColourEveryTime() {
        assertEquals(Palette.colorFor("SomeNewFamily", Theme.DARK), Palette.colorFor("somenewfamily", Theme.DARK));
    }

    @Test
    void textColourDiffersBetweenThemes() {
        assertNotEquals(Palette.colorFor("text", Theme.LIGHT), Palette.colorFor("text", Theme.DARK));
    }
}

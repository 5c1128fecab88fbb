package dev.scalinglens.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SlideHeadingTest {

    private static final String ENGRAM = "Engram insertion layer sweep (3B MoE + 1.6B Engram)";
    private static final String DENSITY_SUBTITLE = "ρ = parameters a Qwen2.5 base model needs for the same MMLU score"
            + " ÷ the model's own (active) parameters; base models' few-shot scores; hollow triangles: score outside"
            + " Qwen2.5 base's span (a bound, not fitted)";

    @Test
    void aShortHeadingKeepsTheOneLineBoxes() {
        SlideHeading heading = SlideHeading.fit("Decode Pareto", "Llama 3.1 70B", SlideFormat.WIDE_16_9);
        assertEquals(28, heading.titleFontPt());
        assertEquals(1, heading.titleLines());
        assertEquals(SlideGeometry.TITLE_HEIGHT_PT, heading.titleHeightPt());
        assertEquals(SlideGeometry.SUBTITLE_HEIGHT_PT, heading.subtitleHeightPt());
    }

    @Test
    void aTitleThatWrapsGetsASecondLineAndTheChartMovesDown() {
        SlideHeading wide = SlideHeading.fit(ENGRAM, null, SlideFormat.WIDE_16_9);
        SlideHeading narrow = SlideHeading.fit(ENGRAM, null, SlideFormat.STANDARD_4_3);
        assertEquals(1, wide.titleLines());
        assertEquals(2, narrow.titleLines());
        assertEquals(28, narrow.titleFontPt());
        assertTrue(narrow.titleHeightPt() > wide.titleHeightPt());
        assertEquals(SlideGeometry.pictureBox(SlideFormat.STANDARD_4_3, narrow).getY(),
                SlideGeometry.titleBox(SlideFormat.STANDARD_4_3, narrow).getMaxY() + SlideGeometry.TITLE_GAP_PT, 1e-9);
        assertFalse(narrow.hasSubtitle());
        assertEquals(0, narrow.subtitleHeightPt());
    }

    @Test
    void textThatWouldTakeMoreThanTwoLinesStepsDownToTheSlideMinimum() {
        SlideHeading density = SlideHeading.fit("Capacity density over time", DENSITY_SUBTITLE,
                SlideFormat.STANDARD_4_3);
        assertTrue(density.subtitleFontPt() < 14 && density.subtitleFontPt() >= 12, "size " + density.subtitleFontPt());
        assertEquals(2, density.subtitleLines());
        String longTitle = ENGRAM + " " + ENGRAM + " " + ENGRAM;
        SlideHeading title = SlideHeading.fit(longTitle, null, SlideFormat.STANDARD_4_3);
        assertEquals(24, title.titleFontPt(), "never below 24 pt");
        assertTrue(title.titleLines() >= 3, "lines: " + title.titleLines());
        assertTrue(title.titleHeightPt() > SlideHeading.fit(ENGRAM, null, SlideFormat.STANDARD_4_3).titleHeightPt(),
                "the box grows with the lines");
    }
}

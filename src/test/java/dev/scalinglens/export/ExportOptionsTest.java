package dev.scalinglens.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExportOptionsTest {

    /** Expected values worked by hand: scale = 14 / (font × 1080 / height), never below 1. */
    @ParameterizedTest
    @CsvSource({
        // height px, smallest font px, font scale
        "900,  11, 1.0606060606",   // 11 px × 1.2 = 13.2 px projected → ×14/13.2
        "1800, 11, 2.1212121212",   // 11 px × 0.6 = 6.6 px projected
        "1080, 14, 1.0",            // exactly at the floor
        "450,  11, 1.0",            // 26.4 px projected: already large, never shrink
    })
    void fontScaleBringsSmallestTextTo14PxAt1080p(double heightPx, double fontPx, double expected) {
        assertEquals(expected, ReadableFontRule.fontScale(heightPx, fontPx), 1e-9);
    }

    @ParameterizedTest
    @CsvSource({
        "slide-png-1x, 1600, 900",
        "slide-png-2x, 3200, 1800",
        "slide-png-4x, 6400, 3600",
        "slide-4x3-png-2x, 2400, 1800",
        "square-png-2x, 1800, 1800",
    })
    void presetsGiveTheirPixelSizes(String id, int width, int height) {
        ExportOptions options = ExportPreset.byId(id).orElseThrow().toOptions();

        assertEquals(width, options.pixelWidth());
        assertEquals(height, options.pixelHeight());
    }

    @ParameterizedTest
    @CsvSource({"1920, 1080", "1000, 1000", "3000, 1000", "333, 777"})
    void exactPixelsGivesExactlyThosePixelsAtSlideHeight(int width, int height) {
        ExportOptions options = ExportOptions.exactPixels(width, height);

        assertEquals(width, options.pixelWidth());
        assertEquals(height, options.pixelHeight());
        assertEquals(900, options.heightPx(), 1e-9);
    }

    @Test
    void slidePresetHasTitleSafeMargins() {
        ExportOptions options = ExportOptions.of(ExportFormat.PDF, SizePreset.SLIDE_16_9, 1);

        assertEquals(new SafeMargins(45, 80, 45, 80), options.margins());
    }

    @Test
    void tooManyPixelsIsRefusedWithTheLimit() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> ExportOptions.of(ExportFormat.PNG, SizePreset.SLIDE_16_9, 16));

        assertEquals("at most 16384 pixels per side, got 25600 × 14400", error.getMessage());
    }

    /** The source footnote, the layout's smallest text, projected full height at 1080p, is at least 14 px. */
    @Test
    void slideExportKeepsTheSmallestTextOfTheLayoutReadable() {
        ExportOptions options = ExportOptions.of(ExportFormat.PNG, SizePreset.SLIDE_16_9, 1);
        double projectedPx = dev.scalinglens.plot.layout.PlotLayout.SMALLEST_TEXT_PX * options.fontScale()
                * ReadableFontRule.PROJECTOR_HEIGHT_PX / options.heightPx();
        assertEquals(14, projectedPx, 1e-9);
    }
}

package dev.scalinglens.app.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scalinglens.export.ChartFacts;
import dev.scalinglens.export.ChartView;
import dev.scalinglens.export.ExportFormat;
import dev.scalinglens.export.ExportOptions;
import dev.scalinglens.export.ExportPreset;
import dev.scalinglens.export.FigureExporter;
import dev.scalinglens.export.FigureRenderer;
import dev.scalinglens.export.FigureViewReader;
import dev.scalinglens.export.TextOverrides;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportDialogViewModelTest {

    /** Remembers what it was asked to draw; returns one-pixel stand-ins. */
    static final class RecordingRenderer implements FigureRenderer {
        final List<ChartView> views = new ArrayList<>();
        final List<ExportOptions> options = new ArrayList<>();

        @Override
        public byte[] render(ChartView view, ExportFormat format, ExportOptions opts) {
            views.add(view);
            options.add(opts);
            return switch (format) {
                case PNG -> TinyPng.BYTES;
                case SVG -> "<svg xmlns=\"http://www.w3.org/2000/svg\"/>".getBytes();
                default -> throw new IllegalArgumentException(format.name());
            };
        }
    }

    private final RecordingRenderer renderer = new RecordingRenderer();
    private final Map<String, String> preferences = new HashMap<>();
    private final ChartView view = ChartView.defaults("density");
    private final TextOverrides chartText = new TextOverrides("Capacity density", "Densing law", "Xiao et al. 2024");

    private ExportDialogViewModel model() {
        FigureExporter exporter = new FigureExporter(renderer, v -> new ChartFacts("Capacity density", null, null, List.of()));
        return new ExportDialogViewModel(view, chartText, exporter, renderer, preferences);
    }

    @Test
    void newModelStartsWithChartTextAndFirstPreset() {
        ExportDialogViewModel model = model();

        assertEquals("Capacity density", model.titleProperty().get());
        assertEquals("Xiao et al. 2024", model.footnoteProperty().get());
        assertEquals("slide-png-2x", model.presetProperty().get().id());
        assertEquals("3840 × 2160 px", model.sizeTextProperty().get());
    }

    /**
     * A slide preset draws the whole slide in the slide layout mode, as {@code export --slide} does, unless the
     * user turns it off; the choice is remembered. Squares, exact pixels and PPTX (always a slide) have no choice.
     */
    @Test
    void slidePresetsUseTheSlideLayoutUnlessTurnedOffAndTheChoiceIsRemembered(@TempDir Path folder) throws Exception {
        ExportDialogViewModel model = model();
        ExportOptions slide = model.optionsProperty().get();
        assertTrue(slide.slideLayout());
        assertEquals(1920, slide.widthPx());
        assertTrue(model.slideLayoutAvailableProperty().get());

        model.presetProperty().set(ExportPreset.byId("slide-pdf").orElseThrow());
        assertEquals(dev.scalinglens.export.PageSize.SLIDE_16_9, model.optionsProperty().get().page(),
                "a slide PDF is a 13.333 × 7.5 in page");
        model.presetProperty().set(ExportPreset.byId("slide-4x3-png-2x").orElseThrow());
        assertEquals("2880 × 2160 px", model.sizeTextProperty().get());

        model.slideLayoutProperty().set(false);
        assertFalse(model.optionsProperty().get().slideLayout());
        assertEquals("2400 × 1800 px", model.sizeTextProperty().get());
        assertTrue(model.export(folder.resolve("density.png")));
        assertEquals("false", preferences.get(ExportDialogViewModel.PREF_SLIDE_LAYOUT));
        assertFalse(model().slideLayoutProperty().get(), "the next dialog starts with the last choice");

        model.slideLayoutProperty().set(true);
        model.presetProperty().set(ExportPreset.byId("square-png-2x").orElseThrow());
        assertFalse(model.slideLayoutAvailableProperty().get());
        assertFalse(model.optionsProperty().get().slideLayout());
        model.presetProperty().set(ExportPreset.byId("slide-png-2x").orElseThrow());
        model.customPixelsProperty().set(true);
        assertFalse(model.slideLayoutAvailableProperty().get());
        assertFalse(model.optionsProperty().get().slideLayout(), "exact pixels: the screen layout at that size");
    }

    @Test
    void thePreviewOfASlideIsDrawnInTheSlideLayout() {
        ExportDialogViewModel model = model();
        model.refreshPreview();
        assertTrue(renderer.options.get(renderer.options.size() - 1).slideLayout());
    }

    @Test
    void exactPixelsChangeTheSizeOnlyForPng() {
        ExportDialogViewModel model = model();
        model.customPixelsProperty().set(true);
        model.pixelWidthProperty().set(1000);
        model.pixelHeightProperty().set(1000);

        assertEquals("1000 × 1000 px", model.sizeTextProperty().get());

        assertTrue(model.exactPixelsAvailableProperty().get());
        assertFalse(model.svgTextChoiceAvailableProperty().get());

        model.presetProperty().set(ExportPreset.byId("slide-svg").orElseThrow());
        assertEquals("1920 × 1080, vector", model.sizeTextProperty().get());
        assertFalse(model.exactPixelsAvailableProperty().get());
        assertTrue(model.svgTextChoiceAvailableProperty().get());
    }

    @Test
    void svgTextIsOutlinesUnlessEditableTextIsChosenAndTheChoiceIsRemembered(@TempDir Path folder) throws Exception {
        ExportDialogViewModel model = model();
        model.presetProperty().set(ExportPreset.byId("slide-svg").orElseThrow());
        assertTrue(model.optionsProperty().get().svgTextAsPaths(), "outlines by default");

        model.svgEditableTextProperty().set(true);
        assertFalse(model.optionsProperty().get().svgTextAsPaths());
        assertTrue(model.export(folder.resolve("density.svg")));

        assertEquals("true", preferences.get(ExportDialogViewModel.PREF_SVG_EDITABLE_TEXT));
        assertTrue(model().svgEditableTextProperty().get(), "the next dialog starts with the last choice");
    }

    @Test
    void impossiblePixelSizeClearsOptionsAndSaysTheLimit() {
        ExportDialogViewModel model = model();
        model.customPixelsProperty().set(true);
        model.pixelWidthProperty().set(40_000);

        assertNull(model.optionsProperty().get());
        assertEquals("pixel size must be 1 to 16384 per side", model.sizeTextProperty().get());
    }

    @Test
    void refreshPreviewDrawsTypedTextAtPreviewWidth() {
        ExportDialogViewModel model = model();
        model.titleProperty().set("Typed");

        model.refreshPreview();

        assertNotNull(model.previewPngProperty().get());
        assertEquals("Typed", renderer.views.get(0).text().title());
        assertEquals(480, renderer.options.get(0).pixelWidth());
    }

    @Test
    void exportWritesTheFileWithTheTypedTextAndRemembersChoices(@TempDir Path folder) throws Exception {
        ExportDialogViewModel model = model();
        model.presetProperty().set(ExportPreset.byId("square-png-2x").orElseThrow());
        model.subtitleProperty().set("");

        assertTrue(model.export(folder.resolve("density.png")));

        assertEquals("", FigureViewReader.read(folder.resolve("density.png")).get(0).text().subtitle());
        assertEquals("square-png-2x", preferences.get(ExportDialogViewModel.PREF_PRESET));
        assertEquals("Saved density.png", model.messageProperty().get());
        assertEquals("square-png-2x", model().presetProperty().get().id());
    }

    @Test
    void exportIntoMissingFolderKeepsChoicesAndShowsWhy(@TempDir Path folder) {
        ExportDialogViewModel model = model();
        Path target = folder.resolve("nope").resolve("density.png");

        assertFalse(model.export(target));

        assertEquals("cannot write " + target + ": folder " + target.getParent() + " does not exist",
                model.messageProperty().get());
        assertTrue(preferences.isEmpty());
    }

    @Test
    void suggestedFileNameFollowsThePreset() {
        ExportDialogViewModel model = model();
        model.presetProperty().set(ExportPreset.byId("deck-pptx").orElseThrow());

        assertEquals("density.pptx", model.suggestedFileName());
    }
}

package dev.scalinglens.export.pptx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scalinglens.catalog.Catalog;
import dev.scalinglens.catalog.load.CatalogFingerprint;
import dev.scalinglens.catalog.load.CatalogLoader;
import dev.scalinglens.catalog.load.LoadResult;
import dev.scalinglens.export.DeckBuilder;
import dev.scalinglens.export.DeckProgress;
import dev.scalinglens.export.DeckSpec;
import dev.scalinglens.export.DeckSpecParser;
import dev.scalinglens.export.PlotFigureRenderer;
import dev.scalinglens.export.PptxMode;
import dev.scalinglens.export.PreviousDeck;
import dev.scalinglens.export.SlideFormat;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A deck rebuilt over a newer catalog says, in the speaker notes, what changed on each slide (public: the CLI
 * test uses {@link #NEWER}).
 */
public class DeckChangesTest {

    /** Llama 3.1 405B trained on 15.6T tokens instead of 15T, and three new models. */
    public static final String NEWER = """
            {"schema": "scalinglens.catalog/1", "models": [
              {"id": "llama-3.1-405b", "name": "Llama 3.1 405B", "trainingTokens": 15.6e12},
              {"id": "test-a-70b", "name": "Test A 70B", "family": "Other", "releaseDate": "2026-11-01",
               "parameters": 70e9, "trainingTokens": 20e12},
              {"id": "test-b-8b", "name": "Test B 8B", "family": "Other", "releaseDate": "2026-11-02",
               "parameters": 8e9, "trainingTokens": 30e12},
              {"id": "test-c-1b", "name": "Test C 1B", "family": "Other", "releaseDate": "2026-11-03",
               "parameters": 1e9, "trainingTokens": 9e12}]}""";

    private static final DeckSpec TWO_SLIDES = parse("""
            {"title": "Talk", "slides": [{"chart": "tokens-params"}, {"chart": "layer-loss"}]}""");

    private static DeckSpec parse(String json) {
        try {
            return DeckSpecParser.parse(json, "deck.json");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static Catalog newerCatalog(Path folder) throws Exception {
        Path overlay = Files.writeString(folder.resolve("newer.json"), NEWER);
        LoadResult merged = CatalogLoader.merge(CatalogLoader.loadBundled(), CatalogLoader.load(List.of(overlay)));
        assertFalse(merged.hasErrors(), merged.problems().toString());
        return merged.catalog();
    }

    private static DeckBuilder builder(Catalog catalog) {
        PlotFigureRenderer renderer = new PlotFigureRenderer(() -> catalog);
        return new DeckBuilder(renderer, renderer, true, PptxMode.NATIVE, SlideFormat.WIDE_16_9);
    }

    @Test
    void rebuildFromANewerCatalogNotesWhatChangedOnEachSlide(@TempDir Path folder) throws Exception {
        Catalog bundled = CatalogLoader.loadBundled().catalog();
        Catalog newer = newerCatalog(folder);
        Path first = folder.resolve("talk.pptx");
        builder(bundled).comparedWith(null, LocalDate.of(2026, 11, 2)).build(TWO_SLIDES, first, DeckProgress.NONE,
                () -> false);

        List<String> reported = new ArrayList<>();
        byte[] rebuilt = builder(newer).comparedWith(PreviousDeck.read(first), LocalDate.of(2026, 12, 5))
                .build(TWO_SLIDES, new DeckProgress() {
                    @Override
                    public void slideDone(int number, int count, String title) {
                    }

                    @Override
                    public void slideChanged(int number, String note) {
                        reported.add(number + ": " + note);
                    }
                }, () -> false);

        Map<String, String> parts = NativeDeckTest.unzip(rebuilt);
        List<String> notes = NativeDeckTest.runs(parts.get("ppt/notesSlides/notesSlide1.xml"));
        String note = notes.get(0);
        String expected = "Changed since the previous deck (built 2026-11-02; catalog " + CatalogFingerprint.of(bundled)
                + " → " + CatalogFingerprint.of(newer) + "): 3 added: Test A 70B, Test B 8B, Test C 1B;"
                + " Llama 3.1 405B training tokens 15T → 15.6T";
        assertTrue(note.startsWith(expected), note);
        assertTrue(notes.contains("Key numbers:"), "the generated notes stay: " + notes);
        assertFalse(String.join("\n", NativeDeckTest.runs(parts.get("ppt/notesSlides/notesSlide2.xml")))
                .contains("Changed since"), "the layer sweep does not draw catalog models");
        assertEquals(List.of("1: " + note), reported);
        assertTrue(parts.get("ppt/tags/scalinglens-view1.xml").contains("name=\"SCALINGLENS_VALUES\""));
        assertTrue(parts.get("ppt/tags/scalinglens-view1.xml").contains("&quot;built&quot;:&quot;2026-12-05&quot;"),
                "the rebuilt deck records its own date for the next rebuild");
    }

    @Test
    void rebuildFromTheSameCatalogAddsNoNote(@TempDir Path folder) throws Exception {
        Catalog bundled = CatalogLoader.loadBundled().catalog();
        Path first = folder.resolve("talk.pptx");
        builder(bundled).comparedWith(null, LocalDate.of(2026, 11, 2)).build(TWO_SLIDES, first, DeckProgress.NONE,
                () -> false);
        PreviousDeck previous = PreviousDeck.read(first);
        assertTrue(previous.hasValues());
        assertEquals(2, previous.slideCount());

        Map<String, String> parts = NativeDeckTest.unzip(builder(bundled).comparedWith(previous, LocalDate.of(2026, 12, 5))
                .build(TWO_SLIDES, DeckProgress.NONE, () -> false));
        for (int i = 1; i <= 2; i++) {
            String notes = String.join("\n", NativeDeckTest.runs(parts.get("ppt/notesSlides/notesSlide" + i + ".xml")));
            assertFalse(notes.contains("Changed since"), notes);
        }
    }
}

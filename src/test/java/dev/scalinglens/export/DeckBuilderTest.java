package dev.scalinglens.export;

import dev.scalinglens.charts.registry.ChartKind;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.poi.sl.usermodel.PictureData.PictureType;
import org.apache.poi.sl.usermodel.Placeholder;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFPictureShape;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.openxmlformats.schemas.presentationml.x2006.main.CTPicture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeckBuilderTest {

    private final FakeFigureRenderer renderer = new FakeFigureRenderer();
    private final DeckBuilder builder = new DeckBuilder(renderer, TestViews::factsFor, true);
    private final DeckSpec deck = new DeckSpec("Scaling in 2026", List.of(
            TestViews.tokensParams(),
            ChartView.defaults(ChartKind.DENSITY.id()),
            ChartView.defaults(ChartKind.LAYER_LOSS.id()),
            ChartView.defaults(ChartKind.PARETO.id())));

    @Test
    void buildWritesOneSlidePerViewWithRealTitlePlaceholders() throws Exception {
        try (XMLSlideShow ppt = open(builder.build(deck, DeckProgress.NONE, () -> false))) {
            assertEquals(4, ppt.getSlides().size());
            assertEquals(List.of("Chinchilla: 20 tokens per parameter", "Capacity density over time",
                    "layer-loss chart", "pareto chart"), titles(ppt));
            assertEquals(960, ppt.getPageSize().width);
            assertEquals(540, ppt.getPageSize().height);
            assertEquals("Scaling in 2026", ppt.getProperties().getCoreProperties().getTitle());
        }
    }

    @Test
    void buildWritesKeyNumbersAndSourcesIntoSpeakerNotes() throws Exception {
        try (XMLSlideShow ppt = open(builder.build(deck, DeckProgress.NONE, () -> false))) {
            String first = notes(ppt, 0);
            String second = notes(ppt, 1);

            assertEquals("Compute-optimal\n\nKey numbers:\n"
                    + "• Chinchilla: 70B parameters trained on 1.4T tokens (20 tokens per parameter).\n\n"
                    + "Sources: Hoffmann et al. 2022 <Table 3> & co", first.replace("\r", ""));
            assertTrue(second.contains("doubles about every 3.3 months"), second);
            assertTrue(second.contains("Sources: Xiao et al. 2024"), second);
        }
    }

    @Test
    void buildEmbedsSvgWithPngFallbackOnEverySlide() throws Exception {
        try (XMLSlideShow ppt = open(builder.build(deck, DeckProgress.NONE, () -> false))) {
            for (XSLFSlide slide : ppt.getSlides()) {
                XSLFPictureShape picture = picture(slide);
                assertEquals(PictureType.PNG, picture.getPictureData().getType());
                assertNotNull(picture.getSvgImage(), "slide " + slide.getSlideNumber() + " has no SVG");
                assertEquals(PictureType.SVG, picture.getSvgImage().getType());
                assertTrue(SlideGeometry.pictureBox().contains(picture.getAnchor()), "picture outside safe area");
                assertTrue(((CTPicture) picture.getXmlObject()).getNvPicPr().getCNvPr().getDescr().startsWith(slide.getTitle()));
            }
        }
    }

    @Test
    void buildWithoutSvgEmbedsPngOnly() throws Exception {
        DeckBuilder pngOnly = new DeckBuilder(renderer, TestViews::factsFor, false);

        try (XMLSlideShow ppt = open(pngOnly.build(deck, DeckProgress.NONE, () -> false))) {
            assertEquals(null, picture(ppt.getSlides().get(0)).getSvgImage());
            assertFalse(renderer.calls.stream().anyMatch(call -> call.format() == ExportFormat.SVG));
        }
    }

    @Test
    void buildStoresEachViewInItsSlide() throws Exception {
        try (XMLSlideShow ppt = open(builder.build(deck, DeckProgress.NONE, () -> false))) {
            List<ChartView> stored = new ArrayList<>();
            for (XSLFSlide slide : ppt.getSlides()) {
                stored.add(ChartViewJson.fromJson(PptxViewTags.read(slide).orElseThrow(), "slide"));
            }
            assertEquals(deck.slides(), stored);
        }
    }

    @Test
    void buildDrawsPicturesWithoutTheTitleInTheSlideLayoutAtProjectorSize() throws Exception {
        builder.build(deck, DeckProgress.NONE, () -> false);

        FakeFigureRenderer.Call png = renderer.calls.get(0);
        assertEquals(ExportFormat.PNG, png.format());
        assertEquals("", png.view().text().title());
        assertEquals("Hoffmann et al. 2022 <Table 3> & co", png.view().text().footnote());
        assertEquals(1.5, png.options().pixelScale());
        assertEquals(1728.0, png.options().widthPx(), 1e-9); // 864 pt × 2 px per pt (1080p)
        assertTrue(png.options().slideLayout());
    }

    @Test
    void buildReportsEachSlideInOrder() throws Exception {
        List<String> reports = new ArrayList<>();

        builder.build(deck, (number, count, title) -> reports.add(number + "/" + count + " " + title), () -> false);

        assertEquals(List.of("1/4 Chinchilla: 20 tokens per parameter", "2/4 Capacity density over time",
                "3/4 layer-loss chart", "4/4 pareto chart"), reports);
    }

    @Test
    void buildCancelledAfterTwoSlidesWritesNothing(@TempDir Path folder) {
        Path target = folder.resolve("talk.pptx");
        AtomicInteger done = new AtomicInteger();

        assertThrows(ExportCancelledException.class, () -> builder.build(deck, target,
                (number, count, title) -> done.set(number), () -> done.get() >= 2));

        assertEquals(2, done.get());
        assertFalse(Files.exists(target));
        assertEquals(0, folder.toFile().list().length);
    }

    @Test
    void buildToFileWritesAReadableDeck(@TempDir Path folder) throws Exception {
        Path target = folder.resolve("talk.pptx");

        builder.build(DeckSpec.defaultDeck(), target, DeckProgress.NONE, () -> false);

        assertEquals(List.of("tokens-params", "density", "layer-loss", "pareto", "trends"),
                FigureViewReader.read(target).stream().map(ChartView::chartId).toList());
        assertEquals(List.of("talk.pptx"), List.of(folder.toFile().list()));
    }

    /** What LibreOffice does on re-save: slide tags and SVGs dropped, PNGs kept. */
    @Test
    void readDeckWithoutTagsFindsTheViewsInThePictures(@TempDir Path folder) throws Exception {
        Path stripped = folder.resolve("resaved.pptx");
        try (XMLSlideShow ppt = open(builder.build(deck, DeckProgress.NONE, () -> false))) {
            for (XSLFSlide slide : ppt.getSlides()) {
                slide.getXmlObject().getCSld().unsetCustDataLst();
            }
            try (var out = Files.newOutputStream(stripped)) {
                ppt.write(out);
            }
        }

        assertEquals(deck.slides(), FigureViewReader.read(stripped));
    }

    static XMLSlideShow open(byte[] pptx) throws Exception {
        return new XMLSlideShow(new ByteArrayInputStream(pptx));
    }

    private static List<String> titles(XMLSlideShow ppt) {
        List<String> titles = new ArrayList<>();
        for (XSLFSlide slide : ppt.getSlides()) {
            titles.add(slide.getTitle()); // POI finds the TITLE placeholder, as outline views do
        }
        return titles;
    }

    private static String notes(XMLSlideShow ppt, int index) {
        for (XSLFShape shape : ppt.getSlides().get(index).getNotes()) {
            if (shape instanceof XSLFTextShape text && text.getTextType() == Placeholder.BODY) {
                return text.getText();
            }
        }
        throw new AssertionError("no notes body on slide " + (index + 1));
    }

    private static XSLFPictureShape picture(XSLFSlide slide) {
        return slide.getShapes().stream().filter(XSLFPictureShape.class::isInstance)
                .map(XSLFPictureShape.class::cast).findFirst().orElseThrow();
    }
}

package dev.scalinglens.export.pptx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scalinglens.catalog.load.CatalogLoader;
import dev.scalinglens.charts.registry.ChartKind;
import dev.scalinglens.export.ChartView;
import dev.scalinglens.export.ChartViewJson;
import dev.scalinglens.export.DeckBuilder;
import dev.scalinglens.export.DeckProgress;
import dev.scalinglens.export.DeckSpec;
import dev.scalinglens.export.DeckSpecParser;
import dev.scalinglens.export.FigureViewReader;
import dev.scalinglens.export.PlotFigureRenderer;
import dev.scalinglens.export.PptxMode;
import dev.scalinglens.export.SlideFormat;
import dev.scalinglens.plot.scene.Tick;
import dev.scalinglens.plot.text.ChartFont;
import dev.scalinglens.plot.spec.ChartSpec;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The default four-slide deck drawn as native shapes, checked in the zipped XML a presenter's tool reads. */
class NativeDeckTest {

    private static final PlotFigureRenderer RENDERER = new PlotFigureRenderer(() -> CatalogLoader.loadBundled().catalog());
    private static Map<String, String> parts;

    @BeforeAll
    static void buildDefaultDeck() throws Exception {
        byte[] deck = new DeckBuilder(RENDERER, RENDERER, true, PptxMode.NATIVE, SlideFormat.WIDE_16_9)
                .build(DeckSpec.defaultDeck(), DeckProgress.NONE, () -> false);
        parts = unzip(deck);
    }

    @Test
    void everyChartSlideHasAtLeastHundredShapesGroupedByLayer() {
        for (int i = 1; i <= 4; i++) {
            String slide = parts.get("ppt/slides/slide" + i + ".xml");
            int shapes = count(slide, "<p:sp>") + count(slide, "<p:pic>");
            assertTrue(shapes >= 100, "slide " + i + " has only " + shapes + " shapes");
            assertTrue(slide.contains("name=\"Axes\""), "slide " + i + " has no named axes group");
            assertTrue(slide.contains("name=\"Grid\""), "slide " + i + " has no named grid group");
            assertTrue(slide.contains("name=\"Layer: "), "slide " + i + " has no named layer group");
        }
    }

    @Test
    void axisTitlesAndTickLabelsAreTextRuns() throws Exception {
        List<String> ids = ChartKind.ids();
        for (int i = 0; i < ids.size(); i++) {
            ChartSpec spec = RENDERER.specFor(ChartView.defaults(ids.get(i)));
            List<String> runs = runs(parts.get("ppt/slides/slide" + (i + 1) + ".xml"));
            assertTrue(runs.contains(spec.xAxis().title()), ids.get(i) + ": no run " + spec.xAxis().title() + " in " + runs);
            assertTrue(runs.contains(spec.yAxis().title()), ids.get(i) + ": no run " + spec.yAxis().title());
            var scene = RENDERER.sceneFor(ChartView.defaults(ids.get(i)), dev.scalinglens.export.ExportOptions.of(
                    dev.scalinglens.export.ExportFormat.PNG, dev.scalinglens.export.SizePreset.SLIDE_16_9, 1));
            long tickRuns = scene.yTicks().stream().map(Tick::label).filter(l -> l != null && runs.contains(l)).count();
            assertTrue(tickRuns >= 2, ids.get(i) + ": y tick labels are not text runs: " + runs);
        }
    }

    @Test
    void titleChartAndNotesUseTheChartFont() {
        String font = "typeface=\"" + ChartFont.FAMILY + "\"";
        for (int i = 1; i <= ChartKind.ids().size(); i++) {
            String slide = parts.get("ppt/slides/slide" + i + ".xml");
            String notes = parts.get("ppt/notesSlides/notesSlide" + i + ".xml");
            for (String xml : List.of(slide, notes)) {
                Matcher typefaces = Pattern.compile("<a:(latin|ea|cs|sym) typeface=\"([^\"]+)\"").matcher(xml);
                while (typefaces.find()) {
                    assertEquals(ChartFont.FAMILY, typefaces.group(2), "slide " + i + ": " + typefaces.group());
                }
                for (String run : runProperties(xml)) {
                    assertTrue(run.contains("<a:latin " + font + "/>") && run.contains("<a:cs " + font + "/>"),
                            "slide " + i + ": a run without the chart's font: " + run);
                }
            }
            String title = slide.substring(slide.indexOf("<p:ph type=\"title\"/>"));
            assertTrue(runProperties(title.substring(0, title.indexOf("</p:sp>"))).size() == 1, "one title run");
            String chart = slide.substring(slide.indexOf("name=\"Chart: "));
            assertTrue(runProperties(chart).size() > 20, "slide " + i + ": too few chart text runs");
            assertTrue(runProperties(notes).size() >= 3, "notes " + i + " have too few runs");
        }
    }

    /** The {@code <a:rPr>} of every text run ({@code <a:r>}), in order. */
    private static List<String> runProperties(String xml) {
        Matcher m = Pattern.compile("<a:r><a:rPr[^>]*?(?:/>|>.*?</a:rPr>)", Pattern.DOTALL).matcher(xml);
        List<String> out = new java.util.ArrayList<>();
        while (m.find()) {
            out.add(m.group());
        }
        assertEquals(count(xml, "<a:r>"), out.size(), "every run has run properties");
        return out;
    }

    @Test
    void notesCarryTheNumbersWithoutDateOrSlideNumberFields() {
        for (int i = 1; i <= 4; i++) {
            String notes = parts.get("ppt/notesSlides/notesSlide" + i + ".xml");
            assertFalse(notes.contains("type=\"dt\""), "notes " + i + " keep a date placeholder");
            assertFalse(notes.contains("type=\"sldNum\""), "notes " + i + " keep a slide number placeholder");
            assertFalse(notes.contains("<a:fld"), "notes " + i + " keep a field");
            assertFalse(notes.contains("‹#›"), "notes " + i + " keep ‹#›");
            // 12 pt on every run (the notes master's own size printed long notes off the page), shrunk if long.
            assertFalse(notes.replaceAll("<a:rPr[^>]*sz=\"1200\"", "").contains("<a:rPr"), "notes " + i + " size");
            assertTrue(notes.contains("<a:normAutofit"), "notes " + i + " shrink to fit");
        }
        assertTrue(String.join("\n", runs(parts.get("ppt/notesSlides/notesSlide1.xml"))).contains("Key numbers:"));
    }

    @Test
    void theDeckStillReopensAsItsViews(@TempDir Path folder) throws Exception {
        byte[] deck = new DeckBuilder(RENDERER, RENDERER, true).build(DeckSpec.defaultDeck(), DeckProgress.NONE,
                () -> false);
        Path file = Files.write(folder.resolve("talk.pptx"), deck);
        List<ChartView> views = FigureViewReader.read(file);
        assertEquals(ChartKind.ids(), views.stream().map(ChartView::chartId).toList());
        assertEquals(ChartViewJson.toJson(ChartView.defaults(ChartKind.ids().get(0))), ChartViewJson.toJson(views.get(0)));
    }

    @Test
    void deckSpecNotesTitleAndSubtitleReachTheSlide() throws Exception {
        DeckSpec spec = DeckSpecParser.parse("""
                {"title": "Talk", "format": "4:3", "slides": [
                  {"chart": "density", "title": "Models get denser", "subtitle": "Same score, fewer parameters",
                   "notes": "Pause here.\\nAsk the room."}]}""", "deck.json");
        Map<String, String> zip = unzip(new DeckBuilder(RENDERER, RENDERER, true).build(spec, DeckProgress.NONE,
                () -> false));
        List<String> slideRuns = runs(zip.get("ppt/slides/slide1.xml"));
        assertTrue(slideRuns.contains("Models get denser"), slideRuns.toString());
        assertTrue(slideRuns.contains("Same score, fewer parameters"), slideRuns.toString());
        assertEquals(List.of("Pause here.", "Ask the room."), runs(zip.get("ppt/notesSlides/notesSlide1.xml")));
        assertTrue(zip.get("ppt/presentation.xml").contains("cx=\"9144000\""), "4:3 is 10 in = 9144000 EMU wide");
    }

    /**
     * On a 4:3 slide the Engram title takes two lines at 28 pt and the density subtitle more than two at 14 pt:
     * each box holds its wrapped lines, the subtitle starts under the title and the chart under the subtitle.
     */
    @Test
    void aLongTitleOrSubtitleGetsTheLinesItNeedsAndPushesTheChartDown() throws Exception {
        DeckSpec spec = DeckSpecParser.parse("""
                {"title": "Talk", "format": "4:3", "slides": [{"chart": "layer-loss"}, {"chart": "density"}]}""",
                "deck.json");
        byte[] deck = new DeckBuilder(RENDERER, RENDERER, true, PptxMode.NATIVE, SlideFormat.STANDARD_4_3)
                .build(spec, DeckProgress.NONE, () -> false);
        try (var ppt = new org.apache.poi.xslf.usermodel.XMLSlideShow(new ByteArrayInputStream(deck))) {
            int[] titleLines = new int[2];
            for (int i = 0; i < 2; i++) {
                var slide = ppt.getSlides().get(i);
                var title = slide.getPlaceholder(0);
                assertTrue(((org.openxmlformats.schemas.presentationml.x2006.main.CTShape) title.getXmlObject())
                        .getSpPr().isSetXfrm(), "slide " + (i + 1) + "'s title has no position of its own");
                titleLines[i] = linesIn(title, true);
                var subtitle = slide.getShapes().stream().filter(sh -> "Subtitle".equals(sh.getShapeName()))
                        .map(sh -> (org.apache.poi.xslf.usermodel.XSLFTextShape) sh).findFirst().orElseThrow();
                var chart = slide.getShapes().stream().filter(sh -> sh.getShapeName().startsWith("Chart: "))
                        .findFirst().orElseThrow();
                linesIn(subtitle, false);
                assertTrue(subtitle.getAnchor().getY() >= title.getAnchor().getMaxY() - 1e-6, "subtitle under title");
                assertTrue(chart.getAnchor().getY() >= subtitle.getAnchor().getMaxY() - 1e-6, "chart under subtitle");
            }
            assertEquals(2, titleLines[0], "the Engram title on a 4:3 slide");
        }
    }

    /** How many lines the shape's text wraps to in its box; fails when they do not fit its height. */
    private static int linesIn(org.apache.poi.xslf.usermodel.XSLFTextShape shape, boolean bold) {
        var run = shape.getTextParagraphs().get(0).getTextRuns().get(0);
        double size = run.getFontSize();
        var box = shape.getAnchor();
        int lines = dev.scalinglens.plot.text.WordWrap.lines(shape.getText(), size, box.getWidth(), bold).size();
        double lineHeight = dev.scalinglens.plot.text.TextMeasurer.ascent(size, bold)
                + dev.scalinglens.plot.text.TextMeasurer.descent(size, bold);
        assertTrue(lines * lineHeight <= box.getHeight() + 1e-6, "\"" + shape.getText() + "\": " + lines + " lines of "
                + lineHeight + " pt in " + box.getHeight() + " pt");
        return lines;
    }

    @Test
    void slideLayoutKeepsTextAtLeast24PxTopLabelsAndAShortLegend() throws Exception {
        var options = dev.scalinglens.export.SlideGeometry.fullSlideOptions(dev.scalinglens.export.ExportFormat.PNG,
                SlideFormat.WIDE_16_9, 1);
        var screen = RENDERER.sceneFor(ChartView.defaults(ChartKind.TOKENS_PARAMS.id()), dev.scalinglens.export.ExportOptions.of(
                dev.scalinglens.export.ExportFormat.PNG, dev.scalinglens.export.SizePreset.SLIDE_16_9, 1));
        var slide = RENDERER.sceneFor(ChartView.defaults(ChartKind.TOKENS_PARAMS.id()), options);
        for (var group : slide.groups()) {
            for (var mark : group.marks()) {
                if (mark instanceof dev.scalinglens.plot.scene.TextMark t) {
                    assertTrue(t.sizePx() >= 24 - 1e-9, group.id() + ": \"" + t.text() + "\" at " + t.sizePx() + " px");
                }
            }
        }
        assertTrue(slide.labels().size() <= 12, "labels: " + slide.labels().size());
        assertTrue(screen.labels().size() > slide.labels().size(), "the screen layout shows more labels");
        long legendTexts = slide.groups().stream().filter(g -> g.id().equals("legend")).flatMap(g -> g.marks().stream())
                .filter(m -> m instanceof dev.scalinglens.plot.scene.TextMark).count();
        assertTrue(legendTexts <= 9, "legend lines: " + legendTexts);
    }

    static List<String> runs(String xml) {
        Matcher m = Pattern.compile("<a:t>([^<]*)</a:t>").matcher(xml);
        List<String> runs = new java.util.ArrayList<>();
        while (m.find()) {
            runs.add(m.group(1).replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\""));
        }
        return runs;
    }

    private static int count(String text, String needle) {
        int n = 0;
        for (int at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
            n++;
        }
        return n;
    }

    static Map<String, String> unzip(byte[] zip) throws IOException {
        Map<String, String> out = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().endsWith(".xml")) {
                    out.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        }
        return out;
    }
}

package dev.scalinglens.plot.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scalinglens.plot.SampleCharts;
import dev.scalinglens.plot.Theme;
import dev.scalinglens.plot.layout.LayoutOptions;
import dev.scalinglens.plot.layout.PlotLayout;
import dev.scalinglens.plot.scene.PlotScene;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class RenderersTest {

    private static PlotScene scene() {
        return PlotLayout.layout(SampleCharts.tokensVsParams(), new LayoutOptions(900, 600, Theme.LIGHT, null,
                Set.of("llama-3-8b"), Set.of("gopher-280b"), 1));
    }

    @Test
    void pngSvgAndPdfReceiveTheIdenticalScene() {
        PlotScene scene = scene();
        RecordingSink png = new RecordingSink();
        new PngRenderer(png).render(scene, 1);
        assertSame(scene, png.scene);
        assertTrue(png.calls.size() > 30, png.calls.toString());
        List<List<String>> all = RecordingSink.exportCalls(scene);
        assertEquals(png.calls, all.get(0));
        assertEquals(png.calls, all.get(1));
        assertEquals(png.calls, all.get(2));
    }

    @Test
    void pngHasTheExactSizeTimesScale() {
        PlotScene scene = scene();
        BufferedImage one = new PngRenderer().render(scene, 1);
        BufferedImage two = new PngRenderer().render(scene, 2);
        assertEquals(900, one.getWidth());
        assertEquals(600, one.getHeight());
        assertEquals(1800, two.getWidth());
        assertEquals(1200, two.getHeight());
    }

    @Test
    void densePngLayerIsDrawnThroughTheRaster() {
        PlotScene scene = PlotLayout.layout(SampleCharts.randomLogLog(200_000, 5), LayoutOptions.of(600, 400, Theme.DARK));
        BufferedImage img = new PngRenderer().render(scene, 1);
        // The centre of the diagonal band is covered with points: not the background colour.
        int bg = scene.background().argb() | 0xFF000000;
        double cx = scene.xScale().toPixel(1e9);
        double cy = scene.yScale().toPixel(1e10);
        assertTrue((img.getRGB((int) cx, (int) cy) | 0xFF000000) != bg);
    }

    @Test
    void svgParsesWithOneGroupPerLayerAndATitlePerPoint() throws Exception {
        PlotScene scene = scene();
        for (boolean asPaths : new boolean[] {false, true}) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new SvgRenderer().write(scene, out, new SvgOptions(asPaths));
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(out.toByteArray()));
            List<String> ids = new ArrayList<>();
            NodeList groups = doc.getElementsByTagNameNS("*", "g");
            Element models = null;
            for (int i = 0; i < groups.getLength(); i++) {
                Element g = (Element) groups.item(i);
                if (!g.getAttribute("id").isEmpty()) {
                    ids.add(g.getAttribute("id"));
                }
                if (g.getAttribute("id").equals("models")) {
                    models = g;
                }
            }
            assertTrue(ids.containsAll(List.of("ref-20", "models", "axes", "labels", "legend", "titles")), ids.toString());
            assertEquals(ids.size(), Set.copyOf(ids).size(), "ids are unique");
            int circles = models.getElementsByTagNameNS("*", "circle").getLength();
            assertEquals(7, circles);
            assertEquals(7, models.getElementsByTagNameNS("*", "title").getLength());
            String style = doc.getElementsByTagNameNS("*", "style").getLength() > 0
                    ? doc.getElementsByTagNameNS("*", "style").item(0).getTextContent() : "";
            assertEquals(!asPaths, style.contains("@font-face") && style.contains("base64"));
            assertEquals(!asPaths, doc.getElementsByTagNameNS("*", "text").getLength() > 0);
        }
    }

    @Test
    void pdfLoadsWithTheBundledFontEmbedded(@TempDir Path dir) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfRenderer().write(scene(), out);
        try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
            assertEquals(1, doc.getNumberOfPages());
            PDResources res = doc.getPage(0).getResources();
            List<String> fonts = new ArrayList<>();
            for (COSName name : res.getFontNames()) {
                PDFont font = res.getFont(name);
                assertTrue(font.isEmbedded(), font.getName());
                fonts.add(font.getName());
            }
            assertFalse(fonts.isEmpty());
            assertTrue(fonts.stream().allMatch(n -> n.contains("Lato")), fonts.toString());
            assertEquals(900, doc.getPage(0).getMediaBox().getWidth(), 0.01);
        }
        Path pdf = dir.resolve("chart.pdf");
        Files.write(pdf, out.toByteArray());
        boolean hasPdftoppm;
        try {
            hasPdftoppm = new ProcessBuilder("pdftoppm", "-v").redirectErrorStream(true).start().waitFor() == 0;
        } catch (java.io.IOException e) {
            hasPdftoppm = false;
        }
        Assumptions.assumeTrue(hasPdftoppm, "pdftoppm (poppler-utils) is not installed");
        Process p = new ProcessBuilder("pdftoppm", "-png", "-r", "36", pdf.toString(), dir.resolve("page").toString())
                .redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes());
        assertEquals(0, p.waitFor(), log);
        assertTrue(log.isBlank(), "poppler reports no problems: " + log);
        assertTrue(Files.exists(dir.resolve("page-1.png")));
    }

    /** Each marker is one form XObject drawn by reference at every point, and no form clips its marker. */
    @Test
    void pdfDrawsEachMarkerOnceAsAFormThatHoldsAllOfIt() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfRenderer().write(scene(), out);
        try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
            PDResources res = doc.getPage(0).getResources();
            List<COSName> forms = new ArrayList<>();
            res.getXObjectNames().forEach(forms::add);
            assertFalse(forms.isEmpty(), "markers as forms");
            assertTrue(forms.size() <= 12, "one form per shape, size and paint: " + forms.size());
            String page = new String(doc.getPage(0).getContents().readAllBytes(), StandardCharsets.ISO_8859_1);
            long draws = page.lines().filter(l -> l.endsWith(" Do")).count();
            assertTrue(draws > forms.size(), "forms are reused: " + draws + " draws of " + forms.size());
            for (COSName name : forms) {
                var form = (org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject) res.getXObject(name);
                var box = form.getBBox();
                String content = new String(form.getContents().readAllBytes(), StandardCharsets.US_ASCII);
                for (String token : content.split("\\s+")) {
                    if (token.matches("-?[0-9.]+")) {
                        double v = Double.parseDouble(token);
                        assertTrue(v >= box.getLowerLeftX() && v <= box.getUpperRightX(), name + ": " + content);
                    }
                }
            }
        }
    }
}

package dev.scalinglens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scalinglens.export.ChartView;
import dev.scalinglens.export.FigureViewReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The headless export on the bundled catalog, as a presenter would run it. */
class ExportCommandTest {

    @TempDir
    Path folder;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = ScalingLensCommand.newCommandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @ParameterizedTest
    @ValueSource(strings = {"tokens-params", "density", "layer-loss", "pareto"})
    void exportPngAt2xIsSharpAndCarriesTheView(String chart) throws IOException {
        Path png = folder.resolve(chart + ".png");

        assertEquals(0, run("export", "--chart", chart, "--format", "png", "--scale", "2", "--out", png.toString()),
                err.toString());

        var image = ImageIO.read(new ByteArrayInputStream(Files.readAllBytes(png)));
        assertEquals(3200, image.getWidth());
        assertEquals(1800, image.getHeight());
        List<ChartView> views = FigureViewReader.read(png);
        assertEquals(chart, views.get(0).chartId());
    }

    @Test
    void exportSvgParsesAsXml() throws Exception {
        Path svg = folder.resolve("chart.svg");

        assertEquals(0, run("export", "--chart", "tokens-params", "--out", svg.toString()), err.toString());

        var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(svg.toFile());
        assertEquals("svg", doc.getDocumentElement().getLocalName() == null
                ? doc.getDocumentElement().getTagName() : doc.getDocumentElement().getLocalName());
    }

    @Test
    void svgTextIsOutlinesByDefaultAndRealTextOnRequest() throws IOException {
        Path outlines = folder.resolve("outlines.svg");
        Path text = folder.resolve("text.svg");

        assertEquals(0, run("export", "--chart", "tokens-params", "--out", outlines.toString()), err.toString());
        assertEquals(0, run("export", "--chart", "tokens-params", "--svg-real-text", "--out", text.toString()),
                err.toString());

        String drawn = Files.readString(outlines);
        assertFalse(drawn.contains("<text"), "default SVG keeps no text elements");
        assertFalse(drawn.contains("@font-face"), "default SVG needs no font");
        String editable = Files.readString(text);
        assertTrue(editable.contains(">20 tokens/parameter</text>") || editable.contains("20 tokens/parameter<"),
                "real text keeps the ratio label as text");
        assertTrue(editable.contains("@font-face"), "real text embeds the font");
    }

    @Test
    void exportPdfHasOnePageWithTheFontEmbedded() throws IOException {
        Path pdf = folder.resolve("chart.pdf");

        assertEquals(0, run("export", "--chart", "pareto", "--theme", "dark", "--out", pdf.toString()),
                err.toString());

        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertEquals(1, doc.getNumberOfPages());
            assertTrue(doc.getPage(0).getResources().getFontNames().iterator().hasNext());
        }
    }

    @Test
    void exportExactPixels() throws IOException {
        Path png = folder.resolve("exact.png");

        assertEquals(0, run("export", "--chart", "layer-loss", "--width", "1920", "--height", "1080",
                "--out", png.toString()), err.toString());

        var image = ImageIO.read(png.toFile());
        assertEquals(1920, image.getWidth());
        assertEquals(1080, image.getHeight());
    }

    @Test
    void unknownChartIsAUsageErrorAndWritesNothing() {
        Path png = folder.resolve("x.png");

        assertEquals(2, run("export", "--chart", "foo", "--out", png.toString()));

        assertTrue(err.toString().contains(
                "unknown chart \"foo\"; expected one of tokens-params, density, layer-loss, pareto"), err.toString());
        assertFalse(Files.exists(png));
    }

    @Test
    void badSettingsNameTheField() throws IOException {
        Path settings = Files.writeString(folder.resolve("s.json"), "{\"tokensPerParameter\": -3}");

        assertEquals(1, run("export", "--chart", "tokens-params", "--settings", settings.toString(),
                "--out", folder.resolve("x.png").toString()));

        assertTrue(err.toString().contains("tokensPerParameter must be positive, got -3.0"), err.toString());
    }

    /** Hostile views from the hardening probe: each is one clear line and exit 1, in bounded time. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', textBlock = """
        {"chart":"density","settings":{"bootstrapReplicates":2147483647}}                      | density settings: bootstrap replicates must be 1 … 100,000, got 2,147,483,647
        {"chart":"density","viewport":{"xMin":0,"xMax":1e12,"yMin":0.01,"yMax":10}}           | density view: viewport.xMin/xMax must be dates from year 1 to 9999
        {"chart":"pareto","settings":{"yMetric":null}}                                         | pareto settings: yMetric must not be null
        {"chart":"pareto","settings":{"precision":null}}                                       | pareto settings: precision must not be null
        """)
    void hostileViewsAreRefusedWithAMessage(String view, String expected) throws IOException {
        Path file = Files.writeString(folder.resolve("view.json"), view);
        assertEquals(1, run("export", "--view", file.toString(), "--out", folder.resolve("v.png").toString()));
        assertTrue(err.toString().contains("error: " + file + ": " + expected), err.toString());
        assertFalse(err.toString().contains("Exception"), err.toString());
        assertFalse(Files.exists(folder.resolve("v.png")));
    }

    @Test
    void brokenUserCatalogStopsTheExportWithItsProblems() throws IOException {
        Path catalog = Files.writeString(folder.resolve("mine.json"),
                "{\"schema\": \"scalinglens.catalog/1\", \"models\": [{\"id\": \"x\", \"name\": \"X\", \"parameters\": -7e9}]}");
        Path png = folder.resolve("x.png");

        assertEquals(1, run("export", "--chart", "tokens-params", "--catalog", catalog.toString(),
                "--out", png.toString()));

        assertTrue(err.toString().contains("mine.json:1:"), err.toString());
        assertTrue(err.toString().contains("models[0].parameters"), err.toString());
        assertFalse(Files.exists(png));
    }

    @Test
    void unwritableOutputIsAClearError() {
        Path png = folder.resolve("no-such-folder").resolve("x.png");

        assertEquals(1, run("export", "--chart", "density", "--out", png.toString()));

        assertTrue(err.toString().startsWith("error: "), err.toString());
        assertFalse(err.toString().contains("Exception"), err.toString());
    }

    @Test
    void ownSweepFromCsvImportsAndDrawsOnTheLayerLossChart() throws IOException {
        Path csv = Files.writeString(folder.resolve("my-sweep.csv"), "x,y,series\n1,1.80,mine\n2,1.79,mine\n");
        Path catalog = folder.resolve("mine.json");
        Path settings = Files.writeString(folder.resolve("s.json"), "{\"experimentId\": \"my-sweep\"}");
        Path png = folder.resolve("mine.png");

        assertEquals(0, run("import", "--format", "experiment-csv", csv.toString(), "--out", catalog.toString()),
                out.toString());
        assertEquals(0, run("export", "--chart", "layer-loss", "--catalog", catalog.toString(),
                "--settings", settings.toString(), "--out", png.toString()), err.toString());

        assertTrue(Files.size(png) > 0);
    }

    @Test
    void compareReproducesThePapersExample() {
        assertEquals(0, run("analyze", "compare", "--model", "minicpm-2.4b", "--reference", "mistral-7b"),
                err.toString());

        assertTrue(out.toString().contains("with 37% of its parameters, 4 months later"), out.toString());
    }

    @Test
    void enumValuesAreCaseInsensitive() {
        assertEquals(0, run("analyze", "density", "--benchmark", "average", "--bootstrap", "50"), err.toString());

        assertTrue(out.toString().contains("\"doublingTimeDays\""), out.toString());
    }

    @Test
    void severalChartsAreDrawnInOneRunEachIntoItsOwnFile() throws IOException {
        String pattern = folder.resolve("fig-{chart}.png").toString();

        assertEquals(0, run("export", "--chart", "density,pareto", "--chart", "density", "--out", pattern),
                err.toString());

        for (String chart : List.of("density", "pareto")) {
            Path png = folder.resolve("fig-" + chart + ".png");
            assertEquals(chart, FigureViewReader.read(png).get(0).chartId());
        }
        assertEquals(2, out.toString().lines().filter(l -> l.startsWith("wrote ")).count(), out.toString());
    }

    @Test
    void allMeansEveryRegisteredChart() throws IOException {
        assertEquals(0, run("export", "--chart", "all", "--out", folder.resolve("{chart}.svg").toString()),
                err.toString());

        for (String chart : dev.scalinglens.charts.registry.ChartKind.ids()) {
            assertTrue(Files.isRegularFile(folder.resolve(chart + ".svg")), chart);
        }
    }

    @Test
    void severalChartsNeedAPlaceholderAndRefuseOneChartsOptionsBeforeWritingAnything() {
        assertEquals(2, run("export", "--chart", "density,pareto", "--out", folder.resolve("one.png").toString()));
        assertTrue(err.toString().contains("several charts need {chart} in --out"), err.toString());
        assertEquals(2, run("export", "--chart", "density,pareto", "--title", "T", "--out",
                folder.resolve("{chart}.png").toString()));
        assertEquals(2, run("export", "--chart", "density,nope", "--out", folder.resolve("{chart}.png").toString()));
        assertTrue(err.toString().contains("unknown chart \"nope\""), err.toString());
        assertFalse(Files.exists(folder.resolve("density.png")));
    }
}

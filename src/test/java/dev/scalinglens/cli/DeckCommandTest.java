package dev.scalinglens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scalinglens.export.ChartFacts;
import dev.scalinglens.export.ExportFormat;
import dev.scalinglens.export.FigureRenderer;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class DeckCommandTest {

    /** A 16 × 9 PNG or an empty SVG, whatever is asked. */
    private static final FigureRenderer RENDERER = (view, format, options) -> format == ExportFormat.SVG
            ? "<svg xmlns=\"http://www.w3.org/2000/svg\"/>".getBytes()
            : png();

    @TempDir
    Path folder;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = new CommandLine(new DeckCommand(RENDERER,
                view -> new ChartFacts("Chart " + view.chartId(), null, "Source: test", List.of())));
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void deckWithoutSpecWritesEveryChartAndReportsProgress() {
        Path target = folder.resolve("talk.pptx");

        assertEquals(0, run("-o", target.toString()));

        assertEquals("slide 1 of 5: Chart tokens-params\nslide 2 of 5: Chart density\nslide 3 of 5: Chart layer-loss\n"
                + "slide 4 of 5: Chart pareto\nslide 5 of 5: Chart trends\nwrote " + target + " (5 slides)\n",
                out.toString().replace("\r", ""));
        assertTrue(Files.exists(target));
        assertEquals(0, runFigureView(target.toString()));
    }

    @Test
    void deckWithBadSpecPrintsTheLocatedErrorAndWritesNothing() throws Exception {
        Path spec = Files.writeString(folder.resolve("deck.json"), "{\"slides\": [{\"chart\": \"foo\"}]}");

        assertEquals(1, run("--spec", spec.toString(), "-o", folder.resolve("talk.pptx").toString()));

        assertEquals("error: deck.json:1:23: slides[0].chart: unknown chart \"foo\"; expected one of "
                + "tokens-params, density, layer-loss, pareto, trends\n", err.toString().replace("\r", ""));
        assertFalse(Files.exists(folder.resolve("talk.pptx")));
    }

    @Test
    void printSpecPrintsTheDefaultDeck() {
        assertEquals(0, run("--print-spec"));

        assertTrue(out.toString().contains("\"chart\" : \"layer-loss\""), out.toString());
    }

    @Test
    void deckWithoutOutputIsAUsageError() {
        assertEquals(2, run());

        assertTrue(err.toString().contains("Missing required option: '--out=FILE'"), err.toString());
    }

    @Test
    void figureViewOfAPlainFileSaysItHasNoView() throws Exception {
        Path plain = Files.write(folder.resolve("plain.png"), png());

        assertEquals(1, runFigureView(plain.toString()));

        assertEquals("error: plain.png: no Scaling Lens view in this PNG file; it was not exported by Scaling Lens,"
                + " or an editor removed the view when saving it\n", err.toString().replace("\r", ""));
    }

    /** The real command on the bundled catalog, as the root command registers it. */
    private int runOnCatalog(String... args) {
        CommandLine cli = new CommandLine(new DeckCommand(new CliCatalog()));
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void rebuildingOverTheExistingDeckFromANewerCatalogNotesWhatChanged() throws Exception {
        Path spec = Files.writeString(folder.resolve("deck.json"), "{\"slides\": [{\"chart\": \"tokens-params\"}]}");
        Path newer = Files.writeString(folder.resolve("newer.json"), dev.scalinglens.export.pptx.DeckChangesTest.NEWER);
        Path target = folder.resolve("talk.pptx");
        assertEquals(0, runOnCatalog("--spec", spec.toString(), "-o", target.toString()), err.toString());
        out.getBuffer().setLength(0);

        assertEquals(0, runOnCatalog("--spec", spec.toString(), "-o", target.toString(), "--catalog", newer.toString()),
                err.toString());

        String printed = out.toString().replace("\r", "");
        assertTrue(printed.startsWith("comparing with " + target + "\nslide 1 of 1: Training tokens vs parameters\n"
                + "  Changed since the previous deck (built "), printed);
        assertTrue(printed.contains("3 added: Test A 70B, Test B 8B, Test C 1B; Llama 3.1 405B training tokens 15T → 15.6T"),
                printed);
        String notes = notesOfFirstSlide(target);
        assertTrue(notes.contains("Llama 3.1 405B training tokens 15T → 15.6T"), notes);
    }

    @Test
    void noCompareAndAMissingPreviousDeck() throws Exception {
        Path spec = Files.writeString(folder.resolve("deck.json"), "{\"slides\": [{\"chart\": \"layer-loss\"}]}");
        Path target = folder.resolve("talk.pptx");
        assertEquals(0, runOnCatalog("--spec", spec.toString(), "-o", target.toString()));
        out.getBuffer().setLength(0);

        assertEquals(0, runOnCatalog("--spec", spec.toString(), "-o", target.toString(), "--no-compare"));
        assertFalse(out.toString().contains("comparing"), out.toString());

        assertEquals(1, runOnCatalog("--spec", spec.toString(), "-o", target.toString(), "--previous",
                folder.resolve("missing.pptx").toString()));
        assertTrue(err.toString().contains("missing.pptx"), err.toString());
    }

    private static String notesOfFirstSlide(Path deck) throws IOException {
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(deck.toFile())) {
            return new String(zip.getInputStream(zip.getEntry("ppt/notesSlides/notesSlide1.xml")).readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    private int runFigureView(String file) {
        CommandLine cli = ScalingLensCommand.newCommandLine();
        StringWriter views = new StringWriter();
        cli.setOut(new PrintWriter(views, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute("figure-view", file);
        if (code == 0) {
            assertEquals(dev.scalinglens.charts.registry.ChartKind.ids().size(), views.toString().lines().count());
            assertTrue(views.toString().startsWith("{\"chart\":\"tokens-params\""), views.toString());
        }
        return code;
    }

    private static byte[] png() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            ImageIO.write(new BufferedImage(16, 9, BufferedImage.TYPE_INT_RGB), "png", bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}

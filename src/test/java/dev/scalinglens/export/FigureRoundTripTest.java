package dev.scalinglens.export;

import dev.scalinglens.charts.registry.ChartKind;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** View → export → read → the same view, for every format. */
class FigureRoundTripTest {

    private final FakeFigureRenderer renderer = new FakeFigureRenderer();
    private final FigureExporter exporter = new FigureExporter(renderer, TestViews::factsFor);

    @TempDir
    Path folder;

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void exportThenReadGivesTheSameView(ExportFormat format) throws Exception {
        ChartView view = TestViews.tokensParams();
        Path file = folder.resolve("figure." + format.extension());

        exporter.export(view, ExportOptions.of(format, SizePreset.SLIDE_16_9, 2), file);

        assertEquals(List.of(view), FigureViewReader.read(file));
    }

    @Test
    void exportStoresTheTextTypedForTheExport() throws Exception {
        Path file = folder.resolve("figure.svg");
        ExportOptions options = ExportOptions.of(ExportFormat.SVG, SizePreset.SQUARE, 1)
                .withText(new TextOverrides("Typed title", "", null));

        exporter.export(TestViews.tokensParams(), options, file);

        TextOverrides stored = FigureViewReader.read(file).get(0).text();
        assertEquals(new TextOverrides("Typed title", "", "Hoffmann et al. 2022 <Table 3> & co"), stored);
        assertEquals(stored, renderer.calls.get(0).view().text());
    }

    @ParameterizedTest
    @EnumSource(value = ExportFormat.class, names = {"PNG", "SVG", "PDF"})
    void readFigureWithoutViewExplainsWhy(ExportFormat format) throws Exception {
        Path file = folder.resolve("plain." + format.extension());
        Files.write(file, renderer.render(ChartView.defaults(ChartKind.DENSITY.id()), format,
                ExportOptions.of(format, SizePreset.SLIDE_16_9, 1)));

        ExportException error = assertThrows(ExportException.class, () -> FigureViewReader.read(file));

        assertEquals("plain." + format.extension() + ": no Scaling Lens view in this " + format.name()
                + " file; it was not exported by Scaling Lens, or an editor removed the view when saving it",
                error.getMessage());
        assertEquals(Optional.empty(), FigureViewReader.find(file));
    }

    @Test
    void readUnknownFormatSaysWhatItAccepts() throws Exception {
        Path file = folder.resolve("notes.txt");
        Files.writeString(file, "hello");

        ExportException error = assertThrows(ExportException.class, () -> FigureViewReader.read(file));

        assertEquals("notes.txt: not a PNG, SVG, PDF or PowerPoint file", error.getMessage());
    }

    @Test
    void readDamagedEmbeddedViewNamesTheFile() throws Exception {
        Path file = folder.resolve("edited.png");
        byte[] png = renderer.render(ChartView.defaults(ChartKind.DENSITY.id()), ExportFormat.PNG,
                ExportOptions.of(ExportFormat.PNG, SizePreset.SLIDE_16_9, 1));
        Files.write(file, PngViewChunk.embed(png, "{\"chart\":\"charts\"}"));

        ExportException error = assertThrows(ExportException.class, () -> FigureViewReader.read(file));

        assertEquals("edited.png (embedded view):1:10: chart: unknown chart \"charts\"; "
                + "expected one of tokens-params, density, layer-loss, pareto, trends", error.getMessage());
    }

    @Test
    void readMissingFileSaysSo() {
        Path file = folder.resolve("gone.png");

        ExportException error = assertThrows(ExportException.class, () -> FigureViewReader.read(file));

        assertEquals("cannot read " + file + ": no such file", error.getMessage());
    }
}

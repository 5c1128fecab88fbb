package dev.scalinglens.fuzz;

import dev.scalinglens.catalog.load.CatalogLoader;
import dev.scalinglens.catalog.ExperimentCsvException;
import dev.scalinglens.catalog.ExperimentCsvReader;
import dev.scalinglens.catalog.load.LoadOptions;
import dev.scalinglens.catalog.importers.EpochHardwareImporter;
import dev.scalinglens.catalog.importers.EpochModelsImporter;
import dev.scalinglens.catalog.importers.HfConfigImporter;
import dev.scalinglens.catalog.importers.InferenceXImporter;
import dev.scalinglens.export.DeckSpecParser;
import dev.scalinglens.export.ExportException;
import dev.scalinglens.export.FigureViewReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * Every reader of untrusted input, each with its contract: it returns, or throws the error type of ours
 * that carries a message for the user. Anything else escaping (a NullPointerException, Jackson's own
 * exception, an OutOfMemoryError) is a bug. Shared by the fuzz targets and the tests over real files.
 */
final class UntrustedInputs {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private static final Path FOLDER = folder();

    private UntrustedInputs() {
    }

    private static Path folder() {
        try {
            Path shm = Path.of("/dev/shm");
            return Files.isDirectory(shm) && Files.isWritable(shm) ? Files.createTempDirectory(shm, "slens-fuzz")
                    : Files.createTempDirectory("slens-fuzz");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The readers take files: the input becomes one, under a name of the shape the reader expects. */
    static Path file(String name, byte[] content) {
        try {
            return Files.write(FOLDER.resolve(name), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void catalog(Path file) {
        CatalogLoader.load(List.of(file), LoadOptions.defaults());
    }

    static void epochModels(Path file) {
        EpochModelsImporter.importFile(file, TODAY);
    }

    static void epochHardware(Path file) {
        EpochHardwareImporter.importFile(file, TODAY);
    }

    static void hfConfig(Path file) {
        HfConfigImporter.importFile(file, "org/model");
    }

    static void inferenceX(List<Path> files) {
        InferenceXImporter.importFiles(files, "h200");
    }

    static void experimentCsv(Path file) throws IOException {
        try (var reader = Files.newBufferedReader(file)) {
            new ExperimentCsvReader().read(reader, file.getFileName().toString(), "sweep", "x", "y");
        } catch (ExperimentCsvException | java.nio.charset.CharacterCodingException expected) {
            // our located error, or text that is not UTF-8
        }
    }

    static void figureView(Path file) {
        try {
            FigureViewReader.find(file);
        } catch (ExportException expected) {
            // our message (ViewFormatException included)
        }
    }

    static void deckSpec(String json) {
        try {
            DeckSpecParser.parse(json, "deck.json");
        } catch (ExportException expected) {
            // our message
        }
    }
}

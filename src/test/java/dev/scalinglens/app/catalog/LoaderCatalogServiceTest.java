package dev.scalinglens.app.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoaderCatalogServiceTest {

    private final LoaderCatalogService service = new LoaderCatalogService();

    @TempDir
    Path dir;

    @Test
    void loadEmptyListGivesEmptyCatalogAndNoProblems() {
        CatalogLoad load = service.load(List.of());
        assertTrue(load.catalog().models().isEmpty());
        assertTrue(load.problems().isEmpty());
    }

    @Test
    void loadBundledHasModelsAndNoErrors() {
        CatalogLoad load = service.loadBundled();
        assertFalse(load.catalog().models().isEmpty());
        assertFalse(load.hasErrors(), () -> load.problems().toString());
    }

    @Test
    void loadBrokenFileReportsLocatedProblemWithoutThrowing() throws Exception {
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\"models\": [ {\"id\": ");
        CatalogLoad load = service.load(List.of(broken));
        assertTrue(load.hasErrors());
        assertTrue(load.problems().get(0).file().contains("broken.json"));
    }

    @Test
    void loadSampleThenMergeOverBundledKeepsBothRecords() throws Exception {
        Path sample = Path.of("src/test/resources/dev/scalinglens/app/sample-catalog.json");
        CatalogLoad overlay = service.load(List.of(sample));
        CatalogLoad merged = service.merge(service.loadBundled(), overlay);
        assertTrue(merged.catalog().models().size() >= overlay.catalog().models().size());
        // Field by field: every overlay record is there, and the overlay's values win (the default rule).
        overlay.catalog().models().forEach(m -> {
            var after = merged.catalog().model(m.id()).orElseThrow();
            if (m.parameters() != null) {
                assertEquals(m.parameters().value(), after.parameters().value(), m.id());
            }
            assertEquals(m.name(), after.name());
        });
    }

    @Test
    void loadOnAnInterruptedThreadEndsInCancellation() {
        Path sample = Path.of("src/test/resources/dev/scalinglens/app/sample-catalog.json");
        Thread.currentThread().interrupt();
        try {
            assertThrows(CancellationException.class, () -> service.load(List.of(sample)));
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void loadMissingFileIsAProblem() {
        CatalogLoad load = service.load(List.of(dir.resolve("missing.json")));
        assertEquals(1, load.problems().size());
        assertTrue(load.hasErrors());
    }
}

package dev.scalinglens.catalog.load;

import dev.scalinglens.catalog.ModelRecord;
import dev.scalinglens.catalog.Problem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundledCatalogTest {

    @TempDir
    Path root;

    @Test
    void loadReadsTheIndexedFilesAndWarnsAboutMissingOnes() throws IOException {
        Path datasets = Files.createDirectories(root.resolve("datasets"));
        Files.writeString(datasets.resolve("index.txt"), "# bundled\nmodels.json\n\nhardware.json\n");
        Files.writeString(datasets.resolve("models.json"),
                "{\"schema\": \"scalinglens.catalog/1\", \"models\": [{\"id\": \"gpt-3\", \"name\": \"GPT-3\"}]}");
        try (URLClassLoader loader = new URLClassLoader(new URL[] {root.toUri().toURL()}, null)) {
            LoadResult result = BundledCatalog.load(
                    LoadOptions.defaults().withToday(LocalDate.of(2026, 11, 22)), loader);
            assertEquals(List.of("gpt-3"), result.catalog().models().stream().map(ModelRecord::id).toList());
            assertEquals(List.of("datasets/index.txt: warning: bundled file datasets/hardware.json is listed but"
                    + " missing (skipped)"), result.problems().stream().map(Problem::format).toList());
        }
    }

    @Test
    void loadWithoutIndexGivesAnEmptyCatalogAndAWarning() throws IOException {
        try (URLClassLoader loader = new URLClassLoader(new URL[] {root.toUri().toURL()}, null)) {
            LoadResult result = BundledCatalog.load(LoadOptions.defaults(), loader);
            assertFalse(result.hasErrors());
            assertEquals(1, result.warningCount());
            assertEquals(0, result.catalog().models().size());
        }
    }
}

package dev.scalinglens.catalog.load;

import dev.scalinglens.catalog.ModelRecord;
import dev.scalinglens.catalog.Problem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scalinglens.catalog.io.LoadLimits;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogLoaderTest {

    static final LoadOptions OPTIONS = LoadOptions.defaults().withToday(LocalDate.of(2026, 11, 22));

    @TempDir
    Path dir;

    private Path write(String name, String json) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, json, StandardCharsets.UTF_8);
        return file;
    }

    private static String models(String... entries) {
        return "{\"schema\": \"scalinglens.catalog/1\", \"models\": [" + String.join(",", entries) + "]}";
    }

    private static String model(String id, String name, double parameters) {
        return "{\"id\": \"" + id + "\", \"name\": \"" + name + "\", \"parameters\": " + parameters + "}";
    }

    @Test
    void loadReadsEveryFieldOfAValidModel() throws IOException {
        Path file = write("m.json", """
            {"schema": "scalinglens.catalog/1",
             "sources": {"touvron2023": {"citation": "Touvron et al. 2023", "url": "https://arxiv.org/abs/2307.09288"}},
             "models": [{"id": "llama-2-7b", "name": "Llama 2 7B", "family": "Llama 2", "organization": "Meta",
                         "releaseDate": "2023-07-18",
                         "parameters": {"value": 6.74e9, "source": "touvron2023", "estimated": false},
                         "trainingTokens": {"value": 2e12, "source": "touvron2023", "estimated": true, "note": "about"},
                         "openWeights": true,
                         "architecture": {"layers": 32, "hiddenSize": 4096, "attentionHeads": 32, "kvHeads": 32},
                         "benchmarks": [{"benchmark": "mmlu", "setting": "5-shot", "scorePercent": 45.3}],
                         "source": "touvron2023"}]}
            """);
        LoadResult result = CatalogLoader.load(List.of(file), OPTIONS);
        assertEquals(List.of(), result.problems());
        ModelRecord m = result.catalog().model("llama-2-7b").orElseThrow();
        assertEquals(6.74e9, m.parameters().value());
        assertEquals("touvron2023", m.parameters().source());
        assertTrue(m.trainingTokens().estimated());
        assertEquals("about", m.trainingTokens().note());
        assertEquals(LocalDate.of(2023, 7, 18), m.releaseDate());
        assertEquals(32, m.architecture().layers());
        assertEquals(45.3, m.benchmark("MMLU").orElseThrow().scorePercent().value());
        assertEquals("Touvron et al. 2023", result.catalog().sources().get("touvron2023").citation());
        assertNull(m.activeParameters());
    }

    @Test
    void loadOfLaterCatalogOverridesEarlierAndSaysSo() throws IOException {
        Path base = write("base.json", models(model("gpt-3", "GPT-3", 175e9), model("llama-2-7b", "Llama 2 7B", 7e9)));
        Path user = write("user.json", models(model("llama-2-7b", "Llama 2 7B", 6.74e9)));
        LoadResult result = CatalogLoader.load(List.of(base, user), OPTIONS);
        assertEquals(2, result.catalog().models().size());
        assertEquals("llama-2-7b", result.catalog().models().get(1).id(), "an override keeps its place");
        assertEquals(6.74e9, result.catalog().model("llama-2-7b").orElseThrow().parameters().value());
        assertEquals(List.of(user + ":1:48: warning: models[0]: overrides model \"llama-2-7b\" from " + base + ":1"
                        + ": parameters 7e9 → 6.74e9"),
                result.problems().stream().map(Problem::format).toList());
        assertEquals(0, result.errorCount());
    }

    @Test
    void mergeOverlaysUserCatalogOnLoadedOneWithoutChangingIt() throws IOException {
        LoadResult base = CatalogLoader.load(List.of(write("a.json", models(model("a", "A", 1e9)))), OPTIONS);
        LoadResult overlay = CatalogLoader.load(List.of(write("b.json", models(model("a", "A", 2e9),
                model("b", "B", 3e9)))), OPTIONS);
        LoadResult merged = CatalogLoader.merge(base, overlay);
        assertEquals(List.of("a", "b"), merged.catalog().models().stream().map(ModelRecord::id).toList());
        assertEquals(2e9, merged.catalog().model("a").orElseThrow().parameters().value());
        assertEquals(1, merged.warningCount());
        assertEquals(1e9, base.catalog().model("a").orElseThrow().parameters().value(), "base unchanged");
    }

    @Test
    void mergeResolvesReferencesThatTheOverlayAloneCouldNot() throws IOException {
        LoadResult base = CatalogLoader.load(List.of(write("a.json", """
            {"schema": "scalinglens.catalog/1", "models": [{"id": "glm-5", "name": "GLM-5"}],
             "hardware": [{"id": "b200", "name": "NVIDIA B200"}]}""")), OPTIONS);
        LoadResult runs = CatalogLoader.load(List.of(write("runs.json", """
            {"schema": "scalinglens.catalog/1",
             "inferenceRuns": [{"id": "r1", "model": "glm-5", "hardware": "b200"}]}""")), OPTIONS);
        assertEquals(2, runs.warningCount());
        LoadResult merged = CatalogLoader.merge(base, runs);
        assertEquals(List.of(), merged.problems());
    }

    @Test
    void loadOfFileWithErrorsContributesNothingAndKeepsTheRest() throws IOException {
        Path good = write("good.json", models(model("a", "A", 1e9)));
        Path bad = write("bad.json", models(model("b", "B", 2e9), model("c", "C", -1)));
        LoadResult result = CatalogLoader.load(List.of(good, bad), OPTIONS);
        assertEquals(List.of("a"), result.catalog().models().stream().map(ModelRecord::id).toList());
        assertEquals(1, result.errorCount());
    }

    @Test
    void loadOfFolderRejectsIdsRepeatedAcrossItsFiles() throws IOException {
        write("folder/1-first.json", models(model("gpt-3", "GPT-3", 175e9)));
        Path second = write("folder/2-second.json", models(model("x", "X", 1e9), model("gpt-3", "GPT-3", 175e9)));
        write("folder/schema/catalog.schema.json", "not a catalog, and never read");
        write("folder/readme.txt", "ignored");
        LoadResult result = CatalogLoader.load(List.of(dir.resolve("folder")), OPTIONS);
        assertEquals(List.of(second + ":1:94: models[1].id: duplicate id \"gpt-3\" (already defined in "
                        + dir.resolve("folder/1-first.json") + ":1)"),
                result.problems().stream().map(Problem::format).toList());
        assertEquals(List.of("gpt-3"), result.catalog().models().stream().map(ModelRecord::id).toList());
    }

    @Test
    void loadRefusesFileOverTheSizeLimit() throws IOException {
        Path file = write("big.json", models(model("a", "A", 1e9)));
        long size = Files.size(file);
        LoadResult result = CatalogLoader.load(List.of(file), OPTIONS.withLimits(new LoadLimits(size - 1, 64)));
        assertEquals(file + ": file too large: " + size + " bytes, the limit is " + (size - 1) + " bytes",
                result.problems().get(0).format());
        assertTrue(result.catalog().models().isEmpty());
    }

    @Test
    void loadRefusesNestingDeeperThanTheLimit() throws IOException {
        String deep = "[".repeat(100) + "]".repeat(100);
        Path file = write("deep.json", "{\"schema\": \"scalinglens.catalog/1\", \"models\": " + deep + "}");
        LoadResult result = CatalogLoader.load(List.of(file), OPTIONS);
        assertEquals(1, result.problems().size());
        assertEquals(file + ":1:110: nesting deeper than 64 levels is not allowed",
                result.problems().get(0).format());
    }

    @Test
    void loadReportsProgressAfterEachFile() throws IOException {
        Path a = write("a.json", models(model("a", "A", 1e9)));
        Path b = write("b.json", models(model("b", "B", 1e9)));
        List<String> seen = new ArrayList<>();
        CatalogLoader.load(List.of(a, b), OPTIONS.withProgress((f, done, total) -> seen.add(done + "/" + total)));
        assertEquals(List.of("1/2", "2/2"), seen);
    }

    @Test
    void loadStopsWhenTheThreadIsInterrupted() throws IOException {
        Path a = write("a.json", models(model("a", "A", 1e9)));
        Thread.currentThread().interrupt();
        try {
            assertThrows(CancellationException.class, () -> CatalogLoader.load(List.of(a), OPTIONS));
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void loadBundledSkipsMissingListedFilesWithAWarning() {
        LoadResult result = CatalogLoader.loadBundled(OPTIONS);
        assertFalse(result.hasErrors(), () -> result.problems().toString());
        result.problems().forEach(p -> assertTrue(p.message().contains("listed but missing")
                || !p.isError(), p::format));
    }
}

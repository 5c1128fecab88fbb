package dev.scalinglens.science.density;

import dev.scalinglens.catalog.BenchmarkScore;
import dev.scalinglens.catalog.load.CatalogLoader;
import dev.scalinglens.catalog.load.LoadOptions;
import dev.scalinglens.catalog.load.LoadResult;
import dev.scalinglens.catalog.ModelRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Benchmark scores say what was evaluated, and the density analysis reads it. */
class ScoreKindCatalogTest {

    private static final String MODEL = """
            {"schema": "scalinglens.catalog/1", "models": [
              {"id": "m-7b", "name": "M 7B", "releaseDate": "2024-01-01", "parameters": 7e9,
               "benchmarks": [{"benchmark": "mmlu", "setting": "5-shot", "scorePercent": 60, "kind": "%s", "shots": %s}]}
            ]}
            """;

    private static LoadResult load(Path dir, String kind, String shots) throws IOException {
        Path file = dir.resolve("m.json");
        Files.writeString(file, MODEL.formatted(kind, shots));
        return CatalogLoader.load(List.of(file), LoadOptions.defaults());
    }

    @Test
    void kindAndShotsAreRead(@TempDir Path dir) throws IOException {
        LoadResult r = load(dir, "instruct", "5");
        BenchmarkScore s = r.catalog().models().get(0).benchmark("mmlu").orElseThrow();
        assertEquals("instruct", s.kind());
        assertEquals(5, s.shots());
        assertTrue(DensityBenchmark.MMLU.score(r.catalog().models().get(0), DensityOptions.BASE_ONLY).isEmpty());
        assertTrue(DensityBenchmark.MMLU.score(r.catalog().models().get(0), DensityOptions.ALL_KINDS).isPresent());
    }

    @Test
    void unknownKindIsAClearError(@TempDir Path dir) throws IOException {
        LoadResult r = load(dir, "chat", "5");
        assertTrue(r.problems().stream().anyMatch(p -> p.format().contains(
                "models[0].benchmarks[0].kind: expected one of base, instruct, reasoning, fine-tuned, got \"chat\"")),
                r.problems().toString());
    }

    @Test
    void negativeShotsAreAClearError(@TempDir Path dir) throws IOException {
        LoadResult r = load(dir, "base", "-1");
        assertTrue(r.problems().stream().anyMatch(p -> p.format().contains("benchmarks[0].shots: expected a whole number")),
                r.problems().toString());
    }

    @Test
    void everyBundledScoreHasAKindAndGpt2sMmluIsFineTuned() {
        var catalog = CatalogLoader.loadBundled().catalog();
        for (ModelRecord m : catalog.models()) {
            for (BenchmarkScore s : m.benchmarks()) {
                assertTrue(BenchmarkScore.KINDS.contains(s.kind()), m.id() + " " + s.benchmark() + ": " + s.kind());
            }
        }
        assertEquals(BenchmarkScore.FINE_TUNED, catalog.model("gpt-2-1.5b").orElseThrow().benchmark("mmlu")
                .orElseThrow().kind());
    }
}

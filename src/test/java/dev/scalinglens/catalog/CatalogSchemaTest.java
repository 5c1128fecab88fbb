package dev.scalinglens.catalog;

import dev.scalinglens.catalog.load.CatalogLoader;
import dev.scalinglens.catalog.load.LoadResult;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.scalinglens.catalog.io.CatalogWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Keeps the JSON Schema, the records and the writer in step. */
class CatalogSchemaTest {

    static final Path SCHEMA = Path.of("datasets", "schema", "catalog.schema.json");

    @ParameterizedTest
    @CsvSource({
        "model,        dev.scalinglens.catalog.ModelRecord",
        "architecture, dev.scalinglens.catalog.Architecture",
        "benchmark,    dev.scalinglens.catalog.BenchmarkScore",
        "hardware,     dev.scalinglens.catalog.HardwareRecord",
        "experiment,   dev.scalinglens.catalog.Experiment",
        "inferenceRun, dev.scalinglens.catalog.InferenceRun",
        "lossLaw,      dev.scalinglens.catalog.LossLaw",
    })
    void schemaDefinesExactlyTheRecordComponents(String definition, Class<?> record) throws IOException {
        JsonNode properties = new ObjectMapper().readTree(SCHEMA.toFile()).path("$defs").path(definition)
                .path("properties");
        Set<String> inSchema = new TreeSet<>();
        properties.fieldNames().forEachRemaining(inSchema::add);
        Set<String> inRecord = new TreeSet<>();
        Arrays.stream(record.getRecordComponents()).forEach(c -> inRecord.add(c.getName()));
        assertEquals(inRecord, inSchema);
    }

    @TempDir
    Path dir;

    @Test
    void writerOutputLoadsBackToTheSameCatalog() throws IOException {
        Catalog catalog = new Catalog(Catalog.SCHEMA,
                Map.of("hoffmann2022", new Source("hoffmann2022", "Hoffmann et al. 2022", null)),
                List.of(new ModelRecord("chinchilla", "Chinchilla", "Chinchilla", "DeepMind", LocalDate.of(2022, 3, 29),
                        Quantity.reported(70e9, "hoffmann2022"), null, Quantity.estimated(1.4e12, "hoffmann2022", "Table 1"),
                        false, new Architecture(80, 8192, 64, null, 128, null, null, null, null, null, 2048, 32000, null),
                        List.of(new BenchmarkScore("mmlu", "5-shot", Quantity.reported(67.5))), "hoffmann2022", null)),
                List.of(), List.of(new Experiment("e", "E", "layer", "loss",
                        List.of(new Experiment.Series("s", List.of(new Experiment.Point(0, 1.5, false)))),
                        List.of(new Experiment.ReferenceLine("base", 1.6, null)), List.of(), null, null)),
                List.of(), List.of(new LossLaw("chinchilla-approach-3", "Chinchilla approach 3", 1.69, 406.4, 410.7,
                        0.34, 0.28, "hoffmann2022")));
        Path file = dir.resolve("round-trip.json");
        try (var out = Files.newOutputStream(file)) {
            CatalogWriter.write(catalog, out);
        }
        LoadResult loaded = CatalogLoader.load(List.of(file));
        assertEquals(List.of(), loaded.problems());
        assertEquals(catalog, loaded.catalog());
        assertEquals(false, Files.readString(file).contains("\"mla\""), "derived helpers are not written");
    }
}

package dev.scalinglens.catalog.importers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scalinglens.catalog.load.CatalogLoader;
import dev.scalinglens.catalog.load.LoadResult;
import dev.scalinglens.catalog.ModelRecord;
import dev.scalinglens.catalog.Problem;
import dev.scalinglens.catalog.io.CatalogWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EpochModelsImporterTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @TempDir
    Path dir;

    private ImportResult importCsv(String csv) throws IOException {
        Path file = dir.resolve("models.csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        return EpochModelsImporter.importFile(file, TODAY);
    }

    @Test
    void importFileHandlesQuotedNewlinesBlankCellsAndNumbersAsText() throws IOException {
        ImportResult r = importCsv("""
                Parameters,Domain,Model,Publication date,Training dataset size (datapoints)
                7e+9,Language,"Model\u00a0A\t","2023-01-02",
                ,Language,"Model B
                (second line)",,1.5e12
                70000000000.0,Vision,Image Net,2020-01-01,
                """);
        assertEquals(List.of("model-a", "model-b-second-line"),
                r.catalog().models().stream().map(ModelRecord::id).toList());
        ModelRecord a = r.catalog().models().get(0);
        assertEquals("Model A", a.name());
        assertEquals(7e9, a.parameters().value());
        assertEquals("epoch-notable-ai-models", a.parameters().source());
        assertEquals(LocalDate.of(2023, 1, 2), a.releaseDate());
        ModelRecord b = r.catalog().models().get(1);
        assertNull(b.parameters());
        assertNull(b.trainingTokens(), "datapoints are not tokens");
        assertTrue(b.notes().contains("1.5e12 datapoints"), b.notes());
        assertEquals(List.of("models.csv:5: warning: domain is not Language"),
                r.skipped().stream().map(p -> p.format().replace(dir + "/", "")).toList());
        assertEquals(3, r.rowsRead());
    }

    @Test
    void importFileMakesDuplicateNamesUniqueAndWarns() throws IOException {
        ImportResult r = importCsv("Model,Parameters\nGPT-2,1.5e9\n GPT-2 ,1.5e9\n");
        assertEquals(List.of("gpt-2", "gpt-2-2"), r.catalog().models().stream().map(ModelRecord::id).toList());
        assertEquals(List.of("models.csv:3: warning: models.gpt-2-2: duplicate name \"GPT-2\": imported with id"
                        + " \"gpt-2-2\""),
                r.problems().stream().map(p -> p.format().replace(dir + "/", "")).toList());
    }

    @Test
    void importFileWithoutModelColumnIsAnError() throws IOException {
        ImportResult r = importCsv("Name,Parameters\nx,1\n");
        assertTrue(r.hasErrors());
        assertTrue(r.catalog().models().isEmpty());
    }

    @Test
    void importedCatalogPassesValidation() throws IOException {
        ImportResult r = importCsv("Model,Parameters,Publication date\nGPT-2,1.5e9,2019-02-14\nOld,-3,1900-01-01\n");
        Path out = dir.resolve("out.json");
        try (var stream = Files.newOutputStream(out)) {
            CatalogWriter.write(r.catalog(), stream);
        }
        LoadResult loaded = CatalogLoader.load(List.of(out));
        assertFalse(loaded.hasErrors(), () -> loaded.problems().toString());
        assertEquals(2, loaded.catalog().models().size());
        assertEquals(1.5e9, loaded.catalog().model("gpt-2").orElseThrow().parameters().value());
    }

    @Test
    void realNotableExportGpt3DatapointsAreNotTakenAsTokens() {
        ImportResult r = EpochModelsImporter.importFile(
                ExternalData.require("epoch/notable_ai_models_24_02_2025.csv"), TODAY);
        assertFalse(r.hasErrors());
        ModelRecord gpt3 = r.catalog().model("gpt-3-175b-davinci").orElseThrow();
        assertEquals(175e9, gpt3.parameters().value());
        assertNull(gpt3.trainingTokens());
        assertTrue(gpt3.notes().contains("3.74e11 datapoints (not tokens trained"), gpt3.notes());
        assertEquals(LocalDate.of(2020, 5, 28), gpt3.releaseDate());
    }

    @Test
    void realNotableExportFlagsLlama2SevenBillionListedAsSeventy() {
        Path csv = ExternalData.require("epoch/notable_ai_models_24_02_2025.csv");
        ImportResult r = EpochModelsImporter.importFile(csv, TODAY);
        ModelRecord llama = r.catalog().model("llama-2-7b").orElseThrow();
        assertEquals(70e9, llama.parameters().value(), "kept as Epoch states it, never silently corrected");
        assertTrue(llama.parameters().note().contains("disagree with the size in the name"));
        Problem warning = r.problems().stream().filter(p -> p.path().equals("models.llama-2-7b.parameters"))
                .findFirst().orElseThrow();
        assertEquals(csv + ":1310: warning: models.llama-2-7b.parameters: parameters 7e10 disagree with the size"
                + " in the name \"Llama 2-7B\" (7e9) (kept as Epoch states it; check)", warning.format());
    }

    @ParameterizedTest
    @CsvSource({
        "epoch/notable_ai_models_24_02_2025.csv, 895, 399",
        "epoch/frontier_ai_models.csv,           137,  76",
    })
    void realExportsImportOnlyLanguageModels(String file, int rows, int models) {
        ImportResult r = EpochModelsImporter.importFile(ExternalData.require(file), TODAY);
        assertFalse(r.hasErrors(), () -> r.problems().toString());
        assertEquals(rows, r.rowsRead());
        assertEquals(models, r.catalog().models().size());
        assertEquals(rows - models, r.skipped().size());
    }

    @Test
    void realFrontierExportCleansNamesWithTrailingNewline() {
        ImportResult r = EpochModelsImporter.importFile(ExternalData.require("epoch/frontier_ai_models.csv"), TODAY);
        assertTrue(r.catalog().models().stream().anyMatch(m -> m.name().equals("GPT-3.5 (davinci-002)")));
        assertTrue(r.catalog().models().stream().allMatch(m -> m.name().equals(m.name().strip())));
    }
}

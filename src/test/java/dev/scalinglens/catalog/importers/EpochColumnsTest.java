package dev.scalinglens.catalog.importers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.scalinglens.catalog.ModelRecord;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The columns analysts filter by, mapped by header across export variants. */
class EpochColumnsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @TempDir
    Path dir;

    private ModelRecord only(String csv) throws IOException {
        Path file = dir.resolve("models.csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        ImportResult r = EpochModelsImporter.importFile(file, TODAY);
        assertFalse(r.hasErrors(), r.problems().toString());
        assertEquals(1, r.catalog().models().size());
        return r.catalog().models().get(0);
    }

    /** The Notable layout (42 columns): country "from Organization", datapoints, no chip-hours column. */
    @Test
    void importNotableLayoutMapsEveryFilterColumn() throws IOException {
        ModelRecord m = only("""
                Model,Domain,Organization,Country (from Organization),Publication date,Link,Notability criteria,\
                Parameters,Training compute (FLOP),Training dataset size (datapoints),Training time (hours),\
                Training hardware,Hardware quantity,Training compute cost (2023 USD),Confidence,\
                Model accessibility,Training compute estimation method
                Big LM,Language,Acme,"United States of America,United States of America",2024-07-23,\
                "https://example.org/paper or \nhttps://example.org/blog",SOTA improvement,4.05e11,3.8e+25,\
                15600000000000,2000,NVIDIA H100 SXM5 80GB,16384,52885433.9,Confident,\
                Open weights (restricted use),Hardware
                """);
        assertEquals(3.8e25, m.trainingComputeFlop().value());
        assertEquals("epoch-notable-ai-models", m.trainingComputeFlop().source());
        assertFalse(m.trainingComputeFlop().estimated());
        assertEquals("Epoch's method: Hardware; Epoch's confidence: Confident", m.trainingComputeFlop().note());
        assertEquals("United States of America", m.country());
        assertEquals("Open weights (restricted use)", m.accessibility());
        assertTrue(m.openWeights());
        assertEquals("NVIDIA H100 SXM5 80GB", m.trainingHardware());
        assertEquals(16384 * 2000.0, m.trainingChipHours().value());
        assertTrue(m.trainingChipHours().estimated(), "chips × hours is our product, not Epoch's figure");
        assertEquals(52885433.9, m.trainingCostUsd2023().value());
        assertEquals("Confident", m.confidence());
        assertEquals("SOTA improvement", m.notability());
        assertEquals("https://example.org/paper", m.url());
        assertNull(m.trainingTokens(), "datapoints are never tokens");
    }

    /** The Frontier layout: reordered, "Country (of organization)", "(total)", a chip-hours column, no Domain. */
    @Test
    void importFrontierLayoutMapsRenamedAndReorderedColumns() throws IOException {
        ModelRecord m = only("""
                Training chip-hours,Open model weights?,Country (of organization),Model,Training compute (FLOP),\
                Confidence,Training dataset size (total),Parameters
                1200000,Yes,China,Some LM,2e24,Speculative,9e12,7e10
                """);
        assertEquals(1.2e6, m.trainingChipHours().value());
        assertFalse(m.trainingChipHours().estimated());
        assertEquals("China", m.country());
        assertTrue(m.openWeights());
        assertTrue(m.trainingComputeFlop().estimated(), "a speculative figure is marked estimated");
        assertNull(m.accessibility());
    }

    /** A 41-column variant: the same export without the columns it lacks, nothing else guessed. */
    @Test
    void importWithoutOptionalColumnsLeavesTheirFieldsEmpty() throws IOException {
        ModelRecord m = only("Model,Parameters,Training compute (FLOP)\nTiny LM,1e9,1.2e21\n");
        assertEquals(1.2e21, m.trainingComputeFlop().value());
        assertNull(m.country());
        assertNull(m.trainingChipHours());
        assertNull(m.url());
        assertNull(m.confidence());
    }

    @Test
    void importWarnsAboutTextWhereComputeBelongs() throws IOException {
        Path file = dir.resolve("models.csv");
        Files.writeString(file, "Model,Training compute (FLOP)\nX,about 1e24\n", StandardCharsets.UTF_8);
        ImportResult r = EpochModelsImporter.importFile(file, TODAY);
        assertNull(r.catalog().models().get(0).trainingComputeFlop());
        assertTrue(r.problems().get(0).format().contains("trainingComputeFlop: not a number: \"about 1e24\""),
                r.problems().toString());
    }

    /** Every Epoch models export in ../shared/external/epoch imports, with compute wherever Epoch states it. */
    @Test
    void importEveryRealModelsExportKeepsComputeAndFilterColumns() throws IOException {
        Path folder = ExternalData.require("epoch");
        List<Path> exports = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*models*.csv")) {
            files.forEach(exports::add);
        }
        assumeTrue(!exports.isEmpty(), "no Epoch models export");
        for (Path export : exports) {
            ImportResult r = EpochModelsImporter.importFile(export, TODAY);
            assertFalse(r.hasErrors(), export + ": " + r.problems());
            List<ModelRecord> models = r.catalog().models();
            long withCompute = models.stream().filter(m -> m.trainingComputeFlop() != null).count();
            long withCountry = models.stream().filter(m -> m.country() != null).count();
            long withUrl = models.stream().filter(m -> m.url() != null).count();
            long withAccess = models.stream().filter(m -> m.accessibility() != null).count();
            assertTrue(withCompute > models.size() / 2, export + ": compute on " + withCompute);
            assertTrue(withCountry > models.size() / 2, export + ": country on " + withCountry);
            assertTrue(withUrl > models.size() / 2, export + ": link on " + withUrl);
            assertTrue(withAccess > 0, export.toString());
            models.stream().filter(m -> m.url() != null)
                    .forEach(m -> assertTrue(m.url().matches("https?://\\S+"), m.id() + ": " + m.url()));
            models.forEach(m -> assertNull(m.trainingTokens(), m.id()));
        }
        ModelRecord llama = EpochModelsImporter.importFile(folder.resolve("notable_ai_models_24_02_2025.csv"), TODAY)
                .catalog().model("llama-3.1-405b").orElseThrow();
        assertEquals(3.8e25, llama.trainingComputeFlop().value());
        assertEquals("NVIDIA H100 SXM5 80GB", llama.trainingHardware());
        assertEquals("United States of America", llama.country());
        assertEquals("https://ai.meta.com/research/publications/the-llama-3-herd-of-models/", llama.url());
    }
}

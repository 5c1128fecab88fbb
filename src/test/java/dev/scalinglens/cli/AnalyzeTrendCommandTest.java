package dev.scalinglens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.scalinglens.catalog.Catalog;
import dev.scalinglens.testing.TestCatalogs;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class AnalyzeTrendCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(Catalog catalog, String... args) {
        CommandLine cli = AnalyzeCommand.register(new CommandLine(new ScalingLensCommand()), () -> catalog)
                .setExecutionExceptionHandler(new CleanErrorHandler());
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    @Test
    void trendPrintsRateIntervalDoublingR2AndModels() throws Exception {
        assertEquals(0, run(TestCatalogs.small(), "analyze", "trend", "--field", "parameters"));
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertEquals("parameters", json.get("field").asText());
        assertEquals(11, json.get("models").asInt());
        assertTrue(json.get("perYear").isNumber());
        assertEquals(2, json.get("ci90").size());
        assertTrue(json.get("ci90").get(0).asDouble() <= json.get("perYear").asDouble());
        assertTrue(json.has("doublingTimeDays") && json.has("r2"));
    }

    @Test
    void trendGroupedByOrganisationPrintsGroups() throws Exception {
        assertEquals(0, run(TestCatalogs.small(), "analyze", "trend", "--field", "parameters", "--group-by",
                "organization"));
        JsonNode groups = new ObjectMapper().readTree(out.toString()).get("groups");
        assertEquals("Meta", groups.get(0).get("group").asText());
        assertEquals(7, groups.get(0).get("models").asInt());
    }

    @Test
    void trendWithUnknownFieldSaysWhichExist() {
        assertEquals(2, run(TestCatalogs.small(), "analyze", "trend", "--field", "price"));
        assertTrue(err.toString().contains("unknown --field 'price'; expected one of parameters"), err.toString());
    }

    @Test
    void trendOfEpochExportWithoutBundledModelsReachesEpochsRate(@TempDir Path dir) throws Exception {
        Path csv = Path.of("..", "shared", "external", "epoch", "notable_ai_models_24_02_2025.csv");
        assumeTrue(Files.exists(csv), () -> csv + " is absent");
        Path json = dir.resolve("notable.json");
        assertEquals(0, ScalingLensCommand.newCommandLine().setOut(new PrintWriter(new StringWriter()))
                .execute("import", "--format", "epoch-csv", "--domains", "all", csv.toString(), "--out", json.toString()));
        assertEquals(0, run(TestCatalogs.small(), "analyze", "trend", "--field", "trainingCompute", "--from",
                "2010-01-01", "--catalog", json.toString(), "--no-bundled"));
        JsonNode result = new ObjectMapper().readTree(out.toString());
        assertEquals(4.58, result.get("perYear").asDouble(), 0.01);
        assertEquals(397, result.get("models").asInt());
    }
}

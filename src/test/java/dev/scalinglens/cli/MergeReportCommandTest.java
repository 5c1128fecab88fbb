package dev.scalinglens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class MergeReportCommandTest {

    @TempDir
    Path dir;

    private static final String BASE = """
            {"schema": "scalinglens.catalog/1", "sources": {"paper": {"citation": "Paper"}},
             "models": [{"id": "m", "name": "M", "parameters": 7e9, "trainingTokens": 2e12, "source": "paper"}]}""";
    private static final String USER = """
            {"schema": "scalinglens.catalog/1",
             "models": [{"id": "m", "name": "M", "parameters": 7.2e9, "trainingComputeFlop": 8.4e22,
                         "source": "https://example.org/mine"},
                        {"id": "n", "name": "N"}]}""";

    private String run(int expectedExit, String... args) {
        StringWriter out = new StringWriter();
        CommandLine cli = ScalingLensCommand.newCommandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(out));
        assertEquals(expectedExit, cli.execute(args), out::toString);
        return out.toString();
    }

    @Test
    void mergeReportListsFilledAndOverriddenFieldsWithBothSources() throws IOException {
        Path base = Files.writeString(dir.resolve("base.json"), BASE);
        Path user = Files.writeString(dir.resolve("user.json"), USER);
        String text = run(0, "merge-report", "--no-bundled", base.toString(), user.toString());
        assertTrue(text.contains("overridden models/m parameters: 7e9 [paper] -> 7.2e9 [https://example.org/mine]"),
                text);
        assertTrue(text.contains("filled     models/m trainingComputeFlop: (empty) -> 8.4e22"), text);
        assertTrue(text.contains("total: 1 records added, 1 changed: 1 fields filled, 1 overridden, 1 conflicts; 2 models"),
                text);
    }

    @Test
    void mergeReportJsonCountsMatchItsChanges() throws IOException {
        Path base = Files.writeString(dir.resolve("base.json"), BASE);
        Path user = Files.writeString(dir.resolve("user.json"), USER);
        Path csv = dir.resolve("report.csv");
        JsonNode json = JsonMapper.builder().build().readTree(run(0, "merge-report", "--no-bundled", "--keep-curated",
                "--json", "--csv", csv.toString(), base.toString(), user.toString()));
        assertEquals(1, json.get("recordsAdded").asInt());
        assertEquals(0, json.get("fieldsOverridden").asInt());
        assertEquals(1, json.get("fieldsKept").asInt());
        assertEquals(3, json.get("changes").size());
        assertEquals(4, Files.readAllLines(csv).size());
    }

    @Test
    void mergeReportOfABrokenCatalogFailsWithItsProblems() throws IOException {
        Path broken = Files.writeString(dir.resolve("broken.json"),
                "{\"schema\": \"scalinglens.catalog/1\", \"models\": [{\"id\": 3}]}");
        String text = run(1, "merge-report", broken.toString());
        assertTrue(text.contains("broken.json"), text);
    }
}

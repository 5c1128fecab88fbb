package dev.scalinglens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class AnalyzeCalibrateCommandTest {

    @TempDir
    Path dir;

    private String run(String... args) {
        CommandLine cmd = ScalingLensCommand.newCommandLine();
        StringWriter out = new StringWriter();
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(new StringWriter()));
        assertEquals(0, cmd.execute(args), out::toString);
        return out.toString();
    }

    @Test
    void calibrateOnRealInferenceMaxRunsMeetsTheErrorTargetsWithoutBoundViolations() throws Exception {
        Path root = Path.of("..", "shared", "external", "inferencemax");
        assumeTrue(Files.isDirectory(root), "public data absent");
        Path runs = dir.resolve("runs.json");
        run("import", "--format", "inferencex", root.toString(), "--out", runs.toString());
        JsonNode report = new ObjectMapper().readTree(run("analyze", "calibrate", "--catalog", runs.toString()));
        JsonNode overall = report.get("overall");
        assertTrue(overall.get("crossValidated").asBoolean());
        assertEquals(340, overall.get("points").asInt());
        assertEquals(0, overall.get("boundViolations").asInt());
        assertTrue(overall.get("medianAbsErrorInteractivityPct").asDouble() <= 20, overall::toString);
        assertTrue(overall.get("medianAbsErrorThroughputPct").asDouble() <= 20, overall::toString);
        assertFalse(report.get("groups").isEmpty());
        JsonNode g = report.get("groups").get(0);
        for (String field : new String[] {"model", "hardware", "framework", "precision", "points", "boundViolations",
                "medianAbsErrorInteractivityPct", "medianAbsErrorThroughputPct", "crossValidated"}) {
            assertTrue(g.has(field), field);
        }
    }

    @Test
    void calibrateWithoutMeasuredRunsOnHardwarePrintsEmptyGroups() throws Exception {
        JsonNode report = new ObjectMapper().readTree(run("analyze", "calibrate"));
        assertTrue(report.get("groups").isEmpty());
        assertEquals(52, report.get("overall").get("skippedRuns").get("hardware not stated").asInt());
    }
}

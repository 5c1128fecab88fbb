package dev.scalinglens.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.scalinglens.catalog.Catalog;
import dev.scalinglens.science.chinchilla.ScalingLaw;
import dev.scalinglens.testing.TestCatalogs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AnalyzeCommandTest {

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
    void chinchillaPrintsTheHoffmannOptimumAsJson() throws Exception {
        assertEquals(0, run(TestCatalogs.small(), "analyze", "chinchilla"));
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertEquals(3.219e10, json.get("parameters").asDouble(), 3.219e10 * 5e-4);
        assertEquals(2.982e12, json.get("tokens").asDouble(), 2.982e12 * 5e-4);
        assertEquals(1.9307, json.get("loss").asDouble(), 5e-5);
        assertEquals(3, json.size());
    }

    @Test
    void chinchillaWithEpochLawAt1e25() throws Exception {
        assertEquals(0, run(TestCatalogs.small(), "analyze", "chinchilla", "--law", "epoch", "--compute", "1e25"));
        assertEquals(3.121e11, new ObjectMapper().readTree(out.toString()).get("parameters").asDouble(), 3.121e11 * 5e-4);
    }

    @Test
    void chinchillaFitsRunsFromACsv(@TempDir Path dir) throws Exception {
        ScalingLaw truth = new ScalingLaw(TestCatalogs.EPOCH);
        List<String> lines = new ArrayList<>(List.of("Model Size,Training FLOP,loss"));
        for (double n = 6e7; n < 2e10; n *= 2) {
            for (double d = 2e9; d < 4e11; d *= 2.5) {
                lines.add(String.format(Locale.ROOT, "%.6g,%.6g,%.8f", n, 6 * n * d, truth.loss(n, d)));
            }
        }
        Path csv = dir.resolve("runs.csv");
        Files.write(csv, lines);
        assertEquals(0, run(TestCatalogs.small(), "analyze", "chinchilla", "--fit", csv.toString(), "--keep-outliers"));
        assertEquals(7.225e10, new ObjectMapper().readTree(out.toString()).get("parameters").asDouble(), 7.225e10 * 0.05);
        assertTrue(err.toString().startsWith("fit on "), err.toString());
    }

    @Test
    void chinchillaRejectsNegativeCompute() {
        assertEquals(2, run(TestCatalogs.small(), "analyze", "chinchilla", "--compute", "-1"));
        assertTrue(err.toString().contains("--compute must be a positive number"), err.toString());
    }

    @Test
    void chinchillaExplainsAMissingLaw() {
        assertEquals(1, run(TestCatalogs.withoutLossLaws(), "analyze", "chinchilla"));
        assertEquals("error: the catalog has no loss law 'hoffmann' (try hoffmann or epoch)", err.toString().trim());
    }

    @Test
    void chinchillaExplainsABadCsvLine(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("bad.csv");
        Files.writeString(csv, "N,D,loss\n1e9,1e10,2.5\n1e9,x,2.4\n");
        assertEquals(1, run(TestCatalogs.small(), "analyze", "chinchilla", "--fit", csv.toString()));
        assertEquals("error: bad.csv:3: column 'D': expected a number, got 'x'", err.toString().trim());
    }

    @Test
    void densityPrintsDoublingTimeIntervalR2AndModels() throws Exception {
        Catalog bundled = dev.scalinglens.catalog.load.CatalogLoader.loadBundled().catalog();
        assertEquals(0, run(bundled, "analyze", "density", "--bootstrap", "50"));
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertTrue(json.get("doublingTimeDays").asDouble() > 0);
        assertEquals(2, json.get("ci95").size());
        assertTrue(json.get("r2").isNumber());
        assertTrue(json.get("models").asInt() >= 10);
        assertTrue(json.get("envelopeModels").size() >= 4);
        assertTrue(json.get("reference").asText().contains("Qwen2.5"));
        assertEquals("2023-02-01", json.get("window").get(0).asText());
    }

    @Test
    void densitySensitivityPrintsRowsPerVariation() throws Exception {
        Catalog bundled = dev.scalinglens.catalog.load.CatalogLoader.loadBundled().catalog();
        assertEquals(0, run(bundled, "analyze", "density", "--sensitivity"));
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertTrue(json.get("windowStart").size() >= 3);
        assertTrue(json.get("windowEnd").size() >= 3);
        assertEquals(2, json.get("benchmark").size());
    }

    @Test
    void compareGivesMiniCpmAThirdOfMistralsParameters() throws Exception {
        Catalog bundled = dev.scalinglens.catalog.load.CatalogLoader.loadBundled().catalog();
        CommandLine cli = AnalyzeCommand.register(new CommandLine(new ScalingLensCommand()), () -> bundled)
                .setExecutionExceptionHandler(new CleanErrorHandler());
        cli.getSubcommands().get("analyze").addSubcommand("compare", new AnalyzeCompareCommand(() -> bundled));
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        assertEquals(0, cli.execute("analyze", "compare", "--model", "minicpm-2.4b", "--reference", "mistral-7b"));
        double fraction = new ObjectMapper().readTree(out.toString()).get("parameterFraction").asDouble();
        assertTrue(fraction >= 0.30 && fraction <= 0.40, "fraction " + fraction);
    }

    @Test
    void densityRejectsAnUnknownBenchmark() {
        assertEquals(2, run(TestCatalogs.small(), "analyze", "density", "--benchmark", "GPQA"));
    }
}

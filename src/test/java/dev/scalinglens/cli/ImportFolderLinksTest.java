package dev.scalinglens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** A folder import with symbolic link loops says so and imports the rest. */
class ImportFolderLinksTest {

    @TempDir
    Path dir;

    @Test
    void importFolderReportsLinkLoopsAndImportsTheRest() throws IOException {
        Path runs = Files.createDirectory(dir.resolve("runs"));
        Files.writeString(runs.resolve("glm5_fp8_vllm_tp8_isl1024_osl128_conc4.json"), """
                {"model_id": "zai-org/GLM-5-FP8", "max_concurrency": 4, "num_prompts": 40,
                 "total_input_tokens": 40960, "output_throughput": 400.0, "median_tpot_ms": 10.0}
                """);
        try {
            Files.createSymbolicLink(runs.resolve("x_tp8_conc4.json"), Path.of("y_tp8_conc4.json"));
            Files.createSymbolicLink(runs.resolve("y_tp8_conc4.json"), Path.of("x_tp8_conc4.json"));
            Files.createSymbolicLink(runs.resolve("again"), Path.of("."));
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "no symbolic links here: " + e);
        }
        StringWriter out = new StringWriter();
        CommandLine cli = ScalingLensCommand.newCommandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(new StringWriter()));
        int code = cli.execute("import", "--format", "inferencex", "--hardware", "h100-sxm", runs.toString(),
                "--out", dir.resolve("out.json").toString());
        String text = out.toString();
        assertEquals(0, code, text);
        assertTrue(text.contains("x_tp8_conc4.json") && text.contains("symbolic link loop (x_tp8_conc4.json → "
                + "y_tp8_conc4.json → x_tp8_conc4.json): skipped"), text);
        assertTrue(text.contains("again") && text.contains("its own folder or a folder above it"), text);
        assertTrue(text.contains("imported 0 models, 0 hardware, 0 experiments, 1 runs"), text);
    }
}

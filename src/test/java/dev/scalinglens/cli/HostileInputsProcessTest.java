package dev.scalinglens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.scalinglens.testing.HostileFiles;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hostile inputs of issue #18, each through the real entry point ({@code dev.scalinglens.Main}) in a
 * child JVM capped at 1 GB of heap, as a user would meet them: exit 1, one message naming the file and
 * the problem, and nothing on stdout or stderr that looks like a stack trace (in-process tests cannot see
 * what a library prints to stderr). The wait is a hang guard, not a timing threshold: wall time and RSS
 * are measured by {@code packaging/hostile-inputs.sh}.
 */
class HostileInputsProcessTest {

    /** Generous: a case that needs this long has hung, whatever the machine's load. */
    private static final long HANG_GUARD_SECONDS = 90;

    /** A frame line, the JVM's uncaught-exception header, a throwable's name, or a bare class name line. */
    private static final Pattern STACK_TRACE = Pattern.compile(
            "\tat |Exception in thread|Exception\\b|OutOfMemoryError|(?m)^(com|org|java|javax|jdk|sun)\\.[\\w.$]+\\s*$");

    @TempDir
    Path dir;

    private record Run(int exitCode, String output) {
    }

    /** Runs {@code scalinglens ARGS} in its own JVM; stdout and stderr together, in order. */
    private Run cli(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"),
                "dev.scalinglens.Main"));
        command.addAll(List.of(args));
        Path log = Files.createTempFile(dir, "run", ".log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile()).directory(dir.toFile()).start();
        try {
            if (!process.waitFor(HANG_GUARD_SECONDS, TimeUnit.SECONDS)) {
                fail("scalinglens " + String.join(" ", args) + " still running after " + HANG_GUARD_SECONDS + " s");
            }
        } finally {
            process.destroyForcibly();
        }
        return new Run(process.exitValue(), Files.readString(log));
    }

    /** Exit 1, every expected fragment (the file's name and the problem) present, no stack trace. */
    private static void assertRefused(Run run, String... expected) {
        assertEquals(1, run.exitCode(), run.output());
        for (String fragment : expected) {
            assertTrue(run.output().contains(fragment), () -> "expected '" + fragment + "' in:\n" + run.output());
        }
        assertFalse(STACK_TRACE.matcher(run.output()).find(), () -> "stack trace in:\n" + run.output());
    }

    private Path sparse(String name, byte[] head, long size) throws IOException {
        return HostileFiles.sparse(dir, name, head, size);
    }

    private void assertViewRefused(String name, String json, String problem) throws Exception {
        Path view = Files.writeString(dir.resolve(name), json);
        Path png = dir.resolve(name + ".png");
        assertRefused(cli("export", "--view", view.toString(), "--out", png.toString()), name + ": " + problem);
        assertFalse(Files.exists(png), "nothing written");
    }

    @Test
    void hostileViewsAreRefusedNamingTheFile() throws Exception {
        assertViewRefused("replicates-max.json", "{\"chart\":\"density\",\"settings\":{\"bootstrapReplicates\":2147483647}}",
                "density settings: bootstrap replicates must be 1 … 100,000, got 2,147,483,647");
        assertViewRefused("replicates-2e7.json", "{\"chart\":\"density\",\"settings\":{\"bootstrapReplicates\":2e7}}",
                "density settings: bootstrap replicates must be 1 … 100,000, got 20,000,000");
        assertViewRefused("xmax.json",
                "{\"chart\":\"density\",\"viewport\":{\"xMin\":0,\"xMax\":1e12,\"yMin\":0.01,\"yMax\":10}}",
                "density view: viewport.xMin/xMax must be dates from year 1 to 9999");
        assertViewRefused("ymetric-null.json", "{\"chart\":\"pareto\",\"settings\":{\"yMetric\":null}}",
                "pareto settings: yMetric must not be null");
        assertViewRefused("precision-null.json", "{\"chart\":\"pareto\",\"settings\":{\"precision\":null}}",
                "pareto settings: precision must not be null");
    }

    @Test
    void hugeAndZeroFilledFiguresAreRefusedFromTheirFirstBytes() throws Exception {
        Path png = sparse("huge.png", HostileFiles.pngSignatureAndHeader(), 3L << 30);
        assertRefused(cli("figure-view", png.toString()), "huge.png: damaged PNG: a chunk type at byte 33 is not four letters");

        Path svg = sparse("huge.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\">".getBytes(StandardCharsets.UTF_8), 3L << 30);
        assertRefused(cli("figure-view", svg.toString()), "huge.svg is 3072 MiB; figures of at most 512 MiB");

        Path zeros = sparse("zeros.png", HostileFiles.PNG_SIGNATURE, 1L << 30);
        assertRefused(cli("figure-view", zeros.toString()), "zeros.png: damaged PNG: the first chunk is not IHDR");
    }

    /** The JDK's parser printed a bare class name to stderr when a file ended inside a DTD's internal subset. */
    @Test
    void aTinySvgWithABrokenDtdIsRefusedWithoutNoise() throws Exception {
        Path svg = Files.write(dir.resolve("tiny.svg"), "<!DOCTYPE svg [<!E<svg".getBytes(StandardCharsets.UTF_8));
        assertEquals(22, Files.size(svg));
        assertRefused(cli("figure-view", svg.toString()), "tiny.svg: not a readable SVG file: its document type"
                + " declaration has an internal subset");
    }

    /** POI logged the refused DOCTYPE with a 40-line stack trace before our own one-line error. */
    @Test
    void aDoctypeInsideAPptxIsOneLine() throws Exception {
        Path pptx = Files.write(dir.resolve("doctype.pptx"), withDoctype(oneSlideDeck(), "ppt/slides/slide1.xml"));
        assertRefused(cli("figure-view", pptx.toString()),
                "doctype.pptx: not a readable PowerPoint file: its XML declares a DOCTYPE");
    }

    @Test
    void hostileCatalogsAreEachNamedWithTheirProblem() throws Exception {
        Path truncated = Files.writeString(dir.resolve("truncated.json"),
                "{\"schema\": \"scalinglens.catalog/1\", \"models\": [");
        Path number = Files.writeString(dir.resolve("number.json"), "{\"schema\": \"scalinglens.catalog/1\", \"models\": "
                + "[{\"id\": \"x\", \"name\": \"X\", \"parameters\": " + "9".repeat(2000) + "}]}");
        Path string = Files.writeString(dir.resolve("string.json"), "{\"schema\": \"scalinglens.catalog/1\", \"models\": "
                + "[{\"id\": \"x\", \"name\": \"" + "x".repeat(30_000_000) + "\"}]}");
        Path utf16 = Files.write(dir.resolve("utf16.json"),
                "{\"schema\": \"scalinglens.catalog/1\", \"models\": []}".getBytes(StandardCharsets.UTF_16));
        Path deep = Files.writeString(dir.resolve("deep.json"), "{\"a\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}");
        Path huge = sparse("huge.json", "{\"schema\": \"scalinglens.catalog/1\", \"models\": [".getBytes(StandardCharsets.UTF_8),
                3L << 30);

        Run run = cli("validate", truncated.toString(), number.toString(), string.toString(), utf16.toString(),
                deep.toString(), huge.toString());

        assertRefused(run,
                "truncated.json:1:48: invalid JSON: Unexpected end-of-input",
                "number.json:1:", "a number of 2000 digits; at most 1000 are allowed",
                "string.json:1:", "a string of ", "characters; at most 20000000 are allowed",
                "utf16.json: the file is UTF-16 text; save it as UTF-8",
                "deep.json:1:", "nesting deeper than 64 levels",
                "huge.json: file too large: 3221225472 bytes");
        assertFalse(run.output().contains("REDACTED"), run.output());
    }

    /** One implausible name in a batch is reported and skipped, the rest import; a batch of only those writes nothing. */
    @Test
    void inferenceXNamesWithImpossibleCountsAreSkippedByName() throws Exception {
        String body = "{\"model_id\": \"zai-org/GLM-5-FP8\", \"max_concurrency\": 4, \"num_prompts\": 40,"
                + " \"total_input_tokens\": 40960, \"output_throughput\": 400.0, \"median_tpot_ms\": 10.0}";
        Path bad = Files.createDirectory(dir.resolve("bad"));
        Files.writeString(bad.resolve("glm5_fp8_vllm_tp0_isl1024_osl128_conc4.json"), body);
        Files.writeString(bad.resolve("glm5_fp8_vllm_tp99999999999_isl1024_osl128_conc4.json"), body);
        Path out = dir.resolve("bad-out.json");

        Run onlyBad = cli("import", "--format", "inferencex", bad.toString(), "--out", out.toString());

        assertRefused(onlyBad, "glm5_fp8_vllm_tp0_isl1024_osl128_conc4.json: 'tp0' in the file name is not a count",
                "glm5_fp8_vllm_tp99999999999_isl1024_osl128_conc4.json: 'tp99999999999' in the file name",
                "nothing written: every input row was skipped");
        assertFalse(Files.exists(out), "nothing written");

        Files.writeString(bad.resolve("glm5_fp8_vllm_tp8_isl1024_osl128_conc4.json"), body);
        Run mixed = cli("import", "--format", "inferencex", bad.toString(), "--out", out.toString());
        assertEquals(0, mixed.exitCode(), mixed.output());
        assertTrue(mixed.output().contains("tp0_isl1024_osl128_conc4.json: 'tp0' in the file name"), mixed.output());
        assertTrue(mixed.output().contains("1 runs from 3 input rows/entries (2 skipped)"), mixed.output());
        assertFalse(STACK_TRACE.matcher(mixed.output()).find(), mixed.output());
    }

    @Test
    void brokenCsvImportsNameTheFileAndWhy() throws Exception {
        Path quote = Files.writeString(dir.resolve("quote.csv"), "x,y,series\n1,\"1.80,mine\n2,1.79,mine\n");
        Path utf16 = Files.write(dir.resolve("epoch16.csv"), "Model,Parameters\nA,7e9\n".getBytes(StandardCharsets.UTF_16));
        Path out = dir.resolve("csv-out.json");

        assertRefused(cli("import", "--format", "experiment-csv", quote.toString(), "--out", out.toString()),
                "quote.csv:2: a quoted value opened on line 2", "nothing written");
        assertRefused(cli("import", "--format", "epoch-csv", utf16.toString(), "--out", out.toString()),
                "epoch16.csv: cannot import: the file is UTF-16 text; save it as UTF-8");
        assertFalse(Files.exists(out), "nothing written");
    }

    private static byte[] oneSlideDeck() throws IOException {
        try (XMLSlideShow deck = new XMLSlideShow(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            deck.createSlide();
            deck.write(bytes);
            return bytes.toByteArray();
        }
    }

    /** The same package with a DOCTYPE (and an entity) declared in one of its parts. */
    private static byte[] withDoctype(byte[] pptx, String part) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(pptx));
             ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] data = in.readAllBytes();
                if (entry.getName().equals(part)) {
                    String xml = new String(data, StandardCharsets.UTF_8);
                    int prolog = xml.startsWith("<?xml") ? xml.indexOf("?>") + 2 : 0;
                    xml = xml.substring(0, prolog) + "<!DOCTYPE x [<!ENTITY e \"boom\">]>" + xml.substring(prolog);
                    data = xml.getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(data);
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}

package dev.scalinglens.catalog.importers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scalinglens.catalog.load.CatalogLoader;
import dev.scalinglens.catalog.InferenceRun;
import dev.scalinglens.catalog.load.LoadResult;
import dev.scalinglens.catalog.Problem;
import dev.scalinglens.catalog.io.CatalogWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InferenceXImporterTest {

    private static final Set<String> MODELS = Set.of("deepseek-r1", "gpt-oss-120b", "glm-5", "qwen3.5-397b-a17b");

    @TempDir
    Path dir;

    private static InferenceXImporter.Options options() {
        return new InferenceXImporter.Options(null, null, MODELS, Set.of());
    }

    /** Writes the result and loads it back as `validate` would: no errors allowed. */
    private LoadResult writeAndLoad(ImportResult r) throws IOException {
        Path out = dir.resolve("out-" + System.nanoTime() + ".json");
        try (OutputStream s = Files.newOutputStream(out)) {
            CatalogWriter.write(r.catalog(), s);
        }
        LoadResult loaded = CatalogLoader.load(List.of(out));
        assertFalse(loaded.hasErrors(), () -> loaded.problems().toString());
        return loaded;
    }

    @Test
    void realAggregatedFilesImportAtLeast95PercentOfRowsAndLoadBack() throws IOException {
        Path root = ExternalData.require("inferencemax");
        List<Path> files;
        try (Stream<Path> s = Files.walk(root)) {
            files = s.filter(p -> p.getFileName().toString().equals("agg_bmk.json")).sorted().toList();
        }
        assertEquals(6, files.size());
        int nonEmpty = 0;
        for (Path f : files) {
            ImportResult r = InferenceXImporter.importWith(List.of(f), options());
            assertFalse(r.hasErrors(), () -> f + ": " + r.problems());
            if (r.rowsRead() == 0) {
                assertTrue(r.problems().stream().anyMatch(p -> p.message().startsWith("empty array: 0 runs")));
                continue;
            }
            nonEmpty++;
            int runs = r.catalog().inferenceRuns().size();
            assertTrue(runs >= 0.95 * r.rowsRead(), f + ": " + runs + " of " + r.rowsRead() + " rows");
            LoadResult back = writeAndLoad(r);
            assertEquals(runs, back.catalog().inferenceRuns().size());
        }
        assertEquals(5, nonEmpty);
        ImportResult all = InferenceXImporter.importWith(files, options());
        assertEquals(340, all.catalog().inferenceRuns().size());
        assertTrue(all.catalog().inferenceRuns().stream().allMatch(r -> r.hardware() != null && r.model() != null));
        assertEquals(Set.of("h100-sxm", "h200", "b200", "gb200", "mi300x", "mi325x", "mi355x"),
                Set.copyOf(all.catalog().inferenceRuns().stream().map(InferenceRun::hardware).toList()));
    }

    @Test
    void realDisaggregatedRowCountsBothSidesAndPerGpuOverAllGpus() {
        Path f = ExternalData.require("inferencemax/run_20321908209/agg_bmk.json");
        InferenceRun run = InferenceXImporter.importWith(List.of(f), options()).catalog().inferenceRuns().get(0);
        // first row: gb200 dynamo-trt fp4, 20 prefill + 32 decode GPUs, output_tput_per_gpu 778.79 per decode GPU
        assertEquals("gb200", run.hardware());
        assertEquals("deepseek-r1", run.model());
        assertTrue(run.disaggregated());
        assertEquals(20, run.prefillGpus());
        assertEquals(32, run.decodeGpus());
        assertEquals(52, run.gpus());
        assertEquals(32, run.decodeGpuCount());
        assertEquals(778.794573040406 * 32 / 52, run.throughputPerGpuTokensPerSecond().value(), 1e-9);
        assertEquals(4314.996754953565, run.totalThroughputPerGpuTokensPerSecond().value(), 1e-9);
        assertEquals("mtp", run.speculativeDecoding());
        assertTrue(run.usesSpeculativeDecoding());
        assertEquals("prefill 5x tp4 ep4 dp-attention / decode 1x tp32 ep32 dp-attention", run.parallelism());
        assertEquals(91.80210123691168, run.latency().interactivityTokensPerSecondPerUser().p99(), 1e-12);
        assertEquals(8192, run.inputTokens());
        assertEquals(269, run.concurrency());
    }

    @Test
    void realSuffixedHardwareIsMappedWithAWarningNamingTheMapping() {
        Path f = ExternalData.require("inferencemax/run_20806551498/agg_bmk.json");
        ImportResult r = InferenceXImporter.importWith(List.of(f), options());
        assertEquals(7, r.catalog().inferenceRuns().size());
        assertTrue(r.catalog().inferenceRuns().stream().allMatch(x -> "mi355x".equals(x.hardware())));
        assertTrue(r.problems().stream().anyMatch(
                p -> p.message().contains("'mi355x-amd_0' mapped to catalog id 'mi355x'")), r.problems()::toString);
    }

    @Test
    void realQwenFolderWithoutPrecisionImportsAllAndTakesPrecisionOption() throws IOException {
        Path folder = ExternalData.require("inferencex/qwen3.5");
        List<Path> files;
        try (Stream<Path> s = Files.list(folder)) {
            files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        ImportResult r = InferenceXImporter.importWith(files, options());
        assertEquals(45, r.catalog().inferenceRuns().size());
        assertTrue(r.skipped().isEmpty());
        assertTrue(r.catalog().inferenceRuns().stream().allMatch(x -> x.precision() == null));
        long precisionWarnings = r.problems().stream().filter(p -> p.message().contains("precision stated neither"))
                .count();
        assertEquals(1, precisionWarnings, "one merged warning for the folder");
        assertEquals("qwen3.5-397b-a17b", r.catalog().inferenceRuns().get(0).model());
        writeAndLoad(r);
        ImportResult withPrecision = InferenceXImporter.importWith(files,
                new InferenceXImporter.Options("b200", "bf16", MODELS, Set.of()));
        assertTrue(withPrecision.catalog().inferenceRuns().stream().allMatch(x -> "bf16".equals(x.precision())));
    }

    @Test
    void singleResultWithDepNameAndMillisecondsReadsContentFirst() throws IOException {
        Path f = Files.writeString(dir.resolve("dsr1_sglang_dep8_isl1024_osl1024_conc32.json"), """
                {"date": "20251201-101500", "model_id": "deepseek-ai/DeepSeek-R1-0528-FP4", "num_prompts": 320,
                 "max_concurrency": 64, "completed": 320, "total_input_tokens": 327680, "total_output_tokens": 327680,
                 "request_rate": "inf", "good_completed": null, "request_goodput": null,
                 "output_throughput": 4000.0, "total_token_throughput": 8000.0,
                 "median_tpot_ms": 20.0, "p90_tpot_ms": 25.0, "p99_tpot_ms": 40.0, "median_ttft_ms": 500.0,
                 "median_e2el_ms": 21000.0}
                """);
        ImportResult r = InferenceXImporter.importWith(List.of(f), options());
        InferenceRun run = r.catalog().inferenceRuns().get(0);
        assertEquals("deepseek-r1", run.model());
        assertEquals("fp4", run.precision(), "precision from model_id when the name has none");
        assertEquals(8, run.gpus());
        assertEquals(8, run.expertParallel());
        assertTrue(run.dataParallelAttention());
        assertEquals("dep8", run.parallelism());
        assertEquals(64, run.concurrency(), "max_concurrency wins over the name");
        assertTrue(r.problems().stream().anyMatch(p -> p.message().contains("file says 64, name says 32")));
        assertEquals(4000.0 / 8, run.throughputPerGpuTokensPerSecond().value(), 1e-12);
        assertEquals(50.0, run.interactivityTokensPerSecondPerUser().value(), 1e-9);
        assertEquals(0.025, run.latency().tpotSeconds().p90(), 1e-12);
        assertEquals(1 / 0.04, run.latency().interactivityTokensPerSecondPerUser().p99(), 1e-9);
        assertEquals(0.5, run.ttftSeconds().value(), 1e-12);
        assertEquals(21.0, run.latency().e2eLatencySeconds().median(), 1e-12);
        assertEquals(1024, run.inputTokens());
        assertEquals("sglang", run.framework());
        writeAndLoad(r);
    }

    /** The hardening probe's names: one implausible file is reported and skipped, the batch goes on. */
    @Test
    void implausibleCountsInANameSkipThatFileOnly() throws IOException {
        String body = """
                {"model_id": "zai-org/GLM-5-FP8", "max_concurrency": 4, "num_prompts": 40,
                 "total_input_tokens": 40960, "output_throughput": 400.0, "median_tpot_ms": 10.0}
                """;
        Path zero = Files.writeString(dir.resolve("glm5_fp8_vllm_tp0_isl1024_osl128_conc4.json"), body);
        Path huge = Files.writeString(dir.resolve("glm5_fp8_vllm_tp99999999999_isl1024_osl128_conc4.json"), body);
        Path good = Files.writeString(dir.resolve("glm5_fp8_vllm_tp8_isl1024_osl128_conc4.json"), body);
        ImportResult r = InferenceXImporter.importWith(List.of(zero, huge, good), options());
        assertEquals(1, r.catalog().inferenceRuns().size());
        assertEquals(8, r.catalog().inferenceRuns().get(0).gpus());
        assertTrue(r.skipped().stream().anyMatch(p -> p.file().endsWith("tp0_isl1024_osl128_conc4.json")
                && p.message().contains("'tp0' in the file name is not a count")), () -> r.skipped().toString());
        assertTrue(r.skipped().stream().anyMatch(p -> p.message().contains("'tp99999999999'")));
        writeAndLoad(r);
    }

    @Test
    void tepNameWithPrecisionAndFrameworkParsesEveryPart() {
        InferenceXFileName p = InferenceXFileName.parse("qwen35_fp8_vllm_tep8_isl8192_osl1024_conc4.json");
        assertEquals("fp8", p.precision);
        assertEquals("vllm", p.framework);
        assertEquals(8, p.tp);
        assertEquals(8, p.ep);
        assertEquals(8, p.gpus());
        assertEquals(8192, p.isl);
        assertEquals(4, p.conc);
        InferenceXFileName q = InferenceXFileName.parse("m_bf16_sglang_tp4_ep4_dpa_isl1_osl2_conc3.json");
        assertTrue(q.dpAttention);
        assertEquals(4, q.gpus());
        assertEquals("tp4 ep4 dpa", q.label());
    }

    @Test
    void handMadeAggregatedRowsMapHardwareKeepUnknownsAndSkipBadEntries() throws IOException {
        Path f = Files.writeString(dir.resolve("agg_bmk.json"), """
                [
                 {"hw": "b200-trt", "conc": 8, "model": "openai/gpt-oss-120b", "infmax_model_prefix": "gptoss",
                  "framework": "trt", "precision": "fp4", "spec_decoding": "none", "disagg": false, "isl": 1024,
                  "osl": 1024, "is_multinode": false, "tp": 2, "ep": 1, "dp_attention": "false",
                  "tput_per_gpu": 1000.0, "output_tput_per_gpu": 500.0, "input_tput_per_gpu": 500.0,
                  "median_tpot": 0.01, "median_intvty": 100.0, "p99_tpot": 0.02, "p99_intvty": 50.0},
                 {"hw": "tpu-v9", "conc": 4, "model": "some/NewModel", "framework": "jetstream", "precision": "bf16",
                  "spec_decoding": "none", "disagg": false, "isl": 1024, "osl": 1024, "tp": 4, "ep": 1,
                  "dp_attention": "false", "tput_per_gpu": 10.0, "output_tput_per_gpu": 5.0, "median_tpot": 0.05},
                 {"hw": "h200", "conc": 8, "model": "openai/gpt-oss-120b", "framework": "vllm", "tp": 8,
                  "output_tput_per_gpu": 0, "median_tpot": 0.01},
                 "not a row"
                ]
                """);
        Path bad = Files.writeString(dir.resolve("broken.json"), "[{\"hw\": ");
        ImportResult r = InferenceXImporter.importWith(List.of(bad, f), options());
        assertFalse(r.hasErrors());
        assertEquals(2, r.catalog().inferenceRuns().size());
        InferenceRun first = r.catalog().inferenceRuns().get(0);
        assertEquals("b200", first.hardware());
        assertEquals(2, first.gpus());
        assertEquals(500.0, first.throughputPerGpuTokensPerSecond().value(), 1e-12);
        assertEquals("none", first.speculativeDecoding());
        assertFalse(first.usesSpeculativeDecoding());
        InferenceRun unknown = r.catalog().inferenceRuns().get(1);
        assertEquals("tpu-v9", unknown.hardware());
        assertEquals("newmodel", unknown.model());
        List<String> messages = r.problems().stream().map(Problem::message).toList();
        assertTrue(messages.stream().anyMatch(m -> m.contains("'b200-trt' mapped to catalog id 'b200'")), messages::toString);
        assertTrue(messages.stream().anyMatch(m -> m.contains("hardware 'tpu-v9' is not in the catalog")));
        assertTrue(messages.stream().anyMatch(m -> m.contains("model 'newmodel' is not in the catalog")));
        // the unreadable file and the two bad entries are reported, not dropped silently
        assertEquals(3, r.skipped().size(), r.skipped()::toString);
        assertTrue(r.skipped().stream().anyMatch(p -> p.file().endsWith("broken.json")));
    }

    @Test
    void emptyArrayIsACleanZeroRunsWithAWarning() throws IOException {
        Path f = Files.writeString(dir.resolve("agg_bmk.json"), "[]");
        ImportResult r = InferenceXImporter.importWith(List.of(f), options());
        assertEquals(0, r.catalog().inferenceRuns().size());
        assertFalse(r.hasErrors());
        assertTrue(r.skipped().isEmpty());
        assertEquals(1, r.problems().size());
        assertTrue(r.problems().get(0).message().startsWith("empty array: 0 runs"));
    }

    @Test
    void modelIdDropsQuantisationAndRevisionParts() {
        assertEquals("deepseek-r1", InferenceXNames.modelId("/mnt/lustre01/models/deepseek-r1-0528-fp4-v2"));
        assertEquals("deepseek-r1", InferenceXNames.modelId("/models/DeepSeek-R1"));
        assertEquals("glm-5", InferenceXNames.modelId("zai-org/GLM-5-FP8"));
        assertEquals("gpt-oss-120b", InferenceXNames.modelId("openai/gpt-oss-120b"));
        assertEquals("qwen3.5-397b-a17b", InferenceXNames.modelId("Qwen/Qwen3.5-397B-A17B"));
        assertEquals("fp8", InferenceXNames.precisionOf("zai-org/GLM-5-FP8"));
        assertNull(InferenceXNames.precisionOf("Qwen/Qwen3.5-397B-A17B"));
    }
}

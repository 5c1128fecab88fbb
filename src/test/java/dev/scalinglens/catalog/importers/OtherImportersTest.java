package dev.scalinglens.catalog.importers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scalinglens.catalog.Architecture;
import dev.scalinglens.catalog.HardwareRecord;
import dev.scalinglens.catalog.InferenceRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OtherImportersTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({
        // id,                    memory GB, bandwidth TB/s, BF16 TFLOP/s, TDP W (Epoch ML Hardware values)
        "nvidia-h100-sxm5-80gb,   80,        3.35,           989.4,        700",
        "nvidia-b200,             180,       7.7,            2250,         1000",
        "amd-instinct-mi300x,     192,       5.3,            1307.4,       750",
    })
    void realHardwareCsvConvertsUnits(String id, double gb, double tbps, double tflops, double watts) {
        ImportResult r = EpochHardwareImporter.importFile(ExternalData.require("epoch/ml_hardware.csv"));
        assertFalse(r.hasErrors());
        HardwareRecord h = r.catalog().hardware(id).orElseThrow();
        assertEquals(gb, h.memoryGigabytes().value());
        assertEquals(tbps, h.memoryBandwidthTerabytesPerSecond().value());
        assertEquals(tflops, h.denseBf16Teraflops().value());
        assertEquals(watts, h.chipTdpWatts().value());
        assertEquals("epoch-ml-hardware", h.memoryGigabytes().source());
        assertNull(h.pricePerGpuHourUsd(), "a purchase price is not a rental price");
    }

    @Test
    void realInferenceXFilesAllImportWithoutErrors() throws IOException {
        Path folder = ExternalData.require("inferencex/glm-5");
        List<Path> files;
        try (Stream<Path> s = Files.list(folder)) {
            files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        ImportResult r = InferenceXImporter.importFiles(files, null);
        assertEquals(52, files.size());
        assertEquals(52, r.catalog().inferenceRuns().size());
        assertTrue(r.skipped().isEmpty(), () -> r.skipped().toString());
        assertFalse(r.hasErrors());
        assertEquals(1, r.problems().size(), "one warning: hardware is not stated");
        assertTrue(r.problems().get(0).message().contains("do not state the hardware"));
    }

    @Test
    void realInferenceXFileMapsSettingsAndDerivedRates() {
        Path file = ExternalData.require("inferencex/glm-5/glm5_fp8_vllm_tp8_isl10240_osl128_conc16.json");
        InferenceRun run = InferenceXImporter.importFiles(List.of(file), "b200").catalog().inferenceRuns().get(0);
        assertEquals("b200-glm5-fp8-vllm-tp8-isl10240-osl128-conc16", run.id());
        assertEquals("glm-5", run.model());
        assertEquals("b200", run.hardware());
        assertEquals("fp8", run.precision());
        assertEquals("vllm", run.framework());
        assertEquals(8, run.gpus());
        assertEquals(16, run.concurrency());
        assertEquals(10240, run.inputTokens());
        assertEquals(128, run.outputTokens());
        // output_throughput 95.41597717158848 tok/s over 8 GPUs; median_tpot 0.1410519243694666 s
        assertEquals(95.41597717158848 / 8, run.throughputPerGpuTokensPerSecond().value(), 1e-12);
        assertEquals(1 / 0.1410519243694666, run.interactivityTokensPerSecondPerUser().value(), 1e-12);
        assertEquals(3.1382447043433785, run.ttftSeconds().value());
        assertEquals(LocalDate.of(2026, 2, 13), run.date());
    }

    @Test
    void inferenceXFileWithUnexpectedNameIsSkippedWithReason() throws IOException {
        Path file = Files.writeString(dir.resolve("results.json"), "{}");
        ImportResult r = InferenceXImporter.importFiles(List.of(file), null);
        assertTrue(r.catalog().inferenceRuns().isEmpty());
        assertEquals(1, r.skipped().size());
        assertTrue(r.skipped().get(0).message().startsWith("not an InferenceX result"));
    }

    @Test
    void realHfConfigMapImportsOneEntryByKey() {
        Path file = ExternalData.require("hf-configs/modelconfig.json");
        ImportResult r = HfConfigImporter.importFile(file, "deepseek-ai/DeepSeek-V3");
        Architecture a = r.catalog().model("deepseek-v3").orElseThrow().architecture();
        assertEquals(61, a.layers());
        assertEquals(7168, a.hiddenSize());
        assertEquals(128, a.attentionHeads());
        assertEquals(512, a.kvLoraRank());
        assertEquals(64, a.qkRopeHeadDim());
        assertTrue(a.isMla());
    }

    @Test
    void realHfConfigMapImportsAllEntries() {
        ImportResult r = HfConfigImporter.importFile(ExternalData.require("hf-configs/modelconfig.json"), null);
        assertFalse(r.hasErrors());
        assertEquals(37, r.catalog().models().size());
        assertEquals(8, r.catalog().model("llama-3.1-8b-instruct").orElseThrow().architecture().kvHeads());
        assertEquals(128, r.catalog().model("gpt-oss-120b").orElseThrow().architecture().experts());
    }

    @Test
    void singleHfConfigIsNamedFromNameOrPath() throws IOException {
        Path file = Files.writeString(dir.resolve("config.json"), """
                {"_name_or_path": "mistralai/Mixtral-8x7B-v0.1", "num_hidden_layers": 32, "hidden_size": 4096,
                 "num_attention_heads": 32, "num_key_value_heads": 8, "num_local_experts": 8,
                 "num_experts_per_tok": 2, "max_position_embeddings": 32768, "vocab_size": 32000,
                 "rope_theta": 1e6}""");
        ImportResult r = HfConfigImporter.importFile(file, null);
        Architecture a = r.catalog().model("mixtral-8x7b-v0.1").orElseThrow().architecture();
        assertEquals(8, a.experts());
        assertEquals(2, a.expertsPerToken());
        assertEquals(32768, a.contextLengthTokens());
        assertEquals("https://huggingface.co/mistralai/Mixtral-8x7B-v0.1", a.source());
        assertNull(r.catalog().models().get(0).parameters(), "a config states no parameter count");
    }
}

package dev.scalinglens.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Coverage-guided fuzz targets (Jazzer) for every reader of untrusted input. Under {@code mvn verify} each
 * runs once over its committed corpus ({@code src/test/resources/dev/scalinglens/fuzz/InputFuzzTestInputs/})
 * as a regression test; {@code packaging/fuzz.sh TARGET SECONDS} fuzzes one for real. A target fails when
 * anything but the reader's own error type escapes (see {@link UntrustedInputs}).
 */
class InputFuzzTest {

    @FuzzTest(maxDuration = "60s")
    void catalog(byte[] input) {
        UntrustedInputs.catalog(UntrustedInputs.file("catalog.json", input));
    }

    @FuzzTest(maxDuration = "60s")
    void epochModelsCsv(byte[] input) {
        UntrustedInputs.epochModels(UntrustedInputs.file("notable.csv", input));
    }

    @FuzzTest(maxDuration = "60s")
    void epochHardwareCsv(byte[] input) {
        UntrustedInputs.epochHardware(UntrustedInputs.file("hardware.csv", input));
    }

    @FuzzTest(maxDuration = "60s")
    void hfConfig(byte[] input) {
        UntrustedInputs.hfConfig(UntrustedInputs.file("config.json", input));
    }

    @FuzzTest(maxDuration = "60s")
    void inferenceXResult(byte[] input) {
        UntrustedInputs.inferenceX(List.of(UntrustedInputs.file("glm5_fp8_vllm_tp8_isl1024_osl128_conc4.json", input)));
    }

    @FuzzTest(maxDuration = "60s")
    void experimentCsv(byte[] input) throws Exception {
        UntrustedInputs.experimentCsv(UntrustedInputs.file("sweep.csv", input));
    }

    @FuzzTest(maxDuration = "60s")
    void figureView(byte[] input) {
        UntrustedInputs.figureView(UntrustedInputs.file("figure.bin", input));
    }

    @FuzzTest(maxDuration = "60s")
    void deckSpec(byte[] input) {
        UntrustedInputs.deckSpec(new String(input, StandardCharsets.UTF_8));
    }
}

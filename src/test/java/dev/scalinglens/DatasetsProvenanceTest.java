package dev.scalinglens;

import dev.scalinglens.catalog.Catalog;
import dev.scalinglens.catalog.HardwareRecord;
import dev.scalinglens.catalog.ModelRecord;
import dev.scalinglens.catalog.Quantity;
import dev.scalinglens.science.roofline.Accelerator;
import dev.scalinglens.science.roofline.ModelShape;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every number in the hardware and serving-model datasets is cited, and estimates say how. */
class DatasetsProvenanceTest {

    private static Catalog catalog;

    @BeforeAll
    static void load() throws IOException {
        catalog = DatasetFiles.read("hardware.json", "models-serving.json", "experiments.json");
    }

    @Test
    void datasetsHoldEveryRequiredId() {
        assertEquals(List.of("h100-sxm", "h200", "b200", "b300", "gb200", "gb300", "mi300x", "mi325x", "mi355x"),
                catalog.hardware().stream().map(HardwareRecord::id).toList());
        assertEquals(List.of("llama-3.1-8b", "llama-3.1-70b", "llama-3.1-405b", "deepseek-v3", "deepseek-r1",
                "glm-5", "gpt-oss-120b", "qwen3-235b-a22b", "qwen3.5-397b-a17b", "minimax-m2.5"), catalog.models().stream().map(ModelRecord::id).toList());
    }

    @Test
    void everyQuantityIsCitedAndEveryEstimateExplained() throws Exception {
        List<String> problems = new ArrayList<>();
        for (HardwareRecord h : catalog.hardware()) {
            check("hardware " + h.id(), h, h.source(), problems);
        }
        for (ModelRecord m : catalog.models()) {
            check("model " + m.id(), m, m.source(), problems);
            m.benchmarks().forEach(b -> cited("model " + m.id() + " " + b.benchmark(), b.scorePercent(), m.source(), problems));
            if (!catalog.sources().containsKey(m.architecture().source())) {
                problems.add(m.id() + ": architecture source " + m.architecture().source() + " not in sources");
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void everyRecordBuildsARooflineShape() {
        assertTrue(!catalog.hardware().isEmpty() && !catalog.models().isEmpty());
        for (HardwareRecord h : catalog.hardware()) {
            Accelerator a = Accelerator.from(h);
            assertEquals(h.memoryGigabytes().value() * 1e9, a.memoryBytes(), 1e-6 * a.memoryBytes(), h.id());
            assertTrue(a.bandwidthBytesPerSecond() > 0 && a.bf16FlopsPerSecond() > 0, h.id());
        }
        for (ModelRecord m : catalog.models()) {
            ModelShape s = ModelShape.from(m);
            assertTrue(s.layers() > 0 && s.kvCacheBytesPerToken(2) > 0, m.id());
            assertTrue(s.activeParameters() <= s.totalParameters() && s.alwaysReadParameters() > 0, m.id());
            // Every weight is read always or belongs to one routed expert.
            assertEquals(s.totalParameters(), s.alwaysReadParameters()
                    + s.parametersPerRoutedExpert() * s.routedExperts(), 1e-9 * s.totalParameters(), m.id());
        }
    }

    @ParameterizedTest
    @CsvSource({
            "h100-sxm, 80, 3.35, 989.4", "h200, 141, 4.8, 989.5", "b200, 180, 7.7, 2250",
            "gb200, 186, 8.0, 2500", "mi300x, 192, 5.3, 1307.4", "mi355x, 288, 8.0, 2516.6"})
    void hardwareMatchesEpochAndDatasheets(String id, double memoryGb, double bandwidthTbs, double bf16) {
        HardwareRecord h = catalog.hardware(id).orElseThrow();
        assertEquals(memoryGb, h.memoryGigabytes().value());
        assertEquals(bandwidthTbs, h.memoryBandwidthTerabytesPerSecond().value());
        assertEquals(bf16, h.denseBf16Teraflops().value());
    }

    private static void check(String where, Record r, String recordSource, List<String> problems) throws Exception {
        if (recordSource == null || !catalog.sources().containsKey(recordSource)) {
            problems.add(where + ": record source " + recordSource + " not in sources");
        }
        for (RecordComponent c : r.getClass().getRecordComponents()) {
            if (c.getType() == Quantity.class) {
                cited(where + " " + c.getName(), (Quantity) c.getAccessor().invoke(r), recordSource, problems);
            }
        }
    }

    private static void cited(String where, Quantity q, String recordSource, List<String> problems) {
        if (q == null) {
            return;
        }
        String source = q.source() == null ? recordSource : q.source();
        if (source == null || !catalog.sources().containsKey(source)) {
            problems.add(where + ": source " + source + " not in sources");
        }
        if (q.estimated() && (q.note() == null || q.note().isBlank())) {
            problems.add(where + ": estimated without a note");
        }
    }
}

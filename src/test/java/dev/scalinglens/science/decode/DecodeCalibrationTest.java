package dev.scalinglens.science.decode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scalinglens.catalog.Architecture;
import dev.scalinglens.catalog.Catalog;
import dev.scalinglens.catalog.HardwareRecord;
import dev.scalinglens.catalog.InferenceRun;
import dev.scalinglens.catalog.ModelRecord;
import dev.scalinglens.catalog.Quantity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DecodeCalibrationTest {

    /** DeepSeek-V3 shape: 671e9 total, 37e9 active, 61 layers, MLA 512 + 64, 256 experts, 8 per token. */
    private static ModelRecord deepseek() {
        return new ModelRecord("deepseek-r1", "DeepSeek-R1", "t", "t", null, Quantity.reported(671e9),
                Quantity.reported(37e9), null, true,
                new Architecture(61, 7168, 128, 128, null, 512, 64, 256, 8, 1, 163840, 129280, "hf"), List.of(), "t",
                null);
    }

    private static HardwareRecord h200() {
        return new HardwareRecord("h200", "H200", "NVIDIA", null, Quantity.reported(141), Quantity.reported(4.8),
                Quantity.reported(989), Quantity.reported(1979), null, Quantity.reported(900), 8,
                Quantity.reported(700), Quantity.reported(1275), null, "t", null);
    }

    private static InferenceRun run(String id, String hw, int conc, int isl, double tpot, double thrPerGpu, String spec) {
        return new InferenceRun(id, hw, "deepseek-r1", "sglang", "fp8", 8, null, 8, conc, isl, 1024,
                Quantity.reported(thrPerGpu), Quantity.reported(1 / tpot), null, Quantity.reported(tpot), null, "t",
                null, "tp8", null, false, null, null, false, spec, null, null, null, null);
    }

    /** Runs generated from known terms: TPOT = 1.5·memory + 2·compute + 5 ms, TTFT = 0.05·input·TPOT. */
    private static List<InferenceRun> synthetic(String spec, double accepted) {
        ModelRecord m = deepseek();
        HardwareRecord h = h200();
        DecodeCalibration.Fit truth = new DecodeCalibration.Fit(1.5, 2.0, 0, 0.005, accepted, 0.05);
        List<InferenceRun> runs = new ArrayList<>();
        int i = 0;
        for (int isl : new int[] {1024, 8192}) {
            for (int conc : new int[] {4, 8, 16, 32, 64, 128, 256}) {
                InferenceRun probe = run("p", "h200", conc, isl, 1, 1, spec);
                DecodeObservation o = DecodeObservation.of(probe, dev.scalinglens.science.roofline.ModelShape.from(m),
                        dev.scalinglens.science.roofline.Accelerator.from(h), dev.scalinglens.science.roofline.Precision.FP8);
                runs.add(run(spec + "-" + (i++), "h200", conc, isl, truth.tpotSeconds(o), truth.throughputPerGpu(o), spec));
            }
        }
        return runs;
    }

    private static Catalog catalog(List<InferenceRun> runs) {
        return new Catalog(Catalog.SCHEMA, Map.of(), List.of(deepseek()), List.of(h200()), List.of(), runs, List.of());
    }

    @Test
    void fitRecoversGeneratingTermsAndCrossValidatesNearZeroError() {
        DecodeObservation.Selection s = DecodeObservation.select(catalog(synthetic("none", 1)));
        DecodeCalibration.Fit f = DecodeCalibration.fit(s.observations());
        assertEquals(1.5, f.a(), 1e-6);
        assertEquals(2.0, f.b(), 1e-6);
        assertEquals(0.005, f.stepOverheadSeconds(), 1e-9);
        assertEquals(0.05, f.prefillStepsPerInputToken(), 0.01);
        CalibrationReport r = CalibrationReport.of(s);
        assertEquals(1, r.groups().size());
        CalibrationReport.Group g = r.groups().get(0);
        assertTrue(g.crossValidated());
        assertEquals(14, g.points());
        assertEquals(0, g.boundViolations());
        assertTrue(g.medianAbsErrorInteractivityPct() < 0.5, g::toString);
        assertTrue(g.medianAbsErrorThroughputPct() < 5, g::toString);
        assertEquals(1 / 1.5, g.achievedBandwidthFraction(), 1e-2);
    }

    @Test
    void speculativeGroupFitsAcceptedTokensAgainstTheNonSpeculativeTerms() {
        List<InferenceRun> runs = new ArrayList<>(synthetic("none", 1));
        runs.addAll(synthetic("mtp", 1.8));
        CalibrationReport r = CalibrationReport.of(catalog(runs));
        CalibrationReport.Group mtp = r.groups().stream().filter(g -> "mtp".equals(g.speculativeDecoding()))
                .findFirst().orElseThrow();
        assertNotNull(mtp.acceptedTokensPerStep());
        assertEquals(1.8, mtp.acceptedTokensPerStep(), 0.01);
        assertTrue(mtp.crossValidated());
        assertTrue(mtp.medianAbsErrorInteractivityPct() < 0.5, mtp::toString);
        assertEquals(0, r.overall().boundViolations());
    }

    @Test
    void runAboveTheBoundWithoutSpeculationIsCountedAsViolation() {
        List<InferenceRun> runs = new ArrayList<>(synthetic("none", 1));
        runs.add(run("impossible", "h200", 4, 1024, 1e-4, 1, "none"));
        runs.add(run("fast-but-speculative", "h200", 4, 1024, 1e-4, 1, "mtp"));
        CalibrationReport r = CalibrationReport.of(catalog(runs));
        assertEquals(1, r.overall().boundViolations());
        assertEquals(1, r.overall().boundViolationsSpeculative(), "speculative runs are counted apart");
    }

    @Test
    void runsWithoutHardwareOrUnknownModelAreCountedAsSkipped() {
        List<InferenceRun> runs = new ArrayList<>(synthetic("none", 1));
        runs.add(run("nohw", null, 4, 1024, 0.01, 1, "none"));
        runs.add(run("tpu", "tpu-v9", 4, 1024, 0.01, 1, "none"));
        DecodeObservation.Selection s = DecodeObservation.select(catalog(runs));
        assertEquals(14, s.observations().size());
        assertEquals(1, s.skipped().get("hardware not stated"));
        assertEquals(1, s.skipped().get("hardware not in the catalog (or without memory bandwidth)"));
    }
}

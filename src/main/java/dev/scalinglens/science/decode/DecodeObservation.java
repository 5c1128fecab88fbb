package dev.scalinglens.science.decode;

import dev.scalinglens.catalog.Catalog;
import dev.scalinglens.catalog.HardwareRecord;
import dev.scalinglens.catalog.InferenceRun;
import dev.scalinglens.catalog.ModelRecord;
import dev.scalinglens.science.roofline.Accelerator;
import dev.scalinglens.science.roofline.DecodeConfig;
import dev.scalinglens.science.roofline.DecodeRoofline;
import dev.scalinglens.science.roofline.DecodeStep;
import dev.scalinglens.science.roofline.ModelShape;
import dev.scalinglens.science.roofline.Precision;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One measured run next to the roofline terms of its decode step.
 *
 * <p>The step is the one of a single decode <em>instance</em>: a disaggregated run's decode GPUs
 * split over its decode workers ("decode 2x tp8 ..."), each worker holding a full copy of the weights
 * and {@code concurrency / workers} sequences. Each sequence is assumed decoding with a mean context
 * of {@code input + output / 2} tokens. Precisions a GPU has no tensor format for (MXFP4 weights on
 * H100/H200) are read at their storage size and computed in BF16 (weight-only quantisation).
 *
 * @param memorySeconds        weight + KV read at peak HBM bandwidth, one step
 * @param computeSeconds       the step's FLOPs at the dense peak of the precision
 * @param communicationSeconds activation exchange at the scale-up link bandwidth
 * @param boundStepSeconds     the uncalibrated roofline step: max(memory, compute) + communication
 * @param measuredInteractivity  tokens/s per user, 1 / median TPOT
 * @param measuredThroughputPerGpu output tokens/s over all GPUs of the run
 * @param decodeShare          decode GPUs / all GPUs (1 unless disaggregated)
 */
public record DecodeObservation(
        InferenceRun run,
        String groupKey,
        int batch,
        int gpusPerInstance,
        int inputTokens,
        int outputTokens,
        boolean speculative,
        double memorySeconds,
        double computeSeconds,
        double communicationSeconds,
        double boundStepSeconds,
        double measuredInteractivity,
        double measuredThroughputPerGpu,
        double decodeShare) {

    private static final Pattern DECODE_WORKERS = Pattern.compile("decode (\\d+)x");

    /** The bound's tokens/s per user (one token per step). */
    public double boundInteractivity() {
        return 1.0 / boundStepSeconds;
    }

    /** The bound's output tokens/s over all GPUs of the run (every sequence decoding all the time). */
    public double boundThroughputPerGpu() {
        return batch / boundStepSeconds / gpusPerInstance * decodeShare;
    }

    /** Runs the calibration can use, and counts of the others by reason. */
    public record Selection(List<DecodeObservation> observations, Map<String, Integer> skipped) {
    }

    public static Selection select(Catalog catalog) {
        Map<String, ModelShape> shapes = new HashMap<>();
        Map<String, String> shapeErrors = new HashMap<>();
        for (ModelRecord m : catalog.models()) {
            try {
                shapes.put(m.id(), ModelShape.from(m));
            } catch (IllegalArgumentException e) {
                shapeErrors.put(m.id(), e.getMessage());
            }
        }
        Map<String, Accelerator> accelerators = new HashMap<>();
        for (HardwareRecord h : catalog.hardware()) {
            try {
                accelerators.put(h.id(), Accelerator.from(h));
            } catch (IllegalArgumentException e) {
                // counted below as hardware without roofline figures
            }
        }
        List<DecodeObservation> out = new ArrayList<>();
        Map<String, Integer> skipped = new TreeMap<>();
        for (InferenceRun r : catalog.inferenceRuns()) {
            String reason = null;
            ModelShape shape = shapes.get(r.model());
            Accelerator acc = r.hardware() == null ? null : accelerators.get(r.hardware());
            Precision precision = precision(r.precision());
            if (r.hardware() == null) {
                reason = "hardware not stated";
            } else if (acc == null) {
                reason = "hardware not in the catalog (or without memory bandwidth)";
            } else if (shape == null) {
                reason = shapeErrors.containsKey(r.model()) ? "model architecture incomplete for the roofline"
                        : "model not in the catalog";
            } else if (precision == null) {
                reason = "precision unknown";
            } else if (r.gpus() == null || r.concurrency() == null || r.inputTokens() == null
                    || r.outputTokens() == null || r.tpotSeconds() == null || r.throughputPerGpuTokensPerSecond() == null) {
                reason = "GPUs, concurrency, input/output length, TPOT or throughput missing";
            }
            if (reason != null) {
                skipped.merge(reason, 1, Integer::sum);
                continue;
            }
            out.add(of(r, shape, acc, precision));
        }
        return new Selection(out, skipped);
    }

    static DecodeObservation of(InferenceRun r, ModelShape shape, Accelerator acc, Precision precision) {
        Integer decodeGpus = r.decodeGpuCount();
        int workers = 1;
        if (Boolean.TRUE.equals(r.disaggregated()) && r.parallelism() != null) {
            Matcher m = DECODE_WORKERS.matcher(r.parallelism());
            if (m.find()) {
                workers = Math.max(1, Integer.parseInt(m.group(1)));
            }
        }
        int perInstance = Math.max(1, decodeGpus / workers);
        int batch = Math.max(1, (int) Math.round((double) r.concurrency() / workers));
        int context = r.inputTokens() + r.outputTokens() / 2;
        Accelerator a = acc.supports(precision) ? acc : weightOnly(acc, precision);
        DecodeStep step = new DecodeRoofline(shape, a).step(new DecodeConfig(batch, perInstance, precision, context));
        double share = (double) decodeGpus / r.gpus();
        String key = String.join("|", r.model(), r.hardware(), String.valueOf(r.framework()), precision.label(),
                r.usesSpeculativeDecoding() ? r.speculativeDecoding().toLowerCase(Locale.ROOT) : "none");
        return new DecodeObservation(r, key, batch, perInstance, r.inputTokens(), r.outputTokens(),
                r.usesSpeculativeDecoding(), step.memorySeconds(), step.computeSeconds(), step.communicationSeconds(),
                step.stepSeconds(), 1.0 / r.tpotSeconds().value(), r.throughputPerGpuTokensPerSecond().value(), share);
    }

    /** The accelerator computing a precision it has no tensor format for in BF16 (weights dequantised). */
    static Accelerator weightOnly(Accelerator a, Precision precision) {
        double bf16 = a.bf16FlopsPerSecond();
        return new Accelerator(a.id(), a.name(), a.memoryBytes(), a.bandwidthBytesPerSecond(), bf16,
                precision == Precision.FP8 ? bf16 : a.fp8FlopsPerSecond(), precision == Precision.FP4 ? bf16
                : a.fp4FlopsPerSecond(), a.scaleUpDomainGpus(), a.scaleUpBytesPerSecond(), a.allInPowerWatts(),
                a.powerIsChipTdpOnly());
    }

    /** bf16/fp16 → BF16, fp8 → FP8, fp4/mxfp4/nvfp4 → FP4; null otherwise. */
    static Precision precision(String text) {
        if (text == null) {
            return null;
        }
        String t = text.toLowerCase(Locale.ROOT).strip();
        if (t.equals("bf16") || t.equals("fp16")) {
            return Precision.BF16;
        }
        if (t.equals("fp8")) {
            return Precision.FP8;
        }
        if (t.endsWith("fp4")) {
            return Precision.FP4;
        }
        return null;
    }
}

package dev.scalinglens.catalog.io;

import dev.scalinglens.catalog.InferenceRun;
import dev.scalinglens.catalog.RunLatency;
import java.util.Set;

/** Decodes one entry of a catalog's "inferenceRuns" with its latency statistics, checking every field. */
final class RunRecordDecoder {

    private static final Set<String> RUN = Set.of("id", "hardware", "model", "framework", "precision",
            "tensorParallel", "expertParallel", "gpus", "concurrency", "inputTokens", "outputTokens",
            "throughputPerGpuTokensPerSecond", "interactivityTokensPerSecondPerUser", "ttftSeconds", "tpotSeconds",
            "date", "source", "notes", "parallelism", "dataParallelAttention", "disaggregated", "prefillGpus",
            "decodeGpus", "multiNode", "speculativeDecoding", "draftTokens", "totalThroughputPerGpuTokensPerSecond",
            "latency", "image");
    private static final Set<String> RUN_LATENCY = Set.of("ttftSeconds", "tpotSeconds",
            "interactivityTokensPerSecondPerUser", "e2eLatencySeconds", "itlSeconds");
    private static final Set<String> PERCENTILES = Set.of("mean", "median", "p90", "p99");
    /** Precisions the decode chart knows how to size weights and KV cache for. */
    private static final Set<String> PRECISIONS = Set.of("fp32", "bf16", "fp16", "fp8", "fp6", "fp4", "int8", "int4");

    private RunRecordDecoder() {
    }

    static InferenceRun decode(JsonNode node, String path, DecodeContext context) {
        ObjectView o = ObjectView.of(node, path, context, RUN);
        if (o == null) {
            return null;
        }
        String precision = o.string("precision", false);
        if (precision != null && !PRECISIONS.contains(precision)) {
            context.sink().warning(o.get("precision"), o.pathOf("precision"),
                    "unusual precision " + o.get("precision").describe() + " (expected one of " + PRECISIONS + ")");
        }
        InferenceRun r = new InferenceRun(o.slug("id", true), o.slug("hardware", false), o.slug("model", true),
                o.string("framework", false), precision, o.positiveInteger("tensorParallel"),
                o.positiveInteger("expertParallel"), o.positiveInteger("gpus"), o.positiveInteger("concurrency"),
                o.positiveInteger("inputTokens"), o.positiveInteger("outputTokens"),
                o.positiveQuantity("throughputPerGpuTokensPerSecond"),
                o.positiveQuantity("interactivityTokensPerSecondPerUser"), o.positiveQuantity("ttftSeconds"),
                o.positiveQuantity("tpotSeconds"), o.date("date"), o.source("source"), o.string("notes", false),
                o.string("parallelism", false), o.bool("dataParallelAttention"), o.bool("disaggregated"),
                o.positiveInteger("prefillGpus"), o.positiveInteger("decodeGpus"), o.bool("multiNode"),
                o.string("speculativeDecoding", false), o.positiveInteger("draftTokens"),
                o.positiveQuantity("totalThroughputPerGpuTokensPerSecond"), runLatency(o, context), o.string("image", false));
        return r.id() == null || r.model() == null ? null : r;
    }

    private static RunLatency runLatency(ObjectView run, DecodeContext context) {
        JsonNode node = run.get("latency");
        if (node == null) {
            return null;
        }
        ObjectView o = ObjectView.of(node, run.pathOf("latency"), context, RUN_LATENCY);
        if (o == null) {
            return null;
        }
        RunLatency latency = new RunLatency(percentiles(o, "ttftSeconds", context), percentiles(o, "tpotSeconds", context),
                percentiles(o, "interactivityTokensPerSecondPerUser", context), percentiles(o, "e2eLatencySeconds", context),
                percentiles(o, "itlSeconds", context));
        return latency.hasNoValues() ? null : latency;
    }

    private static RunLatency.Percentiles percentiles(ObjectView parent, String name, DecodeContext context) {
        JsonNode node = parent.get(name);
        if (node == null) {
            return null;
        }
        ObjectView o = ObjectView.of(node, parent.pathOf(name), context, PERCENTILES);
        if (o == null) {
            return null;
        }
        RunLatency.Percentiles p = new RunLatency.Percentiles(o.number("mean", false, true),
                o.number("median", false, true), o.number("p90", false, true), o.number("p99", false, true));
        return p.hasNoValues() ? null : p;
    }
}

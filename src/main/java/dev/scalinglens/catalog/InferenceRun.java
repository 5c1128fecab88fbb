package dev.scalinglens.catalog;

import java.time.LocalDate;

/**
 * One measured inference benchmark run (InferenceMAX / InferenceX style).
 *
 * @param hardware                         hardware id
 * @param model                            model id
 * @param precision                        bf16, fp8 or fp4
 * @param gpus                             GPUs serving the run
 * @param concurrency                      concurrent requests
 * @param throughputPerGpuTokensPerSecond  output tokens/s divided by GPUs
 * @param interactivityTokensPerSecondPerUser 1 / median time per output token
 * @param parallelism          how the source names the split ("tp8", "dep8", "tp4 ep4 dp-attention",
 *                             "prefill 5x tp4 ep4 dp-attention / decode 1x tp32 ep32 dp-attention")
 * @param dataParallelAttention attention run data-parallel (DP attention), when stated
 * @param disaggregated        prefill and decode on separate GPUs (then {@code gpus} = prefill + decode)
 * @param prefillGpus          GPUs serving prefill (disaggregated runs)
 * @param decodeGpus           GPUs serving decode (disaggregated runs)
 * @param multiNode            the run spanned several nodes
 * @param speculativeDecoding  "none", "mtp", ... as the source says; null when not stated
 * @param draftTokens          speculative tokens proposed per decode step, when known
 * @param totalThroughputPerGpuTokensPerSecond input + output tokens/s divided by all GPUs
 * @param latency              the latency percentiles the source reports
 * @param image                serving container image, when stated
 *
 * <p>{@code throughputPerGpuTokensPerSecond} always divides output tokens/s by all GPUs of the run,
 * prefill GPUs included (InferenceMAX's {@code output_tput_per_gpu} of a disaggregated run divides by
 * decode GPUs only).
 */
public record InferenceRun(
        String id,
        String hardware,
        String model,
        String framework,
        String precision,
        Integer tensorParallel,
        Integer expertParallel,
        Integer gpus,
        Integer concurrency,
        Integer inputTokens,
        Integer outputTokens,
        Quantity throughputPerGpuTokensPerSecond,
        Quantity interactivityTokensPerSecondPerUser,
        Quantity ttftSeconds,
        Quantity tpotSeconds,
        LocalDate date,
        String source,
        String notes,
        String parallelism,
        Boolean dataParallelAttention,
        Boolean disaggregated,
        Integer prefillGpus,
        Integer decodeGpus,
        Boolean multiNode,
        String speculativeDecoding,
        Integer draftTokens,
        Quantity totalThroughputPerGpuTokensPerSecond,
        RunLatency latency,
        String image) {

    /** A run with only the original fields (catalogs written before the serving details existed). */
    public InferenceRun(String id, String hardware, String model, String framework, String precision,
            Integer tensorParallel, Integer expertParallel, Integer gpus, Integer concurrency, Integer inputTokens,
            Integer outputTokens, Quantity throughputPerGpuTokensPerSecond,
            Quantity interactivityTokensPerSecondPerUser, Quantity ttftSeconds, Quantity tpotSeconds,
            LocalDate date, String source, String notes) {
        this(id, hardware, model, framework, precision, tensorParallel, expertParallel, gpus, concurrency,
                inputTokens, outputTokens, throughputPerGpuTokensPerSecond, interactivityTokensPerSecondPerUser,
                ttftSeconds, tpotSeconds, date, source, notes, null, null, null, null, null, null, null, null, null,
                null, null);
    }

    /** True when the source says more than one token may be accepted per decode step. */
    public boolean usesSpeculativeDecoding() {
        return speculativeDecoding != null && !speculativeDecoding.isBlank()
                && !"none".equalsIgnoreCase(speculativeDecoding);
    }

    /** GPUs doing decode: the decode side of a disaggregated run, else all GPUs; null when unknown. */
    public Integer decodeGpuCount() {
        if (Boolean.TRUE.equals(disaggregated) && decodeGpus != null) {
            return decodeGpus;
        }
        return gpus;
    }
}

package dev.scalinglens.science.roofline;

/**
 * One modelled decode step and its breakdown. Times are seconds; the step takes the longer of moving
 * the bytes and doing the FLOPs (they overlap), plus the exchange between GPUs, which sits on the
 * critical path between layers: {@code stepSeconds = max(weight + kv read, compute) + communication}.
 *
 * @param weightBytes       weight bytes read by all GPUs together
 * @param kvCacheBytes      KV cache bytes read by all GPUs together (replicas included)
 * @param flops             FLOPs of the step, all GPUs together
 * @param weightReadSeconds weight bytes / (bandwidth · GPUs)
 * @param kvReadSeconds     KV bytes / (bandwidth · GPUs)
 * @param computeSeconds    FLOPs / (dense FLOP/s at the precision · GPUs)
 * @param communicationSeconds activation bytes each GPU sends / one direction of its scale-up link;
 *                          0 on one GPU or when the hardware has no scale-up bandwidth in the catalog
 * @param communicationModelled false when GPUs > 1 but the scale-up bandwidth is unknown
 * @param allInPowerWatts   power per GPU used for the efficiency metrics
 */
public record DecodeStep(
        DecodeConfig config,
        String parallelism,
        double weightBytes,
        double kvCacheBytes,
        double flops,
        double weightReadSeconds,
        double kvReadSeconds,
        double computeSeconds,
        double communicationSeconds,
        boolean communicationModelled,
        double allInPowerWatts) {

    public double memorySeconds() {
        return weightReadSeconds + kvReadSeconds;
    }

    public double stepSeconds() {
        return Math.max(memorySeconds(), computeSeconds) + communicationSeconds;
    }

    public boolean isComputeBound() {
        return computeSeconds > memorySeconds();
    }

    /** Tokens per second each user sees: one token per step. */
    public double interactivityTokensPerSecondPerUser() {
        return 1.0 / stepSeconds();
    }

    public double throughputTokensPerSecondPerGpu() {
        return config.batch() / stepSeconds() / config.gpus();
    }

    public double throughputTokensPerSecondPerMegawatt() {
        return throughputTokensPerSecondPerGpu() / allInPowerWatts * 1e6;
    }

    public double joulesPerToken() {
        return allInPowerWatts / throughputTokensPerSecondPerGpu();
    }
}

package dev.scalinglens.catalog;

/**
 * The latency distribution a benchmark run reports, as InferenceX / InferenceMAX write it. Every
 * member is optional; values carry the run's source.
 *
 * @param ttftSeconds          time to first token, s
 * @param tpotSeconds          time per output token after the first, s
 * @param interactivityTokensPerSecondPerUser 1 / TPOT per request, tokens/s (InferenceMAX {@code *_intvty})
 * @param e2eLatencySeconds    end-to-end request latency, s
 * @param itlSeconds           inter-token latency, s
 */
public record RunLatency(
        Percentiles ttftSeconds,
        Percentiles tpotSeconds,
        Percentiles interactivityTokensPerSecondPerUser,
        Percentiles e2eLatencySeconds,
        Percentiles itlSeconds) {

    /** Summary statistics of one latency over the requests of a run; any may be null. */
    public record Percentiles(Double mean, Double median, Double p90, Double p99) {

        public boolean hasNoValues() {
            return mean == null && median == null && p90 == null && p99 == null;
        }

        /** The value at "mean", "median", "p90" or "p99"; null when not reported. */
        public Double at(String statistic) {
            return switch (statistic) {
                case "mean" -> mean;
                case "median" -> median;
                case "p90" -> p90;
                case "p99" -> p99;
                default -> null;
            };
        }
    }

    public boolean hasNoValues() {
        return (ttftSeconds == null || ttftSeconds.hasNoValues()) && (tpotSeconds == null || tpotSeconds.hasNoValues())
                && (interactivityTokensPerSecondPerUser == null || interactivityTokensPerSecondPerUser.hasNoValues())
                && (e2eLatencySeconds == null || e2eLatencySeconds.hasNoValues())
                && (itlSeconds == null || itlSeconds.hasNoValues());
    }
}

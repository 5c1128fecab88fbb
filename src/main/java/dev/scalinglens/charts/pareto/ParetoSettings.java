package dev.scalinglens.charts.pareto;

import dev.scalinglens.science.roofline.Precision;
import dev.scalinglens.science.roofline.RooflineSweep;

import java.util.List;

/**
 * What-if controls of the decode Pareto chart.
 *
 * @param modelId                     catalog model to serve
 * @param hardwareIds                 accelerators to compare, one frontier each
 * @param precision                   weight precision (KV cache: BF16 with BF16 weights, FP8 otherwise)
 * @param contextLengthTokens         mean tokens in each sequence's KV cache during decode
 * @param yMetric                     what the y axis shows
 * @param targetInteractivityTokensPerSecondPerUser where the one-number frontier summary is read
 * @param showMeasuredRuns            overlay the catalog's measured runs of the model
 * @param view                        modelled roofline (per accelerator) or measured frontiers (per
 *                                    hardware, framework, precision) with the calibrated model
 * @param inputTokens                 measured view: scenario input length (0: every scenario)
 * @param outputTokens                measured view: scenario output length (0: every scenario)
 * @param percentile                  measured view: which latency statistic x (and the SLA) reads
 * @param xMetric                     measured view: interactivity or end-to-end latency
 * @param tokens                      measured view: output, input or total tokens in the throughput
 * @param pricePerGpuHourUsd          price for the cost metrics; 0 uses each hardware's catalog price
 * @param sla                         an SLA threshold to draw or apply (TTFT filters the frontier)
 * @param slaValue                    the threshold: seconds for TTFT/TPOT, tokens/s for interactivity
 * @param gpusPerReplica              modelled view what-if: only this many GPUs per model replica (the
 *                                    parallelism: TP for dense models, EP for MoE); 0 sweeps every count
 * @param maxBatch                    modelled view what-if: at most this many sequences per replica (a
 *                                    serving engine's cap); 0 goes up to what fits in memory
 */
public record ParetoSettings(
        String modelId,
        List<String> hardwareIds,
        Precision precision,
        @dev.scalinglens.charts.SettingRange(min = ParetoSettings.MIN_CONTEXT_TOKENS,
                max = ParetoSettings.MAX_CONTEXT_TOKENS, unit = "tokens") int contextLengthTokens,
        YMetric yMetric,
        double targetInteractivityTokensPerSecondPerUser,
        boolean showMeasuredRuns,
        ParetoView view,
        int inputTokens,
        int outputTokens,
        LatencyStatistic percentile,
        XMetric xMetric,
        TokenKind tokens,
        double pricePerGpuHourUsd,
        SlaKind sla,
        double slaValue,
        @dev.scalinglens.charts.SettingRange(min = 0, max = ParetoSettings.MAX_GPUS_PER_REPLICA, unit = "GPUs")
        int gpusPerReplica,
        @dev.scalinglens.charts.SettingRange(min = 0, max = RooflineSweep.MAX_BATCH, unit = "sequences")
        int maxBatch) {

    /** Which chart: the modelled roofline or the measured runs. */
    public enum ParetoView { MODELLED, MEASURED }

    /** The latency statistic read from each run. */
    public enum LatencyStatistic {
        MEDIAN("median"), P90("p90"), P99("p99");

        private final String key;

        LatencyStatistic(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    /** The measured chart's x axis. */
    public enum XMetric { INTERACTIVITY, E2E_LATENCY }

    /** Which tokens the throughput counts. */
    public enum TokenKind { OUTPUT, INPUT, TOTAL }

    /** SLA thresholds. */
    public enum SlaKind { NONE, TTFT, TPOT, INTERACTIVITY }

    /** The settings of earlier views: the modelled chart, without the measured-view options. */
    /** The longest context served by current models (1M tokens); beyond it the KV cache is fiction. */
    public static final int MAX_CONTEXT_TOKENS = 1 << 20;
    /** A context shorter than one prompt template is no what-if (the measured view ignores the context). */
    public static final int MIN_CONTEXT_TOKENS = 128;
    /**
     * A bound for the GPUs-per-replica what-if: a replica spans at most one scale-up domain, and the bundled
     * catalog's largest is 72 (GB200/GB300 NVL72); 1,024 leaves room for larger domains in a user's catalog.
     */
    public static final int MAX_GPUS_PER_REPLICA = 1024;

    /** The settings before the parallelism and batch what-ifs: every GPU count and batch swept. */
    public ParetoSettings(String modelId, List<String> hardwareIds, Precision precision, int contextLengthTokens,
            YMetric yMetric, double targetInteractivityTokensPerSecondPerUser, boolean showMeasuredRuns, ParetoView view,
            int inputTokens, int outputTokens, LatencyStatistic percentile, XMetric xMetric, TokenKind tokens,
            double pricePerGpuHourUsd, SlaKind sla, double slaValue) {
        this(modelId, hardwareIds, precision, contextLengthTokens, yMetric, targetInteractivityTokensPerSecondPerUser,
                showMeasuredRuns, view, inputTokens, outputTokens, percentile, xMetric, tokens, pricePerGpuHourUsd, sla,
                slaValue, 0, 0);
    }

    public ParetoSettings(String modelId, List<String> hardwareIds, Precision precision, int contextLengthTokens,
            YMetric yMetric, double targetInteractivityTokensPerSecondPerUser, boolean showMeasuredRuns) {
        this(modelId, hardwareIds, precision, contextLengthTokens, yMetric, targetInteractivityTokensPerSecondPerUser,
                showMeasuredRuns, ParetoView.MODELLED, 0, 0, LatencyStatistic.MEDIAN, XMetric.INTERACTIVITY,
                TokenKind.OUTPUT, 0, SlaKind.NONE, 0);
    }

    public ParetoSettings {
        view = view == null ? ParetoView.MODELLED : view;
        precision = precision == null ? Precision.FP8 : precision;
        yMetric = yMetric == null ? YMetric.PER_GPU : yMetric;
        percentile = percentile == null ? LatencyStatistic.MEDIAN : percentile;
        xMetric = xMetric == null ? XMetric.INTERACTIVITY : xMetric;
        tokens = tokens == null ? TokenKind.OUTPUT : tokens;
        sla = sla == null ? SlaKind.NONE : sla;
        if (inputTokens < 0 || outputTokens < 0) {
            throw new IllegalArgumentException("input and output tokens must be 0 or more (0: every scenario), got "
                    + inputTokens + " and " + outputTokens);
        }
        if (gpusPerReplica < 0 || gpusPerReplica > MAX_GPUS_PER_REPLICA || maxBatch < 0
                || maxBatch > RooflineSweep.MAX_BATCH) {
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
                    "GPUs per replica must be 0 … %d and max batch 0 … %,d (0: no limit), got %d and %d",
                    MAX_GPUS_PER_REPLICA, RooflineSweep.MAX_BATCH, gpusPerReplica, maxBatch));
        }
        if (pricePerGpuHourUsd < 0 || slaValue < 0) {
            throw new IllegalArgumentException("price per GPU-hour and SLA value must be 0 or more, got "
                    + pricePerGpuHourUsd + " and " + slaValue);
        }
        hardwareIds = hardwareIds == null ? List.of() : List.copyOf(hardwareIds);
        if (contextLengthTokens < MIN_CONTEXT_TOKENS || contextLengthTokens > MAX_CONTEXT_TOKENS) {
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
                    "context length must be %,d … %,d tokens, got %,d", MIN_CONTEXT_TOKENS, MAX_CONTEXT_TOKENS,
                    contextLengthTokens));
        }
    }

    /**
     * Llama 3.1 70B in FP8 on the four accelerators InferenceMAX compares most, at a 2,048-token mean
     * context (a 1k-in / 1k-out chat request is 1,024 to 2,048 tokens deep while decoding), read at
     * 50 tokens/s per user (a comfortable reading speed for chat).
     */
    public static ParetoSettings defaults() {
        return new ParetoSettings("llama-3.1-70b", List.of("h100-sxm", "h200", "b200", "mi300x"),
                Precision.FP8, 2048, YMetric.PER_GPU, 50, true);
    }

    public ParetoSettings withModel(String id) {
        return new ParetoSettings(id, hardwareIds, precision, contextLengthTokens, yMetric,
                targetInteractivityTokensPerSecondPerUser, showMeasuredRuns, view, inputTokens, outputTokens, percentile, xMetric,
                tokens, pricePerGpuHourUsd, sla, slaValue, gpusPerReplica, maxBatch);
    }

    public ParetoSettings withHardware(List<String> ids) {
        return new ParetoSettings(modelId, ids, precision, contextLengthTokens, yMetric,
                targetInteractivityTokensPerSecondPerUser, showMeasuredRuns, view, inputTokens, outputTokens, percentile, xMetric,
                tokens, pricePerGpuHourUsd, sla, slaValue, gpusPerReplica, maxBatch);
    }

    public ParetoSettings withPrecision(Precision p) {
        return new ParetoSettings(modelId, hardwareIds, p, contextLengthTokens, yMetric,
                targetInteractivityTokensPerSecondPerUser, showMeasuredRuns, view, inputTokens, outputTokens, percentile, xMetric,
                tokens, pricePerGpuHourUsd, sla, slaValue, gpusPerReplica, maxBatch);
    }

    public ParetoSettings withMetric(YMetric metric) {
        return new ParetoSettings(modelId, hardwareIds, precision, contextLengthTokens, metric,
                targetInteractivityTokensPerSecondPerUser, showMeasuredRuns, view, inputTokens, outputTokens, percentile, xMetric,
                tokens, pricePerGpuHourUsd, sla, slaValue, gpusPerReplica, maxBatch);
    }

    /** The measured view of a model's runs on some hardware for one scenario. */
    public ParetoSettings measured(int input, int output) {
        return new ParetoSettings(modelId, hardwareIds, precision, contextLengthTokens, yMetric,
                targetInteractivityTokensPerSecondPerUser, showMeasuredRuns, ParetoView.MEASURED, input, output,
                percentile, xMetric, tokens, pricePerGpuHourUsd, sla, slaValue, gpusPerReplica, maxBatch);
    }
}

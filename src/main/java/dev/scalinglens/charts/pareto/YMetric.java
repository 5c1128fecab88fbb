package dev.scalinglens.charts.pareto;

import dev.scalinglens.science.pareto.Goal;
import dev.scalinglens.science.roofline.DecodeStep;

/** What the Pareto chart's y axis shows; every metric is per GPU of all-in power where power enters. */
public enum YMetric {
    PER_GPU("Throughput (tokens/s per GPU)", "tokens/s per GPU", Goal.MAXIMIZE),
    PER_MEGAWATT("Throughput (tokens/s per MW of all-in power)", "tokens/s per MW", Goal.MAXIMIZE),
    PER_WATT("Throughput (tokens/s per W of all-in power)", "tokens/s per W", Goal.MAXIMIZE),
    JOULES_PER_TOKEN("Energy (J per output token, all-in power)", "J per token", Goal.MINIMIZE),
    /** Tokens one dollar of GPU rental buys: tokens/s per GPU × 3600 ÷ price per GPU-hour. */
    TOKENS_PER_DOLLAR("Tokens per dollar (GPU rental)", "tokens per $", Goal.MAXIMIZE),
    /** Cost of a million tokens: price per GPU-hour ÷ 3600 ÷ tokens/s per GPU × 1e6. */
    DOLLARS_PER_MILLION_TOKENS("Cost ($ per million tokens, GPU rental)", "$ per M tokens", Goal.MINIMIZE);

    private final String axisTitle;
    private final String unit;
    private final Goal goal;

    YMetric(String axisTitle, String unit, Goal goal) {
        this.axisTitle = axisTitle;
        this.unit = unit;
        this.goal = goal;
    }

    public String axisTitle() {
        return axisTitle;
    }

    public String unit() {
        return unit;
    }

    /** How the choice reads in the settings sheet: its unit ("tokens/s per GPU"). */
    public String label() {
        return unit;
    }

    public Goal goal() {
        return goal;
    }

    public boolean needsPower() {
        return this == PER_MEGAWATT || this == PER_WATT || this == JOULES_PER_TOKEN;
    }

    public boolean needsPrice() {
        return this == TOKENS_PER_DOLLAR || this == DOLLARS_PER_MILLION_TOKENS;
    }

    /** The metric from throughput, all-in power and price per GPU-hour (NaN when the one needed is missing). */
    public double of(double tokensPerSecondPerGpu, double allInPowerWatts, double pricePerGpuHourUsd) {
        return switch (this) {
            case TOKENS_PER_DOLLAR -> tokensPerSecondPerGpu * 3600 / pricePerGpuHourUsd;
            case DOLLARS_PER_MILLION_TOKENS -> pricePerGpuHourUsd / 3600 / tokensPerSecondPerGpu * 1e6;
            default -> of(tokensPerSecondPerGpu, allInPowerWatts);
        };
    }

    public double of(DecodeStep step) {
        return of(step.throughputTokensPerSecondPerGpu(), step.allInPowerWatts());
    }

    /** The metric from a throughput per GPU and an all-in power per GPU (NaN power: NaN unless PER_GPU). */
    public double of(double tokensPerSecondPerGpu, double allInPowerWatts) {
        return switch (this) {
            case PER_GPU -> tokensPerSecondPerGpu;
            case PER_MEGAWATT -> tokensPerSecondPerGpu / allInPowerWatts * 1e6;
            case PER_WATT -> tokensPerSecondPerGpu / allInPowerWatts;
            case JOULES_PER_TOKEN -> allInPowerWatts / tokensPerSecondPerGpu;
            case TOKENS_PER_DOLLAR, DOLLARS_PER_MILLION_TOKENS -> Double.NaN;
        };
    }
}

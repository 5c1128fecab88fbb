package dev.scalinglens.charts.pareto;

import dev.scalinglens.science.pareto.Goal;
import dev.scalinglens.science.roofline.DecodeStep;

/** What the Pareto chart's y axis shows; every metric is per GPU of all-in power where power enters. */
public enum YMetric {
    PER_GPU("Throughput (tokens/s per GPU)", "tokens/s per GPU", Goal.MAXIMIZE),
    PER_MEGAWATT("Throughput (tokens/s per MW of all-in power)", "tokens/s per MW", Goal.MAXIMIZE),
    PER_WATT("Throughput (tokens/s per W of all-in power)", "tokens/s per W", Goal.MAXIMIZE),
    JOULES_PER_TOKEN("Energy (J per output token, all-in power)", "J per token", Goal.MINIMIZE);

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
        return this != PER_GPU;
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
        };
    }
}

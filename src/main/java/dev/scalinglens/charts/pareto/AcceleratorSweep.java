package dev.scalinglens.charts.pareto;

import dev.scalinglens.catalog.HardwareRecord;
import dev.scalinglens.science.pareto.Dominance;
import dev.scalinglens.science.pareto.FrontierSummary;
import dev.scalinglens.science.pareto.ParetoFrontier;
import dev.scalinglens.science.roofline.Accelerator;
import dev.scalinglens.science.roofline.DecodeRoofline;
import dev.scalinglens.science.roofline.DecodeStep;
import dev.scalinglens.science.roofline.ModelShape;
import dev.scalinglens.science.roofline.Precision;
import dev.scalinglens.science.roofline.RooflineSweep;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * One accelerator's modelled decode points for a model, in chart coordinates (x interactivity, y the
 * metric), with their Pareto frontier.
 *
 * @param frontier indices into {@code steps}, by increasing interactivity
 */
public record AcceleratorSweep(
        HardwareRecord hardware,
        Accelerator accelerator,
        YMetric metric,
        List<DecodeStep> steps,
        double[] x,
        double[] y,
        int[] frontier) {

    public static AcceleratorSweep of(ModelShape model, HardwareRecord hardware, Precision precision,
                                      int contextTokens, YMetric metric) {
        return of(model, hardware, precision, contextTokens, metric, 0, 0);
    }

    /**
     * @param gpusPerReplica only configurations with this many GPUs per replica; 0 for every count swept
     * @param maxBatch       only batches up to this; 0 for every batch that fits
     */
    public static AcceleratorSweep of(ModelShape model, HardwareRecord hardware, Precision precision,
                                      int contextTokens, YMetric metric, int gpusPerReplica, int maxBatch) {
        Accelerator accelerator = Accelerator.from(hardware);
        List<DecodeStep> steps = RooflineSweep.sweep(new DecodeRoofline(model, accelerator), precision, contextTokens)
                .stream()
                .filter(s -> gpusPerReplica == 0 || s.config().gpus() == gpusPerReplica)
                .filter(s -> maxBatch == 0 || s.config().batch() <= maxBatch)
                .toList();
        double[] x = steps.stream().mapToDouble(DecodeStep::interactivityTokensPerSecondPerUser).toArray();
        double price = dev.scalinglens.catalog.Quantity.valueOrNaN(hardware.pricePerGpuHourUsd());
        double[] y = steps.stream().mapToDouble(s -> metric.of(s.throughputTokensPerSecondPerGpu(), s.allInPowerWatts(),
                price)).toArray();
        return new AcceleratorSweep(hardware, accelerator, metric, steps, x, y,
                ParetoFrontier.indices(x, y, metric.goal()));
    }

    public String name() {
        return hardware.name() == null ? hardware.id() : hardware.name();
    }

    public boolean isEmpty() {
        return steps.isEmpty();
    }

    public double[] frontierX() {
        return Arrays.stream(frontier).mapToDouble(i -> x[i]).toArray();
    }

    public double[] frontierY() {
        return Arrays.stream(frontier).mapToDouble(i -> y[i]).toArray();
    }

    /** The highest interactivity any modelled point reaches (the frontier's right end); NaN if empty. */
    public double maxInteractivity() {
        return frontier.length == 0 ? Double.NaN : x[frontier[frontier.length - 1]];
    }

    /** The frontier's metric at a target interactivity (log-log interpolation), NaN when out of reach. */
    public double valueAt(double interactivity) {
        return FrontierSummary.valueAt(frontierX(), frontierY(), interactivity);
    }

    public Optional<Dominance.Dominator> dominatorOf(int i) {
        return Dominance.mostDominating(x, y, frontier, metric.goal(), i);
    }
}

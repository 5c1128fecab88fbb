package dev.scalinglens.charts.pareto;

import dev.scalinglens.charts.SeriesColors;
import dev.scalinglens.catalog.Catalog;
import dev.scalinglens.catalog.HardwareRecord;
import dev.scalinglens.catalog.InferenceRun;
import dev.scalinglens.catalog.ModelRecord;
import dev.scalinglens.catalog.Quantity;
import dev.scalinglens.catalog.Source;
import dev.scalinglens.charts.ChartBuilder;
import dev.scalinglens.plot.spec.AxisSpec;
import dev.scalinglens.plot.spec.ChartSpec;
import dev.scalinglens.plot.spec.Layer;
import dev.scalinglens.plot.spec.LineLayer;
import dev.scalinglens.plot.spec.LineStyle;
import dev.scalinglens.plot.spec.MarkerShape;
import dev.scalinglens.plot.spec.PointLayer;
import dev.scalinglens.plot.spec.RuleLayer;
import dev.scalinglens.plot.spec.ScaleType;
import dev.scalinglens.plot.spec.TickFormat;
import dev.scalinglens.plot.spec.Tooltip;
import dev.scalinglens.science.pareto.Dominance;
import dev.scalinglens.science.pareto.Goal;
import dev.scalinglens.science.roofline.DecodeStep;
import dev.scalinglens.science.roofline.ModelShape;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Chart 4: decode interactivity (tokens/s per user) against throughput (per GPU, per MW, per W) or
 * energy per token, log-log. Per accelerator: the modelled roofline points and their frontier; the
 * catalog's measured runs of the model on top, as squares. Hovering a modelled point shows its
 * configuration, its step-time breakdown and the point that dominates it most.
 */
public final class ParetoChartBuilder implements ChartBuilder<ParetoSettings> {

    public static final String CHART_ID = "pareto";
    static final String X_TITLE = "Interactivity (tokens/s per user)";

    @Override
    public ChartSpec build(Catalog catalog, ParetoSettings settings) {
        if (settings.view() == ParetoSettings.ParetoView.MEASURED) {
            return MeasuredParetoBuilder.build(catalog, settings);
        }
        ModelRecord model = catalog.model(settings.modelId()).orElseThrow(() -> new IllegalArgumentException(
                "no model '" + settings.modelId() + "' in the catalog"));
        ModelShape shape = ModelShape.from(model);
        YMetric metric = settings.yMetric();
        List<Layer> layers = new ArrayList<>();
        List<String> keyFacts = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        List<String> lacksPrecision = new ArrayList<>();
        Map<String, HardwareRecord> shown = new LinkedHashMap<>();
        AcceleratorSweep first = null;

        SeriesColors hardwareColors = SeriesColors.forHardware(catalog);
        for (String id : settings.hardwareIds()) {
            Optional<HardwareRecord> hw = catalog.hardware(id);
            if (hw.isEmpty()) {
                skipped.add(id + " (not in the catalog)");
                continue;
            }
            if (settings.yMetric().needsPrice() && !(Quantity.valueOrNaN(hw.get().pricePerGpuHourUsd()) > 0)) {
                skipped.add(id + " (no price per GPU-hour in the catalog)");
                continue;
            }
            AcceleratorSweep sweep;
            try {
                sweep = AcceleratorSweep.of(shape, hw.get(), settings.precision(), settings.contextLengthTokens(), metric,
                        settings.gpusPerReplica(), settings.maxBatch());
            } catch (IllegalArgumentException e) {
                skipped.add(id + " (" + e.getMessage() + ")"); // e.g. a user record without bandwidth
                continue;
            }
            if (sweep.isEmpty()) {
                if (!sweep.accelerator().supports(settings.precision())) {
                    lacksPrecision.add(sweep.name());
                }
                skipped.add(sweep.name() + (!sweep.accelerator().supports(settings.precision())
                        ? " (no " + settings.precision().label() + " support)"
                        : settings.gpusPerReplica() > 0 || settings.maxBatch() > 0
                        ? " (no configuration within " + limits(settings) + ")"
                        : " (the weights do not fit in its scale-up domain)"));
                continue;
            }
            shown.put(id, hw.get());
            first = first == null ? sweep : first;
            String colorKey = hardwareColors.colorKey(sweep.name());
            layers.add(modelledLayer(sweep, shape, settings, colorKey));
            layers.add(new LineLayer("frontier-" + id, null, colorKey, LineStyle.SOLID, 2,
                    sweep.frontierX(), sweep.frontierY(), sweep.name()));
            keyFacts.add(summary(sweep, settings));
        }

        boolean measuredShown = false;
        if (settings.showMeasuredRuns()) {
            var measured = measuredLayers(catalog, model, metric);
            layers.addAll(measured);
            measuredShown = !measured.isEmpty();
        }
        double target = settings.targetInteractivityTokensPerSecondPerUser();
        if (target > 0 && !shown.isEmpty()) {
            layers.add(new RuleLayer("target", null, "reference", LineStyle.DOTTED, 1,
                    RuleLayer.Orientation.VERTICAL, target, Numbers.sig3(target) + " tokens/s per user"));
        }
        keyFacts.add(bound(first));
        if (!skipped.isEmpty()) {
            keyFacts.add("Not drawn: " + String.join(", ", skipped) + ".");
        }

        String subtitle = model.name() + " · " + settings.precision().label() + " · "
                + Numbers.tokens(settings.contextLengthTokens()) + "-token context"
                + (settings.gpusPerReplica() > 0 || settings.maxBatch() > 0 ? " · " + limits(settings) : "")
                + " · data-movement roofline";
        String footnote = footnote(catalog, shown.values(), measuredShown);
        if (!lacksPrecision.isEmpty()) {
            // A choice that removes series says so on the chart (first in the footnote, which wraps; the
            // subtitle is one line), not only in the key facts.
            footnote = String.join(", ", lacksPrecision) + (lacksPrecision.size() == 1 ? " has" : " have")
                    + " no " + settings.precision().label() + ": not drawn. " + footnote;
        }
        return new ChartSpec(CHART_ID, "Decode: interactivity vs " + metricNoun(metric), subtitle,
                AxisSpec.auto(X_TITLE, ScaleType.LOG10, TickFormat.AUTO),
                AxisSpec.auto(metric.axisTitle(), ScaleType.LOG10, TickFormat.AUTO),
                layers, List.of(), footnote, keyFacts);
    }

    private static PointLayer modelledLayer(AcceleratorSweep sweep, ModelShape shape, ParetoSettings settings,
                                            String colorKey) {
        int n = sweep.steps().size();
        String[] ids = new String[n];
        int[] priority = new int[n];
        for (int i = 0; i < n; i++) {
            DecodeStep s = sweep.steps().get(i);
            ids[i] = sweep.hardware().id() + ":b" + s.config().batch() + ":g" + s.config().gpus();
        }
        for (int i : sweep.frontier()) {
            priority[i] = 1;
        }
        return PointLayer.builder("modelled-" + sweep.hardware().id(), sweep.x(), sweep.y()).name(sweep.name())
                .colorKey(colorKey).sizePx(5).pointIds(ids).labelPriority(priority)
                .tooltip(i -> modelledTooltip(sweep, i, shape, settings.yMetric())).build();
    }

    static Tooltip modelledTooltip(AcceleratorSweep sweep, int i, ModelShape shape, YMetric metric) {
        DecodeStep s = sweep.steps().get(i);
        List<Tooltip.Row> rows = new ArrayList<>();
        rows.add(new Tooltip.Row("Configuration", configuration(s)));
        rows.add(new Tooltip.Row("Interactivity", Numbers.sig3(sweep.x()[i]) + " tokens/s per user"));
        rows.add(new Tooltip.Row("Throughput", Numbers.sig3(s.throughputTokensPerSecondPerGpu()) + " tokens/s per GPU"));
        if (metric != YMetric.PER_GPU) {
            rows.add(new Tooltip.Row(metric.unit(), Numbers.sig3(sweep.y()[i]) + " " + metric.unit()));
        }
        rows.add(new Tooltip.Row("Step time", Numbers.ms(s.stepSeconds())
                + (s.isComputeBound() ? " (compute-bound)" : " (memory-bound)")));
        if (!s.communicationModelled()) {
            rows.add(new Tooltip.Row("Communication", "not modelled: no scale-up bandwidth in the catalog"));
        }
        if (metric.needsPower()) {
            rows.add(new Tooltip.Row("Power per GPU", Numbers.sig3(s.allInPowerWatts()) + " W"
                    + (sweep.accelerator().powerIsChipTdpOnly() ? " (chip TDP only)" : " all-in")));
        }
        if (shape.isMixtureOfExperts()) {
            rows.add(new Tooltip.Row("Experts touched per layer",
                    Numbers.sig3(shape.expectedExpertsTouched(s.config().batch())) + " of " + shape.routedExperts()));
        }
        Optional<Dominance.Dominator> d = sweep.dominatorOf(i);
        rows.add(new Tooltip.Row("Dominated by", d.map(dom -> configuration(sweep.steps().get(dom.index()))
                + ": " + Numbers.sig3(dom.xFactor()) + "× interactivity, " + Numbers.sig3(dom.yFactor()) + "× "
                + (metric.goal() == Goal.MINIMIZE ? "less energy" : "throughput"))
                .orElse("nothing (on the frontier)")));
        List<Tooltip.Bar> bars = List.of(
                new Tooltip.Bar("Weights read", s.weightReadSeconds() * 1e3, Numbers.ms(s.weightReadSeconds())),
                new Tooltip.Bar("KV cache read", s.kvReadSeconds() * 1e3, Numbers.ms(s.kvReadSeconds())),
                new Tooltip.Bar("Compute", s.computeSeconds() * 1e3, Numbers.ms(s.computeSeconds())),
                new Tooltip.Bar("Communication", s.communicationSeconds() * 1e3, Numbers.ms(s.communicationSeconds())));
        return new Tooltip(sweep.name() + " (modelled)", rows, bars,
                "Step time (ms): reads add up, compute overlaps them, communication adds");
    }

    static String configuration(DecodeStep s) {
        return "batch " + s.config().batch() + " · " + s.parallelism() + " · " + s.config().precision().label()
                + " · " + Numbers.tokens(s.config().contextTokens()) + " ctx";
    }

    private static String summary(AcceleratorSweep sweep, ParetoSettings settings) {
        double target = settings.targetInteractivityTokensPerSecondPerUser();
        double value = sweep.valueAt(target);
        DecodeStep fastest = sweep.steps().get(sweep.frontier()[sweep.frontier().length - 1]);
        String reach = "up to " + Numbers.sig3(sweep.maxInteractivity()) + " tokens/s per user ("
                + fastest.parallelism() + ", batch " + fastest.config().batch() + ")";
        if (Double.isNaN(value)) {
            return sweep.name() + ": does not reach " + Numbers.sig3(target) + " tokens/s per user; " + reach + ".";
        }
        return sweep.name() + ": " + Numbers.sig3(value) + " " + settings.yMetric().unit() + " at "
                + Numbers.sig3(target) + " tokens/s per user; " + reach + ".";
    }

    /** The physical bound, worked through for the fastest point of the first accelerator drawn. */
    static String bound(AcceleratorSweep sweep) {
        String rule = "Bound: interactivity ≤ HBM bandwidth × GPUs ÷ bytes read per step (weights + KV cache)";
        String caveat = ". Links between GPUs count only for their bandwidth (no latency) and software overhead"
                + " is not modelled, so real serving lands below.";
        if (sweep == null) {
            return rule + caveat;
        }
        DecodeStep s = sweep.steps().get(sweep.frontier()[sweep.frontier().length - 1]);
        double bytes = s.weightBytes() + s.kvCacheBytes();
        double bandwidth = sweep.accelerator().bandwidthBytesPerSecond();
        return rule + "; " + sweep.name() + ", " + s.parallelism() + ", batch " + s.config().batch() + ": "
                + s.config().gpus() + " × " + Numbers.sig3(bandwidth / 1e12) + " TB/s ÷ "
                + Numbers.sig3(bytes / 1e9) + " GB = " + Numbers.sig3(s.config().gpus() * bandwidth / bytes)
                + " tokens/s per user" + caveat;
    }

    /** Measured runs of the model, one square-marker layer per accelerator (unknown hardware together). */
    private static List<Layer> measuredLayers(Catalog catalog, ModelRecord model, YMetric metric) {
        Map<String, List<InferenceRun>> byHardware = catalog.inferenceRuns().stream()
                .filter(r -> model.id().equals(r.model()))
                .filter(r -> r.interactivityTokensPerSecondPerUser() != null && r.throughputPerGpuTokensPerSecond() != null)
                .collect(Collectors.groupingBy(r -> r.hardware() == null ? "" : r.hardware(), LinkedHashMap::new,
                        Collectors.toList()));
        List<Layer> layers = new ArrayList<>();
        for (Map.Entry<String, List<InferenceRun>> e : byHardware.entrySet()) {
            Optional<HardwareRecord> hw = catalog.hardware(e.getKey());
            double power = hw.map(ParetoChartBuilder::allInOrTdp).orElse(Double.NaN);
            double price = hw.map(h -> Quantity.valueOrNaN(h.pricePerGpuHourUsd())).orElse(Double.NaN);
            List<InferenceRun> runs = e.getValue().stream()
                    .filter(r -> (!metric.needsPower() || power > 0) && (!metric.needsPrice() || price > 0)).toList();
            if (runs.isEmpty()) {
                continue;
            }
            String name = hw.map(h -> h.name() == null ? h.id() : h.name())
                    .orElse(e.getKey().isEmpty() ? "hardware not stated" : e.getKey());
            double[] x = runs.stream().mapToDouble(r -> r.interactivityTokensPerSecondPerUser().value()).toArray();
            double[] y = runs.stream().mapToDouble(r -> metric.of(r.throughputPerGpuTokensPerSecond().value(), power, price))
                    .toArray();
            String[] ids = runs.stream().map(InferenceRun::id).toArray(String[]::new);
            String colorKey = hw.isPresent() ? SeriesColors.forHardware(catalog).colorKey(name) : "measured";
            String layerId = "measured-" + (e.getKey().isEmpty() ? "unknown" : e.getKey());
            layers.add(PointLayer.builder(layerId, x, y).name("Measured (" + name + ")").colorKey(colorKey)
                    .shape(MarkerShape.SQUARE).pointIds(ids)
                    .tooltip(i -> measuredTooltip(runs.get(i), name, metric, y[i])).build());
        }
        return layers;
    }

    private static double allInOrTdp(HardwareRecord h) {
        double allIn = Quantity.valueOrNaN(h.allInPowerWatts());
        return allIn > 0 ? allIn : Quantity.valueOrNaN(h.chipTdpWatts());
    }

    private static Tooltip measuredTooltip(InferenceRun r, String hardware, YMetric metric, double y) {
        List<Tooltip.Row> rows = new ArrayList<>();
        rows.add(new Tooltip.Row("Configuration", "concurrency " + r.concurrency() + " · "
                + parallelism(r) + " · " + r.precision() + " · in " + r.inputTokens() + " / out " + r.outputTokens()));
        rows.add(new Tooltip.Row("Interactivity",
                Numbers.sig3(r.interactivityTokensPerSecondPerUser().value()) + " tokens/s per user"));
        rows.add(new Tooltip.Row("Throughput",
                Numbers.sig3(r.throughputPerGpuTokensPerSecond().value()) + " tokens/s per GPU"));
        if (metric != YMetric.PER_GPU) {
            rows.add(new Tooltip.Row(metric.unit(), Numbers.sig3(y) + " " + metric.unit()));
        }
        rows.add(new Tooltip.Row("Framework", r.framework() == null ? "—" : r.framework()));
        rows.add(new Tooltip.Row("Source", r.source() == null ? "—" : r.source()));
        return Tooltip.of(hardware + " (measured)", rows);
    }

    private static String parallelism(InferenceRun r) {
        StringBuilder sb = new StringBuilder();
        if (r.tensorParallel() != null) {
            sb.append("TP").append(r.tensorParallel());
        }
        if (r.expertParallel() != null && r.expertParallel() > 1) {
            sb.append(sb.length() > 0 ? "/" : "").append("EP").append(r.expertParallel());
        }
        return sb.length() == 0 ? (r.gpus() == null ? "?" : r.gpus() + " GPUs") : sb.toString();
    }

    private static String metricNoun(YMetric metric) {
        return switch (metric) {
            case PER_GPU -> "throughput per GPU";
            case PER_MEGAWATT -> "throughput per MW";
            case PER_WATT -> "throughput per W";
            case JOULES_PER_TOKEN -> "energy per token";
            case TOKENS_PER_DOLLAR -> "tokens per dollar";
            case DOLLARS_PER_MILLION_TOKENS -> "cost per million tokens";
        };
    }

    /** Sources of what is drawn: the measured runs are named only when some are on the chart. */
    /** The what-if limits in words: "8 GPUs per replica, batch ≤ 64". */
    static String limits(ParetoSettings settings) {
        List<String> parts = new ArrayList<>();
        if (settings.gpusPerReplica() > 0) {
            parts.add(settings.gpusPerReplica() + (settings.gpusPerReplica() == 1 ? " GPU" : " GPUs") + " per replica");
        }
        if (settings.maxBatch() > 0) {
            parts.add("batch ≤ " + String.format(java.util.Locale.ROOT, "%,d", settings.maxBatch()));
        }
        return String.join(", ", parts);
    }

    private static String footnote(Catalog catalog, Collection<HardwareRecord> hardware, boolean measured) {
        List<String> cites = hardware.stream().map(HardwareRecord::source).filter(s -> s != null)
                .distinct().map(key -> Optional.ofNullable(catalog.sources().get(key))
                        .map(Source::citation).orElse(key)).toList();
        return "Modelled: Scaling Lens data-movement roofline (upper bound). Hardware: "
                + (cites.isEmpty() ? "catalog" : String.join("; ", cites))
                + (measured ? ". Measured: InferenceX runs in the catalog (squares)." : ".");
    }
}

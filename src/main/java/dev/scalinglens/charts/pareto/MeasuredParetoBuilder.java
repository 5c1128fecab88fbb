package dev.scalinglens.charts.pareto;

import dev.scalinglens.charts.SeriesColors;
import dev.scalinglens.catalog.Catalog;
import dev.scalinglens.catalog.HardwareRecord;
import dev.scalinglens.catalog.InferenceRun;
import dev.scalinglens.catalog.ModelRecord;
import dev.scalinglens.catalog.Quantity;
import dev.scalinglens.catalog.Source;
import dev.scalinglens.charts.pareto.ParetoSettings.SlaKind;
import dev.scalinglens.charts.pareto.ParetoSettings.TokenKind;
import dev.scalinglens.charts.pareto.ParetoSettings.XMetric;
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
import dev.scalinglens.science.decode.CalibrationReport;
import dev.scalinglens.science.pareto.Goal;
import dev.scalinglens.science.pareto.ParetoFrontier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The measured decode chart, read like the InferenceMAX dashboard: for one model and scenario
 * (input/output lengths), each (hardware, framework, precision, speculative decoding) configuration's
 * measured runs and their Pareto frontier; x interactivity (tokens/s per user at the chosen latency
 * statistic) or end-to-end latency; y throughput per GPU, per MW of all-in power, tokens per dollar,
 * $ per million tokens or J/token, counting output, input or total tokens. Where the calibrated decode
 * model covers a configuration, its prediction for the same runs is drawn dashed and the legend carries
 * its leave-one-run-out error (the badge).
 */
final class MeasuredParetoBuilder {

    private MeasuredParetoBuilder() {
    }

    /** One configuration's runs in chart coordinates. */
    private record Series(String key, String name, String colorKey, List<InferenceRun> runs, double[] x, double[] y,
            boolean[] outsideSla) {
    }

    static ChartSpec build(Catalog catalog, ParetoSettings s) {
        ModelRecord model = catalog.model(s.modelId()).orElse(null);
        String modelName = model == null || model.name() == null ? s.modelId() : model.name();
        Set<String> hardware = new LinkedHashSet<>(s.hardwareIds());
        List<String> keyFacts = new ArrayList<>();
        Map<String, Integer> left = new TreeMap<>();
        Map<String, List<InferenceRun>> byConfig = new LinkedHashMap<>();
        List<InferenceRun> candidates = new ArrayList<>();
        for (InferenceRun r : catalog.inferenceRuns()) {
            if (!s.modelId().equals(r.model())) {
                continue;
            }
            if (!hardware.isEmpty() && (r.hardware() == null || !hardware.contains(r.hardware()))) {
                continue;
            }
            if ((s.inputTokens() > 0 && !Integer.valueOf(s.inputTokens()).equals(r.inputTokens()))
                    || (s.outputTokens() > 0 && !Integer.valueOf(s.outputTokens()).equals(r.outputTokens()))) {
                continue;
            }
            candidates.add(r);
        }
        candidates.sort(Comparator.comparing((InferenceRun r) -> hardwareOrder(s, r.hardware()))
                .thenComparing(r -> String.valueOf(r.framework())).thenComparing(r -> String.valueOf(r.precision())));
        for (InferenceRun r : candidates) {
            byConfig.computeIfAbsent(MeasuredRuns.configKey(r), k -> new ArrayList<>()).add(r);
        }
        Map<String, CalibrationReport.FittedGroup> fits = MeasuredModelOverlay.fits(catalog, s);
        List<Layer> layers = new ArrayList<>();
        List<Series> drawn = new ArrayList<>();
        Goal yGoal = s.yMetric().goal();
        ColorKeys colorKeys = new ColorKeys(SeriesColors.forHardware(catalog));
        for (Map.Entry<String, List<InferenceRun>> e : byConfig.entrySet()) {
            InferenceRun first = e.getValue().get(0);
            HardwareRecord hw = first.hardware() == null ? null : catalog.hardware(first.hardware()).orElse(null);
            double power = hw == null ? Double.NaN : MeasuredRuns.allInOrTdp(hw);
            double price = s.pricePerGpuHourUsd() > 0 ? s.pricePerGpuHourUsd()
                    : hw == null ? Double.NaN : Quantity.valueOrNaN(hw.pricePerGpuHourUsd());
            String name = seriesName(hw, first);
            if (s.yMetric().needsPower() && !(power > 0)) {
                left.merge(name + " (no power figure)", e.getValue().size(), Integer::sum);
                continue;
            }
            if (s.yMetric().needsPrice() && !(price > 0)) {
                left.merge(name + " (no price per GPU-hour: set one)", e.getValue().size(), Integer::sum);
                continue;
            }
            List<InferenceRun> runs = new ArrayList<>();
            List<double[]> xy = new ArrayList<>();
            for (InferenceRun r : e.getValue()) {
                double x = MeasuredRuns.x(r, s);
                double tps = MeasuredRuns.tokensPerGpu(r, s.tokens());
                double y = s.yMetric().of(tps, power, price);
                if (Double.isFinite(x) && x > 0 && Double.isFinite(y) && y > 0) {
                    runs.add(r);
                    xy.add(new double[] {x, y});
                } else {
                    left.merge(name + " (" + s.percentile().key() + " latency or " + s.tokens().name()
                            .toLowerCase(Locale.ROOT) + " throughput not reported)", 1, Integer::sum);
                }
            }
            if (runs.isEmpty()) {
                continue;
            }
            double[] x = xy.stream().mapToDouble(p -> p[0]).toArray();
            double[] y = xy.stream().mapToDouble(p -> p[1]).toArray();
            boolean[] outside = new boolean[x.length];
            for (int i = 0; i < x.length; i++) {
                outside[i] = MeasuredRuns.outsideSla(runs.get(i), s);
            }
            drawn.add(new Series(e.getKey(), name, colorKeys.next(hw == null ? name : hwName(hw)), runs, x, y, outside));
        }
        int slaExcluded = 0;
        for (Series series : drawn) {
            double[] fx = new double[series.x().length];
            double[] fy = series.y().clone();
            for (int i = 0; i < fx.length; i++) {
                // the frontier maximises x: latency is minimised, so it runs on -latency
                fx[i] = series.outsideSla()[i] ? Double.NaN
                        : s.xMetric() == XMetric.E2E_LATENCY ? -series.x()[i] : series.x()[i];
                slaExcluded += series.outsideSla()[i] ? 1 : 0;
            }
            int[] frontier = ParetoFrontier.indices(fx, fy, yGoal);
            int[] priority = new int[series.x().length];
            boolean[] hollow = new boolean[series.x().length];
            Set<Integer> on = new java.util.HashSet<>();
            for (int i : frontier) {
                on.add(i);
                priority[i] = 1;
            }
            for (int i = 0; i < hollow.length; i++) {
                hollow[i] = !on.contains(i);
            }
            CalibrationReport.FittedGroup fit = fits.get(series.key());
            String badge = fit == null ? "" : " · model ±" + Numbers.sig3(fit.cvErrorInteractivityPct()) + "% / ±"
                    + Numbers.sig3(fit.cvErrorThroughputPct()) + "%" + (fit.crossValidated() ? " CV" : " in-sample");
            String[] ids = series.runs().stream().map(InferenceRun::id).toArray(String[]::new);
            double[] sx = series.x();
            double[] sy = series.y();
            List<InferenceRun> runs = series.runs();
            HardwareRecord hw = runs.get(0).hardware() == null ? null
                    : catalog.hardware(runs.get(0).hardware()).orElse(null);
            layers.add(PointLayer.builder("measured-" + series.key(), sx, sy).name(series.name() + badge)
                    .colorKey(series.colorKey())
                    .shape(runs.get(0).usesSpeculativeDecoding() ? MarkerShape.TRIANGLE_UP
                            : Boolean.TRUE.equals(runs.get(0).disaggregated()) ? MarkerShape.DIAMOND : MarkerShape.CIRCLE)
                    .sizePx(6).pointIds(ids).labelPriority(priority).hollow(hollow)
                    .tooltip(i -> MeasuredTooltip.of(catalog, runs.get(i), series.name(), s, sx[i], sy[i], fit)).build());
            Integer[] order = Arrays.stream(frontier).boxed().sorted(Comparator.comparingDouble(i -> sx[i]))
                    .toArray(Integer[]::new);
            if (order.length > 1) {
                layers.add(new LineLayer("frontier-" + series.key(), null, series.colorKey(), LineStyle.SOLID, 2,
                        Arrays.stream(order).mapToDouble(i -> sx[i]).toArray(),
                        Arrays.stream(order).mapToDouble(i -> sy[i]).toArray(), null));
            }
            Layer predicted = MeasuredModelOverlay.modelLayer(series.key(), series.colorKey(), runs, fit, s,
                    hw);
            if (predicted != null) {
                layers.add(predicted);
            }
            keyFacts.add(series.name() + ": " + runs.size() + (runs.size() == 1 ? " run, " : " runs, ")
                    + frontier.length + " on the frontier" + (fit == null ? ""
                    : "; calibrated model median error " + Numbers.sig3(fit.cvErrorInteractivityPct())
                    + "% interactivity, " + Numbers.sig3(fit.cvErrorThroughputPct()) + "% throughput/GPU ("
                    + (fit.crossValidated() ? "leave one run out" : "in-sample, under "
                    + dev.scalinglens.science.decode.DecodeCalibration.MIN_POINTS + " runs") + ")") + ".");
        }
        RuleLayer sla = slaRule(s);
        if (sla != null) {
            layers.add(sla);
        }
        if (s.sla() == SlaKind.TTFT && s.slaValue() > 0) {
            keyFacts.add("SLA: " + slaExcluded + " runs with " + s.percentile().key() + " TTFT above "
                    + Numbers.sig3(s.slaValue()) + " s are left off the frontiers.");
        }
        if (drawn.isEmpty()) {
            keyFacts.add("No measured runs of " + modelName + scenarioText(s) + (hardware.isEmpty() ? ""
                    : " on " + String.join(", ", hardware)) + ": import InferenceX/InferenceMAX results"
                    + " (import --format inferencex) and pass them with --catalog.");
        }
        if (!left.isEmpty()) {
            List<String> parts = new ArrayList<>();
            left.forEach((k, n) -> parts.add(k + ": " + n));
            keyFacts.add("Not drawn: " + String.join("; ", parts) + ".");
        }
        keyFacts.add("Hollow points are dominated within their configuration; the dashed line is the calibrated"
                + " model's prediction for the same runs (see docs/pareto.md for what it leaves out).");
        String subtitle = modelName + scenarioText(s) + " · " + s.percentile().key() + " latency · "
                + s.tokens().name().toLowerCase(Locale.ROOT) + " tokens · measured";
        String xTitle = s.xMetric() == XMetric.E2E_LATENCY
                ? "End-to-end latency (s, " + s.percentile().key() + ")"
                : "Interactivity (tokens/s per user, " + s.percentile().key() + ")";
        return new ChartSpec(ParetoChartBuilder.CHART_ID, "Decode (measured): " + metricTitle(s),
                subtitle, AxisSpec.auto(xTitle, ScaleType.LOG10, TickFormat.AUTO),
                AxisSpec.auto(yTitle(s), ScaleType.LOG10, TickFormat.AUTO), layers, List.of(),
                footnote(catalog, drawn), keyFacts);
    }

    private static String hwName(HardwareRecord hw) {
        return hw.name() == null ? hw.id() : hw.name();
    }

    /**
     * Colour keys, one distinct colour per configuration while the palette lasts: a hardware's first
     * configuration keeps the hardware's own colour (as on the modelled chart), the next ones take
     * colours no series has yet.
     */
    static final class ColorKeys {
        private final Set<String> used = new java.util.HashSet<>();
        private final SeriesColors hardware;

        ColorKeys(SeriesColors hardware) {
            this.hardware = hardware;
        }

        String next(String preferred) {
            String key = hardware.colorKey(preferred);
            if (hardware.hasHue(preferred) && used.add(key)) {
                return key;
            }
            for (String free : SeriesColors.allColorKeys()) {
                if (used.add(free)) {
                    return free;
                }
            }
            return SeriesColors.otherColorKey();
        }
    }

    private static int hardwareOrder(ParetoSettings s, String hw) {
        int i = s.hardwareIds().indexOf(hw);
        return i < 0 ? Integer.MAX_VALUE : i;
    }

    private static String seriesName(HardwareRecord hw, InferenceRun r) {
        String hwName = hw == null ? (r.hardware() == null ? "hardware not stated" : r.hardware())
                : hw.name() == null ? hw.id() : hw.name();
        return hwName + " · " + (r.framework() == null ? "?" : r.framework()) + " · "
                + (r.precision() == null ? "?" : r.precision().toUpperCase(Locale.ROOT))
                + (r.usesSpeculativeDecoding() ? " · " + r.speculativeDecoding().toUpperCase(Locale.ROOT) : "");
    }

    private static RuleLayer slaRule(ParetoSettings s) {
        if (!(s.slaValue() > 0) || s.xMetric() != XMetric.INTERACTIVITY) {
            return null;
        }
        return switch (s.sla()) {
            case INTERACTIVITY -> new RuleLayer("sla", null, "reference", LineStyle.DOTTED, 1,
                    RuleLayer.Orientation.VERTICAL, s.slaValue(), "SLA " + Numbers.sig3(s.slaValue()) + " tokens/s per user");
            case TPOT -> new RuleLayer("sla", null, "reference", LineStyle.DOTTED, 1, RuleLayer.Orientation.VERTICAL,
                    1 / s.slaValue(), "SLA TPOT " + Numbers.ms(s.slaValue()));
            default -> null;
        };
    }

    private static String scenarioText(ParetoSettings s) {
        if (s.inputTokens() == 0 && s.outputTokens() == 0) {
            return " · every scenario";
        }
        return " · " + (s.inputTokens() == 0 ? "any" : Numbers.tokens(s.inputTokens())) + " in / "
                + (s.outputTokens() == 0 ? "any" : Numbers.tokens(s.outputTokens())) + " out";
    }

    private static String metricTitle(ParetoSettings s) {
        return (s.xMetric() == XMetric.E2E_LATENCY ? "latency" : "interactivity") + " vs " + s.yMetric().unit();
    }

    private static String yTitle(ParetoSettings s) {
        String t = s.yMetric().axisTitle();
        return s.tokens() == TokenKind.OUTPUT ? t : t + " · " + s.tokens().name().toLowerCase(Locale.ROOT) + " tokens";
    }

    private static String footnote(Catalog catalog, List<Series> drawn) {
        Set<String> cites = new LinkedHashSet<>();
        for (Series series : drawn) {
            for (InferenceRun r : series.runs()) {
                Source src = r.source() == null ? null : catalog.sources().get(r.source());
                cites.add(src == null ? String.valueOf(r.source()) : src.citation());
            }
        }
        return "Measured: " + (cites.isEmpty() ? "no runs" : String.join("; ", cites))
                + ". Per-GPU figures divide by all GPUs of a run (prefill GPUs included). Model: Scaling Lens"
                + " calibrated decode roofline.";
    }
}

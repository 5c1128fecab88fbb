package dev.scalinglens.charts.density;

import dev.scalinglens.catalog.Catalog;
import dev.scalinglens.catalog.ModelRecord;
import dev.scalinglens.charts.ChartBuilder;
import dev.scalinglens.charts.ChartText;
import dev.scalinglens.charts.ModelPointLayers;
import dev.scalinglens.plot.spec.AxisSpec;
import dev.scalinglens.plot.spec.ChartSpec;
import dev.scalinglens.plot.spec.FunctionLayer;
import dev.scalinglens.plot.spec.Layer;
import dev.scalinglens.plot.spec.LineStyle;
import dev.scalinglens.plot.spec.MarkerShape;
import dev.scalinglens.plot.spec.PointLayer;
import dev.scalinglens.plot.spec.RuleLayer;
import dev.scalinglens.plot.spec.ScaleType;
import dev.scalinglens.plot.spec.TickFormat;
import dev.scalinglens.plot.spec.Tooltip;
import dev.scalinglens.science.density.DatedDensity;
import dev.scalinglens.science.density.DensityAnalysis;
import dev.scalinglens.science.density.DensityEstimate;
import dev.scalinglens.science.density.DensitySensitivity;
import dev.scalinglens.science.density.DensityTrend;
import dev.scalinglens.science.density.EffectiveParameterEstimator;
import dev.scalinglens.science.density.EnvelopeFit;
import dev.scalinglens.science.density.EnvelopeStats;
import dev.scalinglens.science.density.NoEstimate;
import dev.scalinglens.science.density.OutsideRange;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Chart 2: capacity density ρ = N_effective / N against release date, log scale, with the envelope
 * ln ρmax = A·t + B, its doubling time, and the paper's slope beside ours (Xiao et al. 2024, "Densing Law
 * of LLMs"). Models outside the reference family's score span are drawn as triangles at the bound.
 */
public final class DensityChartBuilder implements ChartBuilder<DensitySettings> {

    public static final String CHART_ID = "density";
    static final String XIAO_CITATION = "Xiao et al. 2024, Densing Law of LLMs (arXiv:2412.04315)";
    static final String QWEN_CITATION = "Qwen Team 2024, Qwen2.5 Technical Report (arXiv:2412.15115)";
    private static final int MAX_NAMES = 12;

    @Override
    public ChartSpec build(Catalog catalog, DensitySettings settings) {
        if (settings.sensitivityView()) {
            return sensitivity(catalog, settings);
        }
        List<Layer> layers = new ArrayList<>();
        List<String> facts = new ArrayList<>();
        List<String> sourceKeys = new ArrayList<>();
        String benchmarkName = settings.benchmark().shortLabel();

        DensityTrend trend = null;
        try {
            trend = DensityAnalysis.run(catalog, settings.toOptions());
        } catch (IllegalArgumentException cannot) { // no reference family in the catalog
            facts.add("No density estimate: " + cannot.getMessage() + ".");
        }
        String reference = trend == null ? "the reference family" : trend.referenceName();
        if (trend != null) {
            EnvelopeStats main = trend.main();
            Set<String> envelopeIds = main.hasTrend()
                    ? main.fit().envelope().stream().map(DatedDensity::id).collect(Collectors.toSet()) : Set.of();
            if (main.hasTrend() && settings.showEnvelope()) {
                layers.add(envelopeLayer("envelope", "fit", LineStyle.DASHED, main, headline(main)));
                layers.add(paperLayer(main, settings));
            }
            if (trend.beforeSplit() != null && settings.showEnvelope()) {
                if (trend.beforeSplit().hasTrend()) {
                    layers.add(envelopeLayer("envelope-before", "fit-before", LineStyle.DOTTED, trend.beforeSplit(),
                            "Before ChatGPT: " + headline(trend.beforeSplit())));
                }
                if (trend.afterSplit().hasTrend()) {
                    layers.add(envelopeLayer("envelope-after", "fit-after", LineStyle.DOTTED, trend.afterSplit(),
                            "After ChatGPT: " + headline(trend.afterSplit())));
                }
            }
            if (main.hasTrend()) {
                layers.add(envelopeRings(main));
            }
            ModelPointLayers.Groups groups = ModelPointLayers.groups(catalog.models());
            Map<String, List<DensityEstimate>> byFamily = new TreeMap<>(groups.order());
            for (DensityEstimate e : trend.estimates()) {
                byFamily.computeIfAbsent(groups.seriesOf(e.model()), k -> new ArrayList<>()).add(e);
                sourceKeys.add(e.model().source());
            }
            for (Map.Entry<String, List<DensityEstimate>> family : byFamily.entrySet()) {
                layers.add(ModelPointLayers.of(family.getKey(), groups, family.getValue(), DensityEstimate::model,
                        e -> e.releaseDate().toEpochDay(), DensityEstimate::density,
                        e -> envelopeIds.contains(e.model().id()) ? 2 : 1, DensityEstimate::estimated,
                        e -> tooltip(e, benchmarkName, reference)));
            }
            for (EffectiveParameterEstimator.Range range : List.of(EffectiveParameterEstimator.Range.BELOW,
                    EffectiveParameterEstimator.Range.ABOVE)) {
                List<OutsideRange> group = trend.outside().stream().filter(o -> o.range() == range).toList();
                if (!group.isEmpty()) {
                    layers.add(outsideLayer(group, range, benchmarkName, reference));
                }
            }
            facts.addAll(facts(trend, settings, benchmarkName));
        }

        AxisSpec x = AxisSpec.auto("Release date", ScaleType.TIME, TickFormat.DATE);
        AxisSpec y = AxisSpec.auto("Capacity density (" + reference + " = 1)", ScaleType.LOG10, TickFormat.PLAIN);
        String subtitle = "ρ = parameters a " + reference + " model needs for the same " + benchmarkName
                + " score ÷ the model's own (active) parameters; base models' few-shot scores"
                + (settings.allScoreKinds() ? " plus instruct/reasoning scores" : "")
                + "; hollow triangles: score outside " + reference + "'s span (a bound, not fitted)";
        return new ChartSpec(CHART_ID, "Capacity density over time", subtitle, x, y, layers, List.of(),
                ChartText.footnote(List.of(XIAO_CITATION, QWEN_CITATION), sourceKeys, catalog), facts);
    }

    /**
     * The sensitivity view: doubling time (days, log scale) against the fit window's start (circles, end held)
     * and end (squares, start held), with 95% bootstrap bars where the envelope has 4+ points, the paper's
     * 95 days as a rule, and the benchmark / model-set / score-kind variations in the key facts.
     */
    private ChartSpec sensitivity(Catalog catalog, DensitySettings settings) {
        List<Layer> layers = new ArrayList<>();
        List<String> facts = new ArrayList<>();
        double yMin = settings.preset().publishedDoublingDays();
        double yMax = yMin;
        try {
            Map<String, List<DensitySensitivity.Row>> rows = DensitySensitivity.run(catalog, settings.toOptions());
            layers.add(new RuleLayer("paper", "Paper", "reference", LineStyle.DOTTED, 1.5, RuleLayer.Orientation.HORIZONTAL,
                    settings.preset().publishedDoublingDays(), String.format(Locale.ROOT, "Paper: %.0f days",
                    settings.preset().publishedDoublingDays())));
            layers.add(sensitivityLayer("window-start", "Window start moved (end held)", MarkerShape.CIRCLE,
                    rows.get("windowStart")));
            layers.add(sensitivityLayer("window-end", "Window end moved (start held)", MarkerShape.SQUARE,
                    rows.get("windowEnd")));
            if (!rows.get("windowEndWholeCatalog").isEmpty()) {
                layers.add(sensitivityLayer("window-end-catalog", "Window end moved, whole catalog",
                        MarkerShape.DIAMOND, rows.get("windowEndWholeCatalog")));
            }
            for (Layer l : layers) {
                if (l instanceof PointLayer p) {
                    for (int i = 0; i < p.size(); i++) {
                        yMin = Math.min(yMin, Double.isNaN(p.yErrorLow()[i]) ? p.y()[i] : p.yErrorLow()[i]);
                        yMax = Math.max(yMax, Double.isNaN(p.yErrorHigh()[i]) ? p.y()[i] : p.yErrorHigh()[i]);
                    }
                }
            }
            DensitySensitivity.Row base = rows.get("baseline").get(0);
            facts.add("Baseline (" + settings.preset().name().toLowerCase(Locale.ROOT) + " model set, "
                    + settings.benchmark().shortLabel() + "): " + rowText(base) + ".");
            for (String group : List.of("windowStart", "windowEnd", "windowEndWholeCatalog", "benchmark",
                    "modelSetAndScoreKinds")) {
                if (rows.get(group).isEmpty()) {
                    continue;
                }
                List<String> parts = new ArrayList<>();
                for (DensitySensitivity.Row r : rows.get(group)) {
                    parts.add(r.value() + ": " + rowText(r));
                }
                facts.add(switch (group) {
                    case "windowStart" -> "Window start → ";
                    case "windowEnd" -> "Window end → ";
                    case "windowEndWholeCatalog" -> "Window end, whole catalog → ";
                    case "benchmark" -> "Benchmark → ";
                    default -> "Model set and score kinds → ";
                } + String.join("; ", parts) + ".");
            }
        } catch (IllegalArgumentException cannot) {
            facts.add("No sensitivity: " + cannot.getMessage() + ".");
        }
        AxisSpec x = AxisSpec.auto("Fit window start or end", ScaleType.TIME, TickFormat.DATE);
        AxisSpec y = new AxisSpec("Doubling time of capacity density (days)", ScaleType.LOG10, TickFormat.PLAIN,
                yMin / 1.25, yMax * 1.25, null);
        return new ChartSpec(CHART_ID, "How the density doubling time moves with the fit window",
                "Each point refits the envelope with one choice changed; bars: 95% bootstrap interval (only with 4+"
                        + " envelope points; hollow: fewer, no interval)",
                x, y, layers, List.of(), ChartText.footnote(List.of(XIAO_CITATION, QWEN_CITATION), List.of(), catalog),
                facts);
    }

    private static PointLayer sensitivityLayer(String id, String name, MarkerShape shape, List<DensitySensitivity.Row> rows) {
        List<DensitySensitivity.Row> drawn = rows.stream().filter(r -> r.doublingTimeDays() != null
                && Double.isFinite(r.doublingTimeDays()) && r.doublingTimeDays() > 0).toList();
        int n = drawn.size();
        double[] xs = new double[n];
        double[] ys = new double[n];
        double[] lo = new double[n];
        double[] hi = new double[n];
        boolean[] hollow = new boolean[n];
        String[] labels = new String[n];
        for (int i = 0; i < n; i++) {
            DensitySensitivity.Row r = drawn.get(i);
            xs[i] = java.time.LocalDate.parse(r.value()).toEpochDay();
            ys[i] = r.doublingTimeDays();
            lo[i] = r.ci95() == null ? Double.NaN : r.ci95()[0];
            hi[i] = r.ci95() == null || !Double.isFinite(r.ci95()[1]) ? Double.NaN : r.ci95()[1];
            hollow[i] = r.ci95() == null;
            labels[i] = String.format(Locale.ROOT, "%.0f d (n = %d)", r.doublingTimeDays(), r.envelopePoints());
        }
        return PointLayer.builder(id, xs, ys).name(name).colorKey(id).shape(shape).sizePx(8).labels(labels)
                .labelPriority(new int[n]).hollow(hollow).yErrors(lo, hi)
                .tooltip(i -> Tooltip.of(name + ": " + drawn.get(i).value(),
                        List.of(new Tooltip.Row("Result", rowText(drawn.get(i))))))
                .build();
    }

    private static String rowText(DensitySensitivity.Row r) {
        if (r.doublingTimeDays() == null) {
            return r.note();
        }
        String text = String.format(Locale.ROOT, "%.0f days", r.doublingTimeDays());
        if (r.ci95() != null) {
            text += String.format(Locale.ROOT, " (95%% CI %s–%s), R² = %.2f, n = %d", days(r.ci95()[0]),
                    days(r.ci95()[1]), r.r2(), r.envelopePoints());
        } else {
            text += " (n = " + r.envelopePoints() + ", no interval)";
        }
        return text;
    }

    /** "Doubling every 110 days (95% CI 80–160), R² = 0.87, n = 5 envelope points". */
    static String headline(EnvelopeStats s) {
        EnvelopeFit fit = s.fit();
        if (s.hasStatistics()) {
            return String.format(Locale.ROOT, "Doubling every %.0f days (95%% CI %s–%s), R² = %.2f, n = %d",
                    fit.doublingTimeDays(), days(s.ci95().low()), days(s.ci95().high()), fit.rSquared(), fit.n());
        }
        return String.format(Locale.ROOT, "Doubling every %.0f days (%s)", fit.doublingTimeDays(), s.note());
    }

    private static FunctionLayer envelopeLayer(String id, String color, LineStyle style, EnvelopeStats s, String label) {
        EnvelopeFit fit = s.fit();
        double first = fit.envelope().get(0).day();
        double last = fit.envelope().get(fit.n() - 1).day();
        return new FunctionLayer(id, label, color, style, 2, fit::densityAt, first, last, label);
    }

    /** Rings around the record setters the line is fitted to. */
    private static PointLayer envelopeRings(EnvelopeStats s) {
        List<DatedDensity> records = s.fit().envelope();
        int n = records.size();
        double[] xs = new double[n];
        double[] ys = new double[n];
        String[] ids = new String[n];
        boolean[] hollow = new boolean[n];
        for (int i = 0; i < n; i++) {
            xs[i] = records.get(i).day();
            ys[i] = records.get(i).density();
            ids[i] = records.get(i).id();
            hollow[i] = true;
        }
        return PointLayer.builder("envelope-points", xs, ys).name("Envelope (record setters, fitted)").colorKey("fit")
                .sizePx(14).pointIds(ids).hollow(hollow).build();
    }

    /** The paper's slope drawn through the centre of our envelope points, so the two slopes compare at a glance. */
    private static FunctionLayer paperLayer(EnvelopeStats s, DensitySettings settings) {
        EnvelopeFit fit = s.fit();
        double meanT = fit.envelope().stream().mapToDouble(DatedDensity::day).average().orElseThrow();
        double meanLn = fit.envelope().stream().mapToDouble(p -> Math.log(p.density())).average().orElseThrow();
        double slope = Math.log(2) / settings.preset().publishedDoublingDays();
        double first = fit.envelope().get(0).day();
        double last = fit.envelope().get(fit.n() - 1).day();
        String label = String.format(Locale.ROOT, "Paper: doubling every %.0f days (slope only)",
                settings.preset().publishedDoublingDays());
        // Named in the legend only: at the line's end its label landed on the newest models' labels.
        return new FunctionLayer("paper-slope", label, "reference", LineStyle.DOTTED, 1.5,
                t -> Math.exp(meanLn + slope * (t - meanT)), first, last, null);
    }

    private static PointLayer outsideLayer(List<OutsideRange> group, EffectiveParameterEstimator.Range range,
                                           String benchmarkName, String reference) {
        int n = group.size();
        double[] xs = new double[n];
        double[] ys = new double[n];
        String[] ids = new String[n];
        String[] labels = new String[n];
        boolean[] hollow = new boolean[n];
        for (int i = 0; i < n; i++) {
            OutsideRange o = group.get(i);
            xs[i] = o.model().releaseDate().toEpochDay();
            ys[i] = o.boundDensity();
            ids[i] = o.model().id();
            labels[i] = o.model().name() != null ? o.model().name() : o.model().id();
            hollow[i] = true;
        }
        boolean below = range == EffectiveParameterEstimator.Range.BELOW;
        String name = below ? "Below " + reference + "'s span (density < marker)"
                : "Above " + reference + "'s span (density > marker)";
        return PointLayer.builder(below ? "outside-below" : "outside-above", xs, ys).name(name).colorKey("text")
                .shape(below ? MarkerShape.TRIANGLE_DOWN : MarkerShape.TRIANGLE_UP).sizePx(8).pointIds(ids)
                .labels(labels).labelPriority(new int[n]).hollow(hollow)
                .tooltip(i -> outsideTooltip(group.get(i), benchmarkName, reference)).build();
    }

    private static List<String> facts(DensityTrend trend, DensitySettings settings, String benchmarkName) {
        List<String> facts = new ArrayList<>();
        EnvelopeStats main = trend.main();
        String window = window(main);
        if (main.hasTrend()) {
            facts.add("Ours (" + settings.preset().name().toLowerCase(Locale.ROOT) + " model set, " + window + ", "
                    + benchmarkName + "): " + headline(main) + "; " + main.points() + " models in the window.");
        } else {
            facts.add("No density trend over " + window + ": " + main.note() + ".");
        }
        facts.add("Published: " + settings.preset().publishedValue() + ".");
        if (trend.beforeSplit() != null) {
            facts.add("Before ChatGPT (≤ 2022-11-30): " + (trend.beforeSplit().hasTrend()
                    ? headline(trend.beforeSplit()) : trend.beforeSplit().note()) + ". After: "
                    + (trend.afterSplit().hasTrend() ? headline(trend.afterSplit()) : trend.afterSplit().note()) + ".");
        }
        facts.add("Densities are relative to " + trend.estimatorNote() + ".");
        if (!trend.outside().isEmpty()) {
            facts.add(trend.outside().size() + " model" + (trend.outside().size() == 1 ? "" : "s")
                    + " outside the reference's score span, drawn as hollow triangles at the bound and kept out of the fit: "
                    + names(trend.outside().stream().map(o -> o.model().id() + " ("
                    + o.range().name().toLowerCase(Locale.ROOT) + ")").toList()) + ".");
        }
        List<NoEstimate> none = trend.none();
        if (!none.isEmpty()) {
            facts.add(none.size() + " model" + (none.size() == 1 ? "" : "s") + " without a density: "
                    + names(none.stream().map(e -> e.modelId() + ": " + e.reason()).toList()) + ".");
        }
        return facts;
    }

    private static String window(EnvelopeStats s) {
        return (s.from() == null ? "any date" : s.from().toString()) + " to "
                + (s.to() == null ? "now" : s.to().toString());
    }

    private static String names(List<String> items) {
        if (items.size() <= MAX_NAMES) {
            return String.join("; ", items);
        }
        return String.join("; ", items.subList(0, MAX_NAMES)) + "; and " + (items.size() - MAX_NAMES) + " more";
    }

    private static String days(double value) {
        return Double.isFinite(value) ? ChartText.fixed(value, 0) : "∞";
    }

    static Tooltip tooltip(DensityEstimate e, String benchmarkName, String reference) {
        ModelRecord m = e.model();
        List<Tooltip.Row> rows = List.of(
                new Tooltip.Row("Organisation", m.organization() == null ? "unknown" : m.organization()),
                new Tooltip.Row("Release date", ChartText.date(e.releaseDate())),
                new Tooltip.Row("Parameters", ChartText.si(e.parameters()) + (m.isMixtureOfExperts() ? " active" : "")),
                new Tooltip.Row(benchmarkName + " score", ChartText.fixed(e.scorePercent(), 1) + "%"
                        + (e.estimated() ? " (estimated inputs)" : "")),
                new Tooltip.Row("Effective parameters", ChartText.si(e.effectiveParameters()) + " of " + reference),
                new Tooltip.Row("Capacity density", ratio(e.density()) + "× (" + reference + " = 1)"),
                new Tooltip.Row("Source", m.source() == null ? "unknown" : m.source()));
        return Tooltip.of(m.name() != null ? m.name() : m.id(), rows);
    }

    static Tooltip outsideTooltip(OutsideRange o, String benchmarkName, String reference) {
        ModelRecord m = o.model();
        boolean below = o.range() == EffectiveParameterEstimator.Range.BELOW;
        List<Tooltip.Row> rows = List.of(
                new Tooltip.Row("Release date", ChartText.date(m.releaseDate())),
                new Tooltip.Row("Parameters", ChartText.si(o.parameters()) + (m.isMixtureOfExperts() ? " active" : "")),
                new Tooltip.Row(benchmarkName + " score", ChartText.fixed(o.scorePercent(), 1) + "%"),
                new Tooltip.Row("Capacity density", (below ? "below " : "above ") + ratio(o.boundDensity()) + "×"),
                new Tooltip.Row("Why no estimate", "score " + (below ? "below" : "above") + " every " + reference
                        + " score: not extrapolated, not in the fit"));
        return Tooltip.of(m.name() != null ? m.name() : m.id(), rows);
    }

    /** A ratio as a plain number: 0.043, 0.52, 1.3, 12. */
    static String ratio(double value) {
        return value >= 10 ? ChartText.fixed(value, 0) : value >= 1 ? ChartText.fixed(value, 2)
                : String.format(Locale.ROOT, "%.2g", value);
    }
}

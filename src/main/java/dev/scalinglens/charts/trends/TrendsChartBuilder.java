package dev.scalinglens.charts.trends;

import dev.scalinglens.catalog.Catalog;
import dev.scalinglens.catalog.HardwareRecord;
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
import dev.scalinglens.plot.spec.ScaleType;
import dev.scalinglens.plot.spec.TickFormat;
import dev.scalinglens.plot.spec.Tooltip;
import dev.scalinglens.science.stats.Interval;
import dev.scalinglens.science.trends.GroupTrend;
import dev.scalinglens.science.trends.TrendAnalysis;
import dev.scalinglens.science.trends.TrendField;
import dev.scalinglens.science.trends.TrendFit;
import dev.scalinglens.science.trends.TrendGrouping;
import dev.scalinglens.science.trends.TrendOptions;
import dev.scalinglens.science.trends.TrendPoint;
import dev.scalinglens.science.trends.TrendResult;
import dev.scalinglens.science.trends.TrendText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Chart 5: any numeric catalog field against release date on a log axis, with log-linear fits and their
 * rate on the chart ("4.6× per year [4.2–5.0], doubling 5.5 months, R² 0.71, n 312"), the way Epoch AI's
 * data explorer draws its trends. Hover shows the value with unit and source and its distance from the trend.
 */
public final class TrendsChartBuilder implements ChartBuilder<TrendsSettings> {

    public static final String CHART_ID = "trends";
    static final String METHOD = "Least squares of log10(value) on decimal year; 90% interval from the slope's"
            + " standard error (t distribution), Epoch AI's convention";
    /** Above this many points only record setters get a label (the rest stay reachable by hover). */
    static final int LABEL_ALL_UP_TO = 150;
    private static final LineStyle[] GROUP_STYLES = {LineStyle.SOLID, LineStyle.DASHED, LineStyle.DOTTED};

    @Override
    public ChartSpec build(Catalog catalog, TrendsSettings settings) {
        TrendOptions requested = settings.toOptions();
        TrendOptions options = requested;
        TrendField field = requested.field();
        String fallback = null;
        if (settings.presetApplies() && settings.preset().sourcedOnly()) {
            long sourced = field.points(catalog, false).stream().filter(p -> requested.inWindow(p.date())).count();
            if (sourced >= 3) {
                options = options.withIncludeDerived(false);
            } else {
                fallback = "Fewer than 3 " + field.label().toLowerCase(Locale.ROOT) + " values stated by a source in"
                        + " the window (" + sourced + "), so C = 6ND estimates are fitted: import Epoch AI's Notable"
                        + " AI Models (import --format epoch-csv --domains all) for the published model set";
            }
        }
        TrendResult result = TrendAnalysis.run(catalog, options);
        Map<String, ModelRecord> models = new HashMap<>();
        catalog.models().forEach(m -> models.putIfAbsent(m.id(), m));
        Map<String, HardwareRecord> chips = new HashMap<>();
        catalog.hardware().forEach(h -> chips.putIfAbsent(h.id(), h));

        List<Layer> layers = new ArrayList<>();
        List<String> facts = new ArrayList<>();
        Map<String, TrendFit> fitOfGroup = new HashMap<>();
        result.groups().stream().filter(GroupTrend::hasFit).forEach(g -> fitOfGroup.put(g.name(), g.fit()));
        TrendFit mainFit = result.main().fit();

        // Fit lines first, so points draw over them.
        boolean grouped = options.grouping() != TrendGrouping.NONE;
        boolean comparing = settings.compareToLatest() && options.to() != null;
        if (comparing) {
            TrendOptions extended = options.withWindow(options.from(), null);
            GroupTrend wholeFit = TrendAnalysis.run(catalog, extended.withGrouping(TrendGrouping.NONE, null)).main();
            if (wholeFit.hasFit()) {
                String label = (options.from() == null ? "Every date" : options.from() + " on") + ": "
                        + TrendText.headline(wholeFit.fit());
                layers.add(fitLayer("fit-to-latest", label, "reference", LineStyle.DOTTED, 1.5, wholeFit.fit()));
                facts.add(label + (options.frontierOnly() ? " (record setters)" : "") + ".");
            }
        }
        if (mainFit != null) {
            String label = (grouped ? "All: " : "") + TrendText.headline(mainFit);
            layers.add(fitLayer("fit", label, "fit", grouped ? LineStyle.DASHED : LineStyle.SOLID, 2.5, mainFit));
            if (settings.preset().referencePerYear() > 0 && settings.presetApplies()) {
                layers.add(referenceLayer(mainFit, result.main().fitted(), settings.preset()));
            }
        }
        int g = 0;
        for (GroupTrend group : result.groups()) {
            if (group.hasFit()) {
                String color = options.grouping() == TrendGrouping.ORGANIZATION ? group.name() : "fit";
                LineStyle style = options.grouping() == TrendGrouping.ORGANIZATION ? LineStyle.SOLID
                        : GROUP_STYLES[(g + 2) % GROUP_STYLES.length];
                layers.add(fitLayer("fit-" + slug(group.name()), group.name() + ": " + TrendText.headline(group.fit()),
                        color, style, 2, group.fit()));
                g++;
            }
        }
        if (options.frontierOnly()) {
            layers.add(recordRings(result));
        }

        // Points: one layer per family (models) or vendor (hardware), hollow when estimated.
        Set<String> fittedIds = new HashSet<>();
        result.main().fitted().forEach(p -> fittedIds.add(p.id()));
        List<String> sourceKeys = new ArrayList<>();
        // With a window, draw the window (as Epoch's explorer does); comparing, from its start to the latest.
        TrendOptions drawnOptions = comparing ? options.withWindow(options.from(), null) : options;
        List<TrendPoint> drawn = result.points().stream().filter(p -> drawnOptions.inWindow(p.date())).toList();
        if (drawn.size() < result.points().size()) {
            facts.add((result.points().size() - drawn.size()) + " values outside the fit window are not drawn.");
        }
        boolean labelAll = drawn.size() <= LABEL_ALL_UP_TO;
        Set<String> frontierIds = new HashSet<>();
        TrendAnalysis.frontier(drawn, field.lowerIsBetter()).forEach(p -> frontierIds.add(p.id()));
        ModelPointLayers.Groups groups = ModelPointLayers.groups(catalog.models());
        Map<String, List<TrendPoint>> byColour = new TreeMap<>(field.isHardware()
                ? java.util.Comparator.<String>naturalOrder() : groups.order());
        for (TrendPoint p : drawn) {
            String key = field.isHardware() ? vendor(chips.get(p.id())) : groups.seriesOf(models.get(p.id()));
            byColour.computeIfAbsent(key, k -> new ArrayList<>()).add(p);
            sourceKeys.add(p.source());
        }
        for (Map.Entry<String, List<TrendPoint>> e : byColour.entrySet()) {
            java.util.function.Function<TrendPoint, Tooltip> tip = p -> tooltip(p, source(p.source(), catalog), field,
                    fitOfGroup.getOrDefault(p.group(), mainFit), fittedIds.contains(p.id()),
                    models.get(p.id()), chips.get(p.id()));
            if (field.isHardware()) {
                layers.add(hardwareLayer(e.getKey(), e.getValue(), frontierIds, tip));
            } else {
                PointLayer layer = ModelPointLayers.of(e.getKey(), groups, e.getValue(), p -> models.get(p.id()),
                        p -> p.date().toEpochDay(), TrendPoint::value, p -> frontierIds.contains(p.id()) ? 2 : 1,
                        TrendPoint::estimated, tip);
                layers.add(labelAll ? layer : recordLabelsOnly(layer, frontierIds));
            }
        }

        facts.addAll(0, facts(result, settings));
        if (fallback != null) {
            facts.add(fallback + ".");
        } else if (!options.includeDerived()) {
            facts.add("Only values a source states are fitted (C = 6ND estimates left out).");
        }
        AxisSpec x = AxisSpec.auto("Release date", ScaleType.TIME, TickFormat.DATE);
        AxisSpec y = AxisSpec.auto(field.label() + " (" + field.unit() + ", log scale)", ScaleType.LOG10,
                tickFormat(field));
        String title = field.label() + " over time";
        String subtitle = (mainFit != null ? TrendText.headline(mainFit) + ". " : "") + subtitle(options, settings);
        if (settings.presetApplies() && settings.preset().caveat() != null) {
            subtitle = subtitle + ". " + settings.preset().caveat();
            facts.add(settings.preset().caveat() + ".");
        }
        List<String> citations = new ArrayList<>();
        if (settings.presetApplies() && settings.preset().referenceText() != null) {
            citations.add(settings.preset().referenceText());
        }
        citations.add("method: Epoch AI, Trends in machine learning (epoch.ai/trends)");
        return new ChartSpec(CHART_ID, title, subtitle, x, y, layers, List.of(),
                ChartText.footnote(citations, sourceKeys, catalog), facts);
    }

    private static String subtitle(TrendOptions o, TrendsSettings s) {
        StringBuilder sb = new StringBuilder();
        sb.append(o.frontierOnly() ? "Record setters only (each beats every earlier value)" : "Every "
                + (o.field().isHardware() ? "accelerator" : "model") + " with a value");
        sb.append(", fitted ").append(window(o)).append("; ");
        if (o.grouping() != TrendGrouping.NONE) {
            sb.append("fits by ").append(switch (o.grouping()) {
                case ORGANIZATION -> o.field().isHardware() ? "vendor" : "organisation (largest groups)";
                case OPEN_WEIGHTS -> "open or closed weights";
                case ERA -> "era, split at " + o.splitDate();
                default -> "";
            }).append("; ");
        }
        sb.append("hollow: estimated value; 90% interval from the slope's standard error");
        if (o.bootstrapReplicates() > 0) {
            sb.append(" (bootstrap interval in the key facts)");
        }
        return sb.toString();
    }

    private static String window(TrendOptions o) {
        if (o.from() == null && o.to() == null) {
            return "over every date";
        }
        return (o.from() == null ? "up to " : "from " + o.from() + (o.to() == null ? " on" : " to "))
                + (o.to() == null ? "" : o.to().toString());
    }

    private static List<String> facts(TrendResult result, TrendsSettings settings) {
        List<String> facts = new ArrayList<>();
        TrendOptions o = result.options();
        GroupTrend main = result.main();
        String what = o.field().label() + (o.frontierOnly() ? " (record setters)" : "") + ", " + window(o);
        if (main.hasFit()) {
            facts.add(what + ": " + TrendText.headline(main.fit()) + ".");
            Interval boot = main.fit().perYearBootstrap90();
            if (boot != null) {
                facts.add("Bootstrap 90% interval (" + o.bootstrapReplicates() + " resamples): "
                        + TrendText.bare(boot.low()) + "–" + TrendText.bare(boot.high()) + "× per year.");
            }
        } else {
            facts.add("No trend for " + what + ": " + main.note() + ".");
        }
        if (settings.presetApplies() && settings.preset().referenceText() != null) {
            facts.add("Published: " + settings.preset().referenceText() + ".");
        }
        for (GroupTrend g : result.groups()) {
            facts.add(g.name() + ": " + (g.hasFit() ? TrendText.headline(g.fit()) : g.note()
                    + " (" + g.fitted().size() + " values)") + ".");
        }
        long estimated = main.fitted().stream().filter(TrendPoint::estimated).count();
        if (estimated > 0) {
            facts.add(estimated + " of the " + main.fitted().size() + " fitted values are estimates (hollow).");
        }
        return facts;
    }

    private static FunctionLayer fitLayer(String id, String label, String color, LineStyle style, double width,
                                          TrendFit fit) {
        return new FunctionLayer(id, label, color, style, width, fit::valueAt, fit.firstDay(), fit.lastDay(), label);
    }

    /** The published rate's slope drawn through the centre of the fitted points, to compare slopes at a glance. */
    private static FunctionLayer referenceLayer(TrendFit fit, List<TrendPoint> fitted, TrendPreset preset) {
        double meanDay = fitted.stream().mapToDouble(p -> p.date().toEpochDay()).average().orElseThrow();
        double meanLog = fitted.stream().mapToDouble(p -> Math.log10(p.value())).average().orElseThrow();
        double slope = Math.log10(preset.referencePerYear()) / TrendFit.DAYS_PER_YEAR;
        String label = "Talk: " + TrendText.bare(preset.referencePerYear()) + "× per year (slope only)";
        return new FunctionLayer("reference-rate", label, "reference", LineStyle.DASHED, 1.5,
                t -> Math.pow(10, meanLog + slope * (t - meanDay)), fit.firstDay(), fit.lastDay(), label);
    }

    private static PointLayer recordRings(TrendResult result) {
        List<TrendPoint> records = result.groups().isEmpty() ? result.main().fitted()
                : result.groups().stream().flatMap(g -> g.fitted().stream()).toList();
        int n = records.size();
        double[] xs = new double[n];
        double[] ys = new double[n];
        String[] ids = new String[n];
        boolean[] hollow = new boolean[n];
        for (int i = 0; i < n; i++) {
            xs[i] = records.get(i).date().toEpochDay();
            ys[i] = records.get(i).value();
            ids[i] = records.get(i).id();
            hollow[i] = true;
        }
        return PointLayer.builder("record-setters", xs, ys).name("Record setters (fitted)").colorKey("fit").sizePx(14)
                .pointIds(ids).hollow(hollow).build();
    }

    private static PointLayer recordLabelsOnly(PointLayer l, Set<String> frontierIds) {
        String[] labels = l.labels().clone();
        for (int i = 0; i < labels.length; i++) {
            if (!frontierIds.contains(l.pointIds()[i])) {
                labels[i] = null;
            }
        }
        return l.toBuilder().labels(labels).build();
    }

    private static PointLayer hardwareLayer(String vendor, List<TrendPoint> members, Set<String> frontierIds,
                                            java.util.function.Function<TrendPoint, Tooltip> tooltip) {
        int n = members.size();
        double[] xs = new double[n];
        double[] ys = new double[n];
        String[] ids = new String[n];
        String[] labels = new String[n];
        int[] priority = new int[n];
        boolean[] hollow = new boolean[n];
        for (int i = 0; i < n; i++) {
            TrendPoint p = members.get(i);
            xs[i] = p.date().toEpochDay();
            ys[i] = p.value();
            ids[i] = p.id();
            labels[i] = p.name();
            priority[i] = frontierIds.contains(p.id()) ? 2 : 1;
            hollow[i] = p.estimated();
        }
        List<TrendPoint> frozen = List.copyOf(members);
        return PointLayer.builder("vendor-" + slug(vendor), xs, ys).name(vendor).colorKey(vendor)
                .shape(MarkerShape.SQUARE).sizePx(8).pointIds(ids).labels(labels).labelPriority(priority)
                .hollow(hollow).tooltip(i -> tooltip.apply(frozen.get(i))).build();
    }

    /** "hoffmann2022 (Hoffmann et al. 2022. Training Compute-Optimal ...)": the key with its citation's start. */
    static String source(String key, Catalog catalog) {
        if (key == null) {
            return "unknown";
        }
        var known = catalog.sources().get(key);
        if (known == null || known.citation() == null || known.citation().isBlank()) {
            return key;
        }
        String citation = known.citation().strip();
        return key + " (" + (citation.length() > 70 ? citation.substring(0, 69).strip() + "…" : citation) + ")";
    }

    static Tooltip tooltip(TrendPoint p, String source, TrendField field, TrendFit fit, boolean fitted, ModelRecord model,
                           HardwareRecord chip) {
        List<Tooltip.Row> rows = new ArrayList<>();
        if (model != null) {
            rows.add(new Tooltip.Row("Organisation", model.organization() == null ? "unknown" : model.organization()));
        } else if (chip != null) {
            rows.add(new Tooltip.Row("Vendor", vendor(chip)));
        }
        rows.add(new Tooltip.Row("Release date", ChartText.date(p.date())));
        rows.add(new Tooltip.Row(field.label(), value(p.value(), field) + (p.estimated() ? " (estimated)" : "")));
        if (p.note() != null) {
            rows.add(new Tooltip.Row("How", p.note()));
        }
        rows.add(new Tooltip.Row("Source", source));
        if (fit != null) {
            String distance = TrendText.distance(fit.ratioToTrend(p.date().toEpochDay(), p.value()));
            rows.add(new Tooltip.Row("Trend", distance + (fitted ? "" : " (not fitted: outside the window or set)")));
        }
        if (!"All".equals(p.group())) {
            rows.add(new Tooltip.Row("Group", p.group()));
        }
        return Tooltip.of(p.name(), rows);
    }

    /** "175B parameters", "3.1e23 FLOP", "3.35 TB/s". */
    static String value(double v, TrendField field) {
        return switch (field) {
            case PARAMETERS, ACTIVE_PARAMETERS, TRAINING_TOKENS, CONTEXT_LENGTH -> ChartText.si(v) + " " + field.unit();
            case TRAINING_COMPUTE -> ChartText.scientific(v) + " " + field.unit();
            default -> (v >= 100 ? ChartText.fixed(v, 0) : v >= 10 ? ChartText.fixed(v, 1)
                    : String.format(Locale.ROOT, "%.3g", v)) + " " + field.unit();
        };
    }

    private static TickFormat tickFormat(TrendField field) {
        return switch (field) {
            case PARAMETERS, ACTIVE_PARAMETERS, TRAINING_TOKENS, CONTEXT_LENGTH -> TickFormat.SI;
            case TRAINING_COMPUTE -> TickFormat.POWER_OF_TEN;
            default -> TickFormat.AUTO;
        };
    }

    private static String vendor(HardwareRecord h) {
        return h == null || h.vendor() == null || h.vendor().isBlank() ? "Other" : h.vendor();
    }

    private static String slug(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }
}

package dev.scalinglens.charts.layerloss;

import dev.scalinglens.catalog.Catalog;
import dev.scalinglens.catalog.Experiment;
import dev.scalinglens.catalog.Source;
import dev.scalinglens.charts.ChartBuilder;
import dev.scalinglens.plot.spec.Annotation;
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

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Chart 3: a sweep's y (validation loss) against x (the layer a module is inserted at), with the
 * baselines as rules, the ablation variants as a labelled group of markers right of the sweep, and the
 * best (lowest) point called out. Draws any catalog experiment; lower y is taken as better.
 */
public final class LayerLossChartBuilder implements ChartBuilder<LayerLossSettings> {

    public static final String CHART_ID = "layer-loss";
    /** Variants sit one x unit apart, starting this far right of the last sweep point. */
    private static final double VARIANT_OFFSET = 1.5;

    @Override
    public ChartSpec build(Catalog catalog, LayerLossSettings settings) {
        Experiment experiment = catalog.experiment(settings.experimentId()).orElseThrow(() ->
                new IllegalArgumentException("no experiment '" + settings.experimentId() + "' in the catalog"
                        + available(catalog)));
        List<Layer> layers = new ArrayList<>();
        List<Double> allY = new ArrayList<>();
        double lastX = Double.NEGATIVE_INFINITY;
        double firstX = Double.POSITIVE_INFINITY;
        Experiment.Point best = null;
        String bestSeries = null;
        Experiment.ReferenceLine baseline = experiment.referenceLines().stream()
                .max((a, b) -> Double.compare(a.y(), b.y())).orElse(null);

        dev.scalinglens.charts.SeriesColors seriesColors = dev.scalinglens.charts.SeriesColors.ordered(
                experiment.series().stream().map(Experiment.Series::name).toList());
        for (int s = 0; s < experiment.series().size(); s++) {
            Experiment.Series series = experiment.series().get(s);
            List<Experiment.Point> points = series.points().stream()
                    .sorted((a, b) -> Double.compare(a.x(), b.x())).toList();
            if (points.isEmpty()) {
                continue;
            }
            double[] x = points.stream().mapToDouble(Experiment.Point::x).toArray();
            double[] y = points.stream().mapToDouble(Experiment.Point::y).toArray();
            boolean[] hollow = new boolean[x.length];
            String[] ids = new String[x.length];
            for (int i = 0; i < x.length; i++) {
                hollow[i] = points.get(i).estimated();
                ids[i] = "series-" + s + ":" + fmtX(x[i]);
                allY.add(y[i]);
                if (best == null || y[i] < best.y()) {
                    best = points.get(i);
                    bestSeries = series.name();
                }
            }
            firstX = Math.min(firstX, x[0]);
            lastX = Math.max(lastX, x[x.length - 1]);
            String colorKey = seriesColors.colorKey(series.name());
            layers.add(new LineLayer("series-" + s, series.name(), colorKey, LineStyle.SOLID, 2, x, y, null));
            layers.add(PointLayer.builder("series-" + s + "-points", x, y).colorKey(colorKey)
                    .shape(seriesColors.shape(series.name())).pointIds(ids).hollow(hollow)
                    .tooltip(i -> pointTooltip(experiment, series.name(), points.get(i), baseline)).build());
        }

        if (settings.showReferenceLines()) {
            for (int r = 0; r < experiment.referenceLines().size(); r++) {
                Experiment.ReferenceLine line = experiment.referenceLines().get(r);
                allY.add(line.y());
                layers.add(new RuleLayer("reference-" + r, line.label(), "reference", LineStyle.DASHED, 1.5,
                        RuleLayer.Orientation.HORIZONTAL, line.y(), line.label() + " (" + fmtY(line.y()) + ")"));
            }
        }

        double xMax = Double.isFinite(lastX) ? lastX + 0.5 : 1;
        List<Experiment.Variant> variants = settings.showVariants() ? experiment.variants() : List.of();
        if (!variants.isEmpty()) {
            double start = (Double.isFinite(lastX) ? lastX : 0) + VARIANT_OFFSET;
            int n = variants.size();
            double[] x = new double[n];
            double[] y = new double[n];
            String[] labels = new String[n];
            String[] ids = new String[n];
            for (int i = 0; i < n; i++) {
                x[i] = start + i;
                y[i] = variants.get(i).y();
                labels[i] = variants.get(i).label();
                ids[i] = "variant:" + variants.get(i).label();
                allY.add(y[i]);
            }
            Experiment.Point bestPoint = best;
            layers.add(new RuleLayer("variants-separator", null, "subtext", LineStyle.DOTTED, 1,
                    RuleLayer.Orientation.VERTICAL, start - 0.75, "Ablations"));
            layers.add(PointLayer.builder("variants", x, y).name("Ablation variants").colorKey("variant")
                    .shape(MarkerShape.DIAMOND).sizePx(8).pointIds(ids).labels(labels)
                    .tooltip(i -> variantTooltip(experiment, variants.get(i), bestPoint, baseline)).build());
            xMax = x[n - 1] + 0.5;
        }

        double xMin = Double.isFinite(firstX) ? firstX - 0.5 : 0;
        // Layer ticks stop at the sweep's last layer: the variants to its right have no layer.
        AxisSpec xAxis = new AxisSpec(orDefault(experiment.xLabel(), "x"), ScaleType.LINEAR, TickFormat.PLAIN,
                xMin, xMax, null, variants.isEmpty() || !Double.isFinite(lastX) ? Double.NaN : lastX);
        AxisSpec yAxis = new AxisSpec(orDefault(experiment.yLabel(), "y"), ScaleType.LINEAR, TickFormat.PLAIN,
                Double.NaN, Double.NaN,
                settings.brokenYAxis() ? YAxisBreaks.largestGap(allY.stream().mapToDouble(d -> d).toArray()) : null);

        List<Annotation> annotations = new ArrayList<>();
        List<String> keyFacts = new ArrayList<>();
        if (best != null) {
            String text = "Best: layer " + fmtX(best.x()) + ", loss " + fmtY(best.y());
            // below-right of the minimum, where a loss curve leaves room
            annotations.add(Annotation.callout(best.x(), best.y(), text, 40, 36));
            keyFacts.add(text + (experiment.series().size() > 1 ? " (" + bestSeries + ")" : "") + ".");
            if (baseline != null) {
                keyFacts.add("Best layer is " + fmtY(baseline.y() - best.y()) + " below " + baseline.label()
                        + " (" + fmtY(baseline.y()) + ").");
            }
        }
        variants.stream().min((a, b) -> Double.compare(a.y(), b.y())).ifPresent(v ->
                keyFacts.add("Lowest ablation variant: " + v.label() + ", loss " + fmtY(v.y()) + "."));

        return new ChartSpec(CHART_ID, orDefault(experiment.name(), experiment.id()),
                "Validation loss by insertion layer" + (variants.isEmpty() ? "" : "; ablation variants at right"),
                xAxis, yAxis, layers, annotations, footnote(catalog, experiment), keyFacts);
    }

    private static Tooltip pointTooltip(Experiment e, String series, Experiment.Point p,
                                        Experiment.ReferenceLine baseline) {
        List<Tooltip.Row> rows = new ArrayList<>();
        rows.add(new Tooltip.Row(orDefault(e.xLabel(), "x"), fmtX(p.x())));
        rows.add(new Tooltip.Row(orDefault(e.yLabel(), "y"), fmtY(p.y())));
        if (baseline != null) {
            rows.add(new Tooltip.Row("vs " + baseline.label(), signed(p.y() - baseline.y())));
        }
        if (p.estimated()) {
            rows.add(new Tooltip.Row("Value", "read from the published figure (estimated)"));
        }
        rows.add(new Tooltip.Row("Source", orDefault(e.source(), "—")));
        return Tooltip.of(series, rows);
    }

    private static Tooltip variantTooltip(Experiment e, Experiment.Variant v, Experiment.Point best,
                                          Experiment.ReferenceLine baseline) {
        List<Tooltip.Row> rows = new ArrayList<>();
        rows.add(new Tooltip.Row(orDefault(e.yLabel(), "y"), fmtY(v.y())));
        if (best != null) {
            rows.add(new Tooltip.Row("vs best layer", signed(v.y() - best.y())));
        }
        if (baseline != null) {
            rows.add(new Tooltip.Row("vs " + baseline.label(), signed(v.y() - baseline.y())));
        }
        rows.add(new Tooltip.Row("Source", orDefault(v.source(), orDefault(e.source(), "—"))));
        return Tooltip.of(v.label(), rows);
    }

    private static String footnote(Catalog catalog, Experiment e) {
        Source source = e.source() == null ? null : catalog.sources().get(e.source());
        String cite = source != null && source.citation() != null ? source.citation() : orDefault(e.source(), "");
        boolean estimated = e.series().stream().flatMap(s -> s.points().stream()).anyMatch(Experiment.Point::estimated);
        return "Source: " + cite + (estimated ? ". Hollow markers: values read from the figure." : "");
    }

    private static String available(Catalog catalog) {
        if (catalog.experiments().isEmpty()) {
            return " (it has none)";
        }
        return "; available: " + catalog.experiments().stream().map(Experiment::id).collect(Collectors.joining(", "));
    }

    private static String orDefault(String s, String d) {
        return s == null || s.isBlank() ? d : s;
    }

    static String fmtY(double y) {
        return String.format(Locale.ROOT, "%.4f", y);
    }

    private static String signed(double d) {
        return String.format(Locale.ROOT, "%+.4f", d);
    }

    static String fmtX(double x) {
        return x == Math.rint(x) ? String.valueOf((long) x) : String.format(Locale.ROOT, "%.2f", x);
    }
}

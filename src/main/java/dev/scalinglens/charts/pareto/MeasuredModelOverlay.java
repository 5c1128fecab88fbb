package dev.scalinglens.charts.pareto;

import dev.scalinglens.catalog.Catalog;
import dev.scalinglens.catalog.HardwareRecord;
import dev.scalinglens.catalog.InferenceRun;
import dev.scalinglens.catalog.Quantity;
import dev.scalinglens.charts.pareto.ParetoSettings.LatencyStatistic;
import dev.scalinglens.charts.pareto.ParetoSettings.TokenKind;
import dev.scalinglens.charts.pareto.ParetoSettings.XMetric;
import dev.scalinglens.plot.spec.Layer;
import dev.scalinglens.plot.spec.LineLayer;
import dev.scalinglens.plot.spec.LineStyle;
import dev.scalinglens.science.decode.CalibrationReport;
import dev.scalinglens.science.decode.DecodeObservation;
import dev.scalinglens.science.pareto.ParetoFrontier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The calibrated decode model on the measured chart: its fits per configuration and its dashed prediction. */
final class MeasuredModelOverlay {

    private MeasuredModelOverlay() {
    }

    /** The last catalog and model fitted: changing axes, metric or scenario does not refit. */
    private static final Object CACHE_LOCK = new Object();
    private static Catalog cachedCatalog;
    private static String cachedModel;
    private static Map<String, CalibrationReport.FittedGroup> cachedFits;

    /** Calibrated fits of every group, keyed like {@link MeasuredRuns#configKey}; empty when none can be made. */
    static Map<String, CalibrationReport.FittedGroup> fits(Catalog catalog, ParetoSettings s) {
        synchronized (CACHE_LOCK) {
            if (catalog == cachedCatalog && s.modelId().equals(cachedModel)) {
                return cachedFits;
            }
        }
        Map<String, CalibrationReport.FittedGroup> fits = computeFits(catalog, s);
        synchronized (CACHE_LOCK) {
            cachedCatalog = catalog;
            cachedModel = s.modelId();
            cachedFits = fits;
        }
        return fits;
    }

    private static Map<String, CalibrationReport.FittedGroup> computeFits(Catalog catalog, ParetoSettings s) {
        DecodeObservation.Selection sel = DecodeObservation.select(catalog);
        List<DecodeObservation> mine = sel.observations().stream()
                .filter(o -> s.modelId().equals(o.run().model())).toList();
        return mine.isEmpty() ? Map.of() : Map.copyOf(CalibrationReport.fit(mine));
    }

    /** The model's prediction for the same runs, only where it predicts what the axes show. */
    static Layer modelLayer(String key, String colorKey, List<InferenceRun> runs, CalibrationReport.FittedGroup fit,
            ParetoSettings s, HardwareRecord hw) {
        if (fit == null || s.xMetric() != XMetric.INTERACTIVITY || s.percentile() != LatencyStatistic.MEDIAN
                || s.tokens() != TokenKind.OUTPUT) {
            return null;
        }
        Map<String, DecodeObservation> byId = new HashMap<>();
        fit.points().forEach(o -> byId.put(o.run().id(), o));
        double power = hw == null ? Double.NaN : MeasuredRuns.allInOrTdp(hw);
        double price = s.pricePerGpuHourUsd() > 0 ? s.pricePerGpuHourUsd()
                : hw == null ? Double.NaN : Quantity.valueOrNaN(hw.pricePerGpuHourUsd());
        List<double[]> pts = new ArrayList<>();
        for (InferenceRun r : runs) {
            DecodeObservation o = byId.get(r.id());
            if (o != null) {
                pts.add(new double[] {fit.fit().interactivity(o),
                        s.yMetric().of(fit.fit().throughputPerGpu(o), power, price)});
            }
        }
        if (pts.size() < 2) {
            return null;
        }
        double[] x = pts.stream().mapToDouble(p -> p[0]).toArray();
        double[] y = pts.stream().mapToDouble(p -> p[1]).toArray();
        int[] f = ParetoFrontier.indices(x, y, s.yMetric().goal());
        if (f.length < 2) {
            return null;
        }
        return new LineLayer("model-" + key, null, colorKey, LineStyle.DASHED, 1.5,
                Arrays.stream(f).mapToDouble(i -> x[i]).toArray(), Arrays.stream(f).mapToDouble(i -> y[i]).toArray(),
                null);
    }
}

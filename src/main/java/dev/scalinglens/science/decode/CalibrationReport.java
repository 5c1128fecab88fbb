package dev.scalinglens.science.decode;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.scalinglens.catalog.Catalog;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The calibrated decode model's error against measured runs, cross-validated by leaving one measured
 * run out of its group's fit and predicting it; plus, per group, how many measured runs sit above the
 * uncalibrated roofline bound (none may without speculative decoding).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CalibrationReport(List<Group> groups, Overall overall) {

    /** One model × hardware × framework × precision × speculative-decoding group. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Group(String model, String hardware, String framework, String precision,
            String speculativeDecoding, int points, int boundViolations, Double medianAbsErrorInteractivityPct,
            Double medianAbsErrorThroughputPct, boolean crossValidated,
            double uncalibratedMedianAbsErrorInteractivityPct, double uncalibratedMedianAbsErrorThroughputPct,
            double achievedBandwidthFraction, double achievedComputeFraction, double communicationFactor,
            double stepOverheadMs, Double acceptedTokensPerStep, double prefillStepsPerInputToken, String note) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Overall(int groups, int points, int crossValidatedPoints, Double medianAbsErrorInteractivityPct,
            Double medianAbsErrorThroughputPct, boolean crossValidated, int boundViolations,
            int boundViolationsSpeculative, Double uncalibratedMedianAbsErrorInteractivityPct,
            Double uncalibratedMedianAbsErrorThroughputPct, Map<String, Integer> skippedRuns, String method) {
    }

    /** A fitted group and its predictions, for the chart's badges and curves. */
    public record FittedGroup(String key, DecodeCalibration.Fit fit, List<DecodeObservation> points,
            double cvErrorInteractivityPct, double cvErrorThroughputPct, boolean crossValidated,
            double[] pointErrorsInteractivityPct, double[] pointErrorsThroughputPct) {
    }

    /** Groups larger than this are cross-validated in {@value #FOLDS} folds instead of one run at a time. */
    public static final int LEAVE_ONE_OUT_LIMIT = 200;
    static final int FOLDS = 10;

    public static CalibrationReport of(Catalog catalog) {
        return of(DecodeObservation.select(catalog));
    }

    public static CalibrationReport of(DecodeObservation.Selection selection) {
        List<Group> groups = new ArrayList<>();
        List<Double> allInter = new ArrayList<>();
        List<Double> allThr = new ArrayList<>();
        List<Double> rawInter = new ArrayList<>();
        List<Double> rawThr = new ArrayList<>();
        int violations = 0;
        int specViolations = 0;
        int cvPoints = 0;
        for (FittedGroup fg : fit(selection.observations()).values()) {
            List<DecodeObservation> pts = fg.points();
            DecodeObservation first = pts.get(0);
            int bound = 0;
            double[] ui = new double[pts.size()];
            double[] ut = new double[pts.size()];
            for (int i = 0; i < pts.size(); i++) {
                DecodeObservation o = pts.get(i);
                // a relative tolerance for rounding in the source's numbers
                if (o.measuredInteractivity() > o.boundInteractivity() * (1 + 1e-6)
                        || o.measuredThroughputPerGpu() > o.boundThroughputPerGpu() * (1 + 1e-6)) {
                    bound++;
                }
                ui[i] = pct(o.boundInteractivity(), o.measuredInteractivity());
                ut[i] = pct(o.boundThroughputPerGpu(), o.measuredThroughputPerGpu());
                rawInter.add(ui[i]);
                rawThr.add(ut[i]);
            }
            if (first.speculative()) {
                specViolations += bound;
            } else {
                violations += bound;
            }
            if (fg.crossValidated()) {
                cvPoints += pts.size();
                for (double v : fg.pointErrorsInteractivityPct()) {
                    allInter.add(v);
                }
                for (double v : fg.pointErrorsThroughputPct()) {
                    allThr.add(v);
                }
            }
            DecodeCalibration.Fit f = fg.fit();
            String note = null;
            if (first.speculative() && f.acceptedTokensPerStep() == 1.0) {
                note = "no runs without speculative decoding in this configuration: accepted tokens per step are"
                        + " not separable from the efficiency terms and are folded into them";
            } else if (!fg.crossValidated()) {
                note = "fewer than " + DecodeCalibration.MIN_POINTS + " runs: errors are in-sample, not cross-validated";
            }
            groups.add(new Group(first.run().model(), first.run().hardware(), first.run().framework(),
                    DecodeObservation.precision(first.run().precision()).label(),
                    first.speculative() ? first.run().speculativeDecoding() : "none", pts.size(), bound,
                    round(fg.cvErrorInteractivityPct()), round(fg.cvErrorThroughputPct()), fg.crossValidated(),
                    round(DecodeCalibration.median(ui)), round(DecodeCalibration.median(ut)),
                    round3(1 / f.a()), round3(1 / f.b()), round3(f.c()), round3(f.stepOverheadSeconds() * 1e3),
                    first.speculative() && f.acceptedTokensPerStep() > 1.0 ? round3(f.acceptedTokensPerStep()) : null,
                    round3(f.prefillStepsPerInputToken()), note));
        }
        Overall overall = new Overall(groups.size(), selection.observations().size(), cvPoints,
                round(median(allInter)), round(median(allThr)), true, violations, specViolations,
                round(median(rawInter)), round(median(rawThr)), selection.skipped(),
                "TPOT = (a*memory + b*compute + c*communication + t0) / accepted; throughput by Little's law with"
                        + " TTFT = p*input*TPOT; fitted per group; errors: median |predicted/measured - 1| over runs,"
                        + " each predicted by a fit leaving it out (groups of at least " + DecodeCalibration.MIN_POINTS
                        + " runs; groups over " + LEAVE_ONE_OUT_LIMIT + " runs: " + FOLDS + "-fold)");
        return new CalibrationReport(groups, overall);
    }

    /**
     * Fits every group on all its runs and cross-validates it. Speculative groups whose configuration
     * also has runs without speculation keep those runs' efficiency terms and fit only accepted tokens.
     */
    public static Map<String, FittedGroup> fit(List<DecodeObservation> observations) {
        Map<String, List<DecodeObservation>> groups = DecodeCalibration.groups(observations);
        Map<String, DecodeCalibration.Fit> baseFits = new HashMap<>();
        Map<String, FittedGroup> out = new LinkedHashMap<>();
        for (var e : groups.entrySet()) {
            if (!e.getValue().get(0).speculative()) {
                baseFits.put(baseKey(e.getKey()), DecodeCalibration.fit(e.getValue()));
            }
        }
        for (var e : groups.entrySet()) {
            List<DecodeObservation> pts = e.getValue();
            boolean spec = pts.get(0).speculative();
            DecodeCalibration.Fit base = spec ? baseFits.get(baseKey(e.getKey())) : null;
            DecodeCalibration.Fit full = base != null ? DecodeCalibration.fitSpeculative(base, pts)
                    : DecodeCalibration.fit(pts);
            boolean cv = pts.size() >= DecodeCalibration.MIN_POINTS;
            double[] pi = new double[pts.size()];
            double[] pt = new double[pts.size()];
            if (cv) {
                int n = pts.size();
                int folds = n <= LEAVE_ONE_OUT_LIMIT ? n : FOLDS;
                for (int fold = 0; fold < folds; fold++) {
                    List<DecodeObservation> rest = new ArrayList<>();
                    List<Integer> held = new ArrayList<>();
                    for (int i = 0; i < n; i++) {
                        if (i % folds == fold) {
                            held.add(i);
                        } else {
                            rest.add(pts.get(i));
                        }
                    }
                    DecodeCalibration.Fit f = base != null ? DecodeCalibration.fitSpeculative(base, rest)
                            : DecodeCalibration.fit(rest);
                    for (int i : held) {
                        pi[i] = pct(f.interactivity(pts.get(i)), pts.get(i).measuredInteractivity());
                        pt[i] = pct(f.throughputPerGpu(pts.get(i)), pts.get(i).measuredThroughputPerGpu());
                    }
                }
            } else {
                for (int i = 0; i < pts.size(); i++) {
                    pi[i] = pct(full.interactivity(pts.get(i)), pts.get(i).measuredInteractivity());
                    pt[i] = pct(full.throughputPerGpu(pts.get(i)), pts.get(i).measuredThroughputPerGpu());
                }
            }
            double ei = DecodeCalibration.median(pi);
            double et = DecodeCalibration.median(pt);
            out.put(e.getKey(), new FittedGroup(e.getKey(), full, pts, ei, et, cv, pi, pt));
        }
        return out;
    }

    private static String baseKey(String key) {
        return key.substring(0, key.lastIndexOf('|'));
    }

    static double pct(double predicted, double measured) {
        return Math.abs(predicted / measured - 1) * 100;
    }

    private static double median(List<Double> v) {
        return DecodeCalibration.median(v.stream().mapToDouble(Double::doubleValue).toArray());
    }

    private static Double round(double v) {
        return Double.isNaN(v) ? null : Math.round(v * 10) / 10.0;
    }

    private static double round3(double v) {
        if (v == 0 || !Double.isFinite(v)) {
            return v;
        }
        double scale = Math.pow(10, 2 - Math.floor(Math.log10(Math.abs(v))));
        return Math.round(v * scale) / scale;
    }
}

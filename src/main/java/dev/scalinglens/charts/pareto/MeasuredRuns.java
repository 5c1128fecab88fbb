package dev.scalinglens.charts.pareto;

import dev.scalinglens.catalog.HardwareRecord;
import dev.scalinglens.catalog.InferenceRun;
import dev.scalinglens.catalog.Quantity;
import dev.scalinglens.catalog.RunLatency;
import dev.scalinglens.charts.pareto.ParetoSettings.LatencyStatistic;
import dev.scalinglens.charts.pareto.ParetoSettings.SlaKind;
import dev.scalinglens.charts.pareto.ParetoSettings.TokenKind;
import dev.scalinglens.charts.pareto.ParetoSettings.XMetric;
import java.util.Locale;

/** What the measured decode chart reads from a run: its configuration, x, y inputs, SLA and power. */
final class MeasuredRuns {

    private MeasuredRuns() {
    }

    /** The configuration a run belongs to (model, hardware, framework, precision, speculative decoding). */
    static String configKey(InferenceRun r) {
        String spec = r.usesSpeculativeDecoding() ? r.speculativeDecoding().toLowerCase(Locale.ROOT) : "none";
        var p = DecodeObservationKeys.precision(r.precision());
        return String.join("|", String.valueOf(r.model()), String.valueOf(r.hardware()), String.valueOf(r.framework()),
                p, spec);
    }

    /** x of a run: interactivity or end-to-end latency at the chosen statistic; NaN when not reported. */
    static double x(InferenceRun r, ParetoSettings s) {
        RunLatency l = r.latency();
        String stat = s.percentile().key();
        if (s.xMetric() == XMetric.E2E_LATENCY) {
            return at(l == null ? null : l.e2eLatencySeconds(), stat);
        }
        double v = at(l == null ? null : l.interactivityTokensPerSecondPerUser(), stat);
        if (Double.isNaN(v)) {
            double tpot = at(l == null ? null : l.tpotSeconds(), stat);
            v = tpot > 0 ? 1 / tpot : Double.NaN;
        }
        if (Double.isNaN(v) && s.percentile() == LatencyStatistic.MEDIAN && r.interactivityTokensPerSecondPerUser() != null) {
            v = r.interactivityTokensPerSecondPerUser().value();
        }
        return v;
    }

    private static double at(RunLatency.Percentiles p, String stat) {
        Double v = p == null ? null : p.at(stat);
        return v == null ? Double.NaN : v;
    }

    /** Tokens/s over all GPUs of the run: output, input (total − output) or total. */
    static double tokensPerGpu(InferenceRun r, TokenKind kind) {
        double out = Quantity.valueOrNaN(r.throughputPerGpuTokensPerSecond());
        double total = Quantity.valueOrNaN(r.totalThroughputPerGpuTokensPerSecond());
        return switch (kind) {
            case OUTPUT -> out;
            case TOTAL -> total;
            case INPUT -> total - out;
        };
    }

    static boolean outsideSla(InferenceRun r, ParetoSettings s) {
        if (s.sla() != SlaKind.TTFT || !(s.slaValue() > 0)) {
            return false;
        }
        double ttft = at(r.latency() == null ? null : r.latency().ttftSeconds(), s.percentile().key());
        if (Double.isNaN(ttft) && s.percentile() == LatencyStatistic.MEDIAN && r.ttftSeconds() != null) {
            ttft = r.ttftSeconds().value();
        }
        return ttft > s.slaValue();
    }

    /** Watts per GPU: all-in power where stated, else the chip's TDP. */
    static double allInOrTdp(HardwareRecord h) {
        double allIn = Quantity.valueOrNaN(h.allInPowerWatts());
        return allIn > 0 ? allIn : Quantity.valueOrNaN(h.chipTdpWatts());
    }

    /** Precision names as the calibration groups them. */
    private static final class DecodeObservationKeys {
        static String precision(String p) {
            if (p == null) {
                return "null";
            }
            String t = p.toLowerCase(Locale.ROOT);
            if (t.equals("bf16") || t.equals("fp16")) {
                return "bf16";
            }
            return t.endsWith("fp4") ? "fp4" : t;
        }
    }
}

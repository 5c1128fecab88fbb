package dev.scalinglens.catalog.importers;

import com.fasterxml.jackson.databind.JsonNode;
import dev.scalinglens.catalog.RunLatency;
import java.util.Locale;

/** Reads the fields of InferenceX JSON: numbers that must be positive, seconds or milliseconds, latencies. */
final class InferenceXFields {

    private static final String[] LATENCIES = {"ttft", "tpot", "intvty", "e2el", "itl"};

    private InferenceXFields() {
    }

    /**
     * Latency statistics: mean/median/p90/p99 of TTFT, TPOT, interactivity, E2E latency and ITL. With
     * {@code milliseconds} the {@code *_ms} spellings of the benchmark client are accepted too, and
     * interactivity is derived as 1 / TPOT per statistic when not stated (so its "p99" is the slow tail).
     */
    static RunLatency latency(JsonNode json, boolean milliseconds) {
        RunLatency.Percentiles[] p = new RunLatency.Percentiles[LATENCIES.length];
        for (int i = 0; i < LATENCIES.length; i++) {
            String m = LATENCIES[i];
            Double[] v = new Double[4];
            String[] stats = {"mean", "median", "p90", "p99"};
            for (int s = 0; s < 4; s++) {
                double x = milliseconds ? seconds(json, stats[s] + "_" + m) : positive(json, stats[s] + "_" + m);
                if ("intvty".equals(m) && Double.isNaN(x)) {
                    double tpot = milliseconds ? seconds(json, stats[s] + "_tpot") : positive(json, stats[s] + "_tpot");
                    x = Double.isNaN(tpot) ? Double.NaN : 1.0 / tpot;
                }
                v[s] = Double.isNaN(x) ? null : x;
            }
            RunLatency.Percentiles q = new RunLatency.Percentiles(v[0], v[1], v[2], v[3]);
            p[i] = q.hasNoValues() ? null : q;
        }
        RunLatency r = new RunLatency(p[0], p[1], p[2], p[3], p[4]);
        return r.hasNoValues() ? null : r;
    }

    /** {@code field} in seconds, or {@code field_ms} converted; NaN when neither is a positive number. */
    static double seconds(JsonNode json, String field) {
        double s = positive(json, field);
        if (!Double.isNaN(s)) {
            return s;
        }
        double ms = positive(json, field + "_ms");
        return Double.isNaN(ms) ? Double.NaN : ms / 1000.0;
    }

    static String text(JsonNode json, String field) {
        JsonNode n = json.get(field);
        return n != null && n.isValueNode() && !n.isNull() && !n.asText().isBlank() ? n.asText().strip() : null;
    }

    static Integer intOrNull(JsonNode json, String field) {
        JsonNode n = json.get(field);
        if (n == null || n.isNull()) {
            return null;
        }
        double v = n.isNumber() ? n.asDouble() : n.isTextual() ? parse(n.asText()) : Double.NaN;
        return v >= 1 && v <= Integer.MAX_VALUE && v == Math.rint(v) ? (int) v : null;
    }

    private static double parse(String s) {
        try {
            return Double.parseDouble(s.strip());
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    static Boolean bool(JsonNode json, String field) {
        JsonNode n = json.get(field);
        if (n == null || n.isNull()) {
            return null;
        }
        if (n.isBoolean()) {
            return n.asBoolean();
        }
        String t = n.asText().strip().toLowerCase(Locale.ROOT);
        return "true".equals(t) ? Boolean.TRUE : "false".equals(t) ? Boolean.FALSE : null;
    }

    static double positive(JsonNode json, String field) {
        JsonNode n = json.get(field);
        return n != null && n.isNumber() && n.asDouble() > 0 && Double.isFinite(n.asDouble()) ? n.asDouble() : Double.NaN;
    }

    static String round(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}

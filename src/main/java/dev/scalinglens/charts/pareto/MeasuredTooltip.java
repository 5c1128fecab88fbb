package dev.scalinglens.charts.pareto;

import dev.scalinglens.catalog.Catalog;
import dev.scalinglens.catalog.InferenceRun;
import dev.scalinglens.catalog.Source;
import dev.scalinglens.charts.pareto.ParetoSettings.TokenKind;
import dev.scalinglens.charts.pareto.ParetoSettings.XMetric;
import dev.scalinglens.plot.spec.Tooltip;
import dev.scalinglens.science.decode.CalibrationReport;
import dev.scalinglens.science.decode.DecodeObservation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The tooltip of a measured run: configuration, x and y, latency, decoding, date, source and the model's figures. */
final class MeasuredTooltip {

    private MeasuredTooltip() {
    }

    static Tooltip of(Catalog catalog, InferenceRun r, String series, ParetoSettings s, double x, double y,
            CalibrationReport.FittedGroup fit) {
        List<Tooltip.Row> rows = new ArrayList<>();
        rows.add(new Tooltip.Row("Configuration", "concurrency " + r.concurrency() + " · "
                + (r.parallelism() != null ? r.parallelism() : r.gpus() + " GPUs") + " · " + r.gpus() + " GPUs · in "
                + r.inputTokens() + " / out " + r.outputTokens()));
        rows.add(new Tooltip.Row(s.xMetric() == XMetric.E2E_LATENCY ? "E2E latency (" + s.percentile().key() + ")"
                : "Interactivity (" + s.percentile().key() + ")", s.xMetric() == XMetric.E2E_LATENCY
                ? Numbers.sig3(x) + " s" : Numbers.sig3(x) + " tokens/s per user"));
        rows.add(new Tooltip.Row(s.yMetric().unit(), Numbers.sig3(y) + " " + s.yMetric().unit()
                + (s.tokens() == TokenKind.OUTPUT ? "" : " (" + s.tokens().name().toLowerCase(Locale.ROOT) + " tokens)")));
        if (r.ttftSeconds() != null) {
            rows.add(new Tooltip.Row("TTFT (median)", Numbers.sig3(r.ttftSeconds().value()) + " s"));
        }
        rows.add(new Tooltip.Row("Speculative decoding", r.usesSpeculativeDecoding()
                ? r.speculativeDecoding() + (r.draftTokens() == null ? "" : " (" + r.draftTokens() + " draft tokens)")
                : r.speculativeDecoding() == null ? "not stated" : "none"));
        rows.add(new Tooltip.Row("Disaggregated", Boolean.TRUE.equals(r.disaggregated())
                ? "yes: " + r.prefillGpus() + " prefill + " + r.decodeGpus() + " decode GPUs" : "no"));
        rows.add(new Tooltip.Row("Date", r.date() == null ? "not stated" : r.date().toString()));
        Source src = r.source() == null ? null : catalog.sources().get(r.source());
        rows.add(new Tooltip.Row("Source", src == null ? String.valueOf(r.source()) : src.citation()));
        if (r.image() != null) {
            rows.add(new Tooltip.Row("Image", r.image()));
        }
        if (fit != null) {
            DecodeObservation o = fit.points().stream().filter(p -> p.run().id().equals(r.id())).findFirst().orElse(null);
            if (o != null) {
                rows.add(new Tooltip.Row("Model (calibrated)", Numbers.sig3(fit.fit().interactivity(o))
                        + " tokens/s per user, " + Numbers.sig3(fit.fit().throughputPerGpu(o)) + " output tokens/s per GPU"));
                rows.add(new Tooltip.Row("Bound (uncalibrated)", Numbers.sig3(o.boundInteractivity())
                        + " tokens/s per user"));
            }
        }
        return Tooltip.of(series + " (measured)", rows);
    }
}

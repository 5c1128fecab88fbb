package dev.scalinglens.catalog.importers;

import static dev.scalinglens.catalog.importers.InferenceXFields.bool;
import static dev.scalinglens.catalog.importers.InferenceXFields.intOrNull;
import static dev.scalinglens.catalog.importers.InferenceXFields.latency;
import static dev.scalinglens.catalog.importers.InferenceXFields.positive;
import static dev.scalinglens.catalog.importers.InferenceXFields.text;

import com.fasterxml.jackson.databind.JsonNode;
import dev.scalinglens.catalog.InferenceRun;
import dev.scalinglens.catalog.Quantity;
import dev.scalinglens.catalog.RunLatency;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One row of InferenceMAX's aggregated results ({@code agg_bmk.json}, written by InferenceX's
 * {@code utils/process_result.py}) as a run: single node or multi-node prefill/decode.
 */
final class InferenceXAggregatedRow {

    /** The file being read: its path, options, run ids and warnings. */
    private final InferenceXFile in;

    InferenceXAggregatedRow(InferenceXFile in) {
        this.in = in;
    }

    InferenceRun map(JsonNode row, int entry) {
        if (row == null || !row.isObject()) {
            in.log.skip(entry, "entry " + entry + " is not an object");
            return null;
        }
        double outputPerGpu = positive(row, "output_tput_per_gpu");
        double medianTpot = positive(row, "median_tpot");
        if (Double.isNaN(outputPerGpu) || Double.isNaN(medianTpot)) {
            in.log.skip(entry, "entry without positive output_tput_per_gpu and median_tpot");
            return null;
        }
        String hwRaw = text(row, "hw");
        String hardware = hwRaw == null ? null : in.hardwareId(hwRaw);
        String modelText = text(row, "model");
        String prefix = text(row, "infmax_model_prefix");
        String model = modelText == null ? null : in.modelId(modelText, prefix);
        if (model == null && prefix != null) {
            model = InferenceXNames.MODEL_PREFIXES.getOrDefault(prefix.toLowerCase(Locale.ROOT), Text.slug(prefix));
        }
        if (model == null || model.isEmpty()) {
            in.log.skip(entry, "entry without model");
            return null;
        }
        String framework = text(row, "framework");
        String precision = text(row, "precision");
        if (precision == null) {
            precision = in.options.precision();
        }
        precision = precision == null ? null : precision.toLowerCase(Locale.ROOT);
        Integer conc = intOrNull(row, "conc");
        Integer isl = intOrNull(row, "isl");
        Integer osl = intOrNull(row, "osl");
        boolean disagg = row.path("disagg").asBoolean(false);
        boolean multiNode = row.path("is_multinode").asBoolean(false) || row.has("num_decode_gpu");
        String spec = text(row, "spec_decoding");
        if (spec == null && text(row, "mtp") != null) {
            spec = "mtp";
        }
        Integer tp;
        Integer ep;
        Integer gpus;
        Integer prefillGpus = null;
        Integer decodeGpus = null;
        Boolean dpAttention;
        String parallelism;
        double outputTotal;
        if (multiNode) {
            prefillGpus = intOrNull(row, "num_prefill_gpu");
            decodeGpus = intOrNull(row, "num_decode_gpu");
            if (prefillGpus == null || decodeGpus == null) {
                in.log.skip(entry, "multi-node entry without num_prefill_gpu and num_decode_gpu");
                return null;
            }
            gpus = prefillGpus + decodeGpus;
            tp = intOrNull(row, "decode_tp");
            ep = intOrNull(row, "decode_ep");
            dpAttention = bool(row, "decode_dp_attention");
            parallelism = "prefill " + side(row, "prefill") + " / decode " + side(row, "decode");
            outputTotal = outputPerGpu * decodeGpus;
        } else {
            tp = intOrNull(row, "tp");
            ep = intOrNull(row, "ep");
            dpAttention = bool(row, "dp_attention");
            if (tp == null) {
                in.log.skip(entry, "single-node entry without tp");
                return null;
            }
            gpus = tp;
            parallelism = "tp" + tp + (ep != null && ep > 1 ? " ep" + ep : "")
                    + (Boolean.TRUE.equals(dpAttention) ? " dp-attention" : "");
            outputTotal = outputPerGpu * tp;
        }
        String source = InferenceXImporter.SOURCE_AGG.key();
        double totalPerGpu = positive(row, "tput_per_gpu");
        String run = in.runName();
        String id = in.ids.claim(Text.slug(String.join("-", run, model, hardware == null ? "" : hardware,
                framework == null ? "" : framework, precision == null ? "" : precision,
                parallelism.replace("prefill", "p").replace("decode", "d").replace("dp-attention", "dpa"),
                "isl" + isl, "osl" + osl, "conc" + conc, spec == null || "none".equals(spec) ? "" : spec)
                .replaceAll("-+", "-")));
        List<String> notes = new ArrayList<>();
        notes.add("Imported from InferenceMAX " + in.file.getFileName() + (run.isEmpty() ? "" : " (" + run + ")")
                + ", entry " + entry + ".");
        if (hwRaw != null && !hwRaw.equals(hardware)) {
            notes.add("Hardware as stated: " + hwRaw + ".");
        }
        if (modelText != null && !model.equals(Text.slug(InferenceXNames.lastSegment(modelText)))) {
            notes.add("Model as served: " + modelText + ".");
        }
        if (disagg) {
            notes.add("Disaggregated: " + prefillGpus + " prefill + " + decodeGpus + " decode GPUs;"
                    + " InferenceMAX's output_tput_per_gpu " + InferenceXFields.round(outputPerGpu)
                    + " counts decode GPUs only.");
        }
        RunLatency latency = latency(row, false);
        double ttft = positive(row, "median_ttft");
        return new InferenceRun(id, hardware, model, framework, precision, tp, ep, gpus, conc, isl, osl,
                Quantity.reported(outputTotal / gpus, source), Quantity.reported(1.0 / medianTpot, source),
                Double.isNaN(ttft) ? null : Quantity.reported(ttft, source), Quantity.reported(medianTpot, source),
                null, source, String.join(" ", notes), parallelism, dpAttention, disagg, prefillGpus, decodeGpus,
                multiNode, spec, null, Double.isNaN(totalPerGpu) ? null : Quantity.reported(totalPerGpu, source),
                latency, text(row, "image"));
    }

    private String side(JsonNode row, String side) {
        Integer workers = intOrNull(row, side + "_num_workers");
        Integer tp = intOrNull(row, side + "_tp");
        Integer ep = intOrNull(row, side + "_ep");
        Boolean dpa = bool(row, side + "_dp_attention");
        StringBuilder b = new StringBuilder();
        if (workers != null) {
            b.append(workers).append("x ");
        }
        b.append("tp").append(tp == null ? "?" : tp);
        if (ep != null && ep > 1) {
            b.append(" ep").append(ep);
        }
        if (Boolean.TRUE.equals(dpa)) {
            b.append(" dp-attention");
        }
        return b.toString();
    }
}

package dev.scalinglens.catalog.importers;

import static dev.scalinglens.catalog.importers.InferenceXFields.intOrNull;
import static dev.scalinglens.catalog.importers.InferenceXFields.latency;
import static dev.scalinglens.catalog.importers.InferenceXFields.positive;
import static dev.scalinglens.catalog.importers.InferenceXFields.seconds;
import static dev.scalinglens.catalog.importers.InferenceXFields.text;

import com.fasterxml.jackson.databind.JsonNode;
import dev.scalinglens.catalog.InferenceRun;
import dev.scalinglens.catalog.Quantity;
import java.util.ArrayList;
import java.util.List;

/**
 * One InferenceX single-result file (the benchmark client's JSON object) as a run: settings from the
 * content first and the file name second.
 */
final class InferenceXSingleResult {

    /** The file being read: its path, options, run ids and warnings. */
    private final InferenceXFile in;

    InferenceXSingleResult(InferenceXFile in) {
        this.in = in;
    }

    InferenceRun map(JsonNode json) {
        String fileName = in.file.getFileName().toString();
        InferenceXFileName name = InferenceXFileName.parse(fileName);
        if (name.implausible != null) {
            in.log.skip(0, "'" + name.implausible + "' in the file name is not a count from 1 to 1,000,000");
            return null;
        }
        double outputThroughput = positive(json, "output_throughput");
        double medianTpot = seconds(json, "median_tpot");
        if (Double.isNaN(outputThroughput) || Double.isNaN(medianTpot)) {
            in.log.skip(0, "output_throughput and median_tpot must be positive numbers");
            return null;
        }
        Integer gpus = name.gpus();
        if (gpus == null) {
            in.log.skip(0, "GPU count not stated: the file name names no parallelism (tpN, depN, tepN, epN, dpN)");
            return null;
        }
        String modelText = text(json, "model_id");
        String precision = InferenceXNames.precisionOf(modelText);
        if (precision == null) {
            precision = name.precision;
        } else if (name.precision != null && !name.precision.equals(precision)) {
            in.log.warn(0, "model_id", "model_id says " + precision + ", file name says " + name.precision
                    + " (model_id used)");
        }
        if (precision == null) {
            precision = in.options.precision();
            if (precision == null) {
                in.log.warn(0, "precision", "precision stated neither in the file nor its name: left out"
                        + " (use --precision)");
            }
        }
        String model = modelText != null ? in.modelId(modelText, null) : name.modelFromName();
        if (model == null) {
            in.log.skip(0, "model stated neither in model_id nor the file name");
            return null;
        }
        Integer concurrency = intOrNull(json, "max_concurrency");
        if (concurrency == null) {
            concurrency = name.conc;
        } else if (name.conc != null && !name.conc.equals(concurrency)) {
            in.log.warn(0, "max_concurrency", "file says " + concurrency + ", name says " + name.conc + " (file used)");
        }
        double prompts = positive(json, "num_prompts");
        double completed = positive(json, "completed");
        Integer isl = scenario(name.isl, positive(json, "total_input_tokens") / prompts, "input");
        Integer osl = scenario(name.osl, positive(json, "total_output_tokens")
                / (Double.isNaN(completed) ? prompts : completed), "output");
        String stem = fileName.endsWith(".json") ? fileName.substring(0, fileName.length() - 5) : fileName;
        String hardwareId = in.options.hardwareId();
        String id = in.ids.claim(Text.slug((hardwareId == null ? "" : hardwareId + "-") + stem));
        List<String> notes = new ArrayList<>();
        notes.add("Imported from InferenceX result " + fileName + ".");
        if (modelText != null && !model.equals(Text.slug(InferenceXNames.lastSegment(modelText)))) {
            notes.add("Model as served: " + modelText + ".");
        }
        if (!Double.isNaN(completed) && !Double.isNaN(prompts) && completed < prompts) {
            in.log.warn(0, "completed", (int) completed + " of " + (int) prompts + " requests completed");
            notes.add((int) completed + " of " + (int) prompts + " requests completed.");
        }
        JsonNode rate = json.get("request_rate");
        if (rate != null && "inf".equals(rate.asText())) {
            notes.add("Request rate inf: all requests sent at once, limited by the concurrency.");
        }
        if (hardwareId == null) {
            notes.add("Hardware not stated in the result in.file.");
        }
        double total = positive(json, "total_token_throughput");
        if (Double.isNaN(total)) {
            double input = positive(json, "input_throughput");
            total = Double.isNaN(input) ? Double.NaN : input + outputThroughput;
        }
        double ttft = seconds(json, "median_ttft");
        String source = InferenceXImporter.SOURCE.key();
        return new InferenceRun(id, hardwareId, model, name.framework, precision, name.tp, name.ep, gpus,
                concurrency, isl, osl, Quantity.reported(outputThroughput / gpus, source),
                Quantity.reported(1.0 / medianTpot, source),
                Double.isNaN(ttft) ? null : Quantity.reported(ttft, source),
                Quantity.reported(medianTpot, source), in.date(json), source, String.join(" ", notes),
                name.label(), name.dpAttention ? Boolean.TRUE : null, null, null, null, null, null, null,
                Double.isNaN(total) ? null : Quantity.reported(total / gpus, source), latency(json, true), null);
    }

    /**
     * The scenario length: the name's nominal value when the measured mean is within 25 % of it
     * (random-length datasets scatter around the nominal), else the measured mean.
     */
    private Integer scenario(Integer fromName, double measuredMean, String what) {
        if (Double.isNaN(measuredMean) || !(measuredMean > 0)) {
            return fromName;
        }
        int measured = (int) Math.round(measuredMean);
        if (fromName == null) {
            return measured;
        }
        if (Math.abs(measuredMean - fromName) > 0.25 * fromName) {
            in.log.warn(0, "total_" + what + "_tokens", "mean " + what + " length " + measured + " tokens, name says "
                    + fromName + " (file used)");
            return measured;
        }
        return fromName;
    }
}

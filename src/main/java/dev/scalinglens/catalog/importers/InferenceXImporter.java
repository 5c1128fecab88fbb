package dev.scalinglens.catalog.importers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.scalinglens.catalog.Catalog;
import dev.scalinglens.catalog.InferenceRun;
import dev.scalinglens.catalog.Problem;
import dev.scalinglens.catalog.Quantity;
import dev.scalinglens.catalog.RunLatency;
import dev.scalinglens.catalog.Source;
import dev.scalinglens.catalog.io.LoadLimits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Imports SemiAnalysis InferenceX / InferenceMAX benchmark results. The shape of each file is detected
 * from its content:
 *
 * <ul>
 *   <li><b>Single result</b> (a JSON object with {@code output_throughput}, as the benchmark client
 *       writes it): settings come from the content first ({@code model_id}, {@code max_concurrency},
 *       {@code total_input_tokens / num_prompts}, {@code total_output_tokens / completed}, {@code date})
 *       and from the file name second, e.g. {@code glm5_fp8_vllm_tp8_isl1024_osl128_conc16.json} or
 *       {@code qwen35_vllm_dep8_isl1024_osl128_conc16.json}: any of {@code tpN}, {@code epN},
 *       {@code depN}, {@code tepN}, {@code dpN}, {@code dpa} in any order, precision optional (then
 *       {@link Options#precision()}). GPUs = the largest parallel degree named. Times ending in
 *       {@code _ms} are converted to seconds.</li>
 *   <li><b>Aggregated rows</b> ({@code agg_bmk.json}: a JSON array; or one {@code agg_*.json} object),
 *       written by InferenceX's {@code utils/process_result.py}: {@code hw}, {@code framework},
 *       {@code precision}, {@code spec_decoding}, {@code disagg}, {@code isl}, {@code osl},
 *       {@code conc}, single node {@code tp}/{@code ep}/{@code dp_attention} (GPUs = tp), multi-node
 *       {@code prefill_*}/{@code decode_*} and {@code num_prefill_gpu}/{@code num_decode_gpu}
 *       (GPUs = both). There {@code tput_per_gpu} = total tokens/s over all GPUs,
 *       {@code output_tput_per_gpu} = output tokens/s over tp (single node) or over decode GPUs
 *       (multi-node), {@code *_intvty} = 1 / TPOT; times are seconds.</li>
 * </ul>
 *
 * <p>Every run's {@code throughputPerGpuTokensPerSecond} is output tokens/s over <em>all</em> GPUs of
 * the run. Hardware names are mapped to catalog ids ({@code b200-trt} → b200, {@code h100} → h100-sxm,
 * {@code mi355x-amd_0} → mi355x) with a warning naming the mapping; unknown hardware and models are
 * kept and reported. An empty array imports 0 runs with a warning.
 */
public final class InferenceXImporter {

    static final Source SOURCE = new Source("inferencex",
            "SemiAnalysis InferenceX benchmark results (Apache-2.0)", "https://github.com/SemiAnalysisAI/InferenceX");
    static final Source SOURCE_AGG = new Source("inferencemax",
            "SemiAnalysis InferenceMAX aggregated results (agg_bmk.json, written by InferenceX utils/process_result.py;"
                    + " Apache-2.0)", "https://github.com/SemiAnalysisAI/InferenceX");

    /** Hardware ids of the bundled catalog, used when the caller passes none. */
    static final Set<String> DEFAULT_HARDWARE = Set.of("h100-sxm", "h200", "b200", "b300", "gb200", "gb300",
            "mi300x", "mi325x", "mi355x");
    /** Short names InferenceMAX uses for hardware whose catalog id differs. */
    private static final Map<String, String> HARDWARE_ALIASES = Map.of("h100", "h100-sxm");
    /** InferenceMAX model prefixes ({@code infmax_model_prefix}) → catalog ids. */
    private static final Map<String, String> MODEL_PREFIXES = Map.of("dsr1", "deepseek-r1", "gptoss",
            "gpt-oss-120b", "glm5", "glm-5", "qwen35", "qwen3.5-397b-a17b", "minimaxm2.5", "minimax-m2.5");
    static final Set<String> PRECISIONS = Set.of("bf16", "fp16", "fp8", "fp6", "fp4", "mxfp4", "nvfp4", "int8",
            "int4");
    private static final Pattern PARALLEL = Pattern.compile("^(tp|ep|dep|tep|dp|dpa|pp)(\\d*)$");
    private static final Pattern SCENARIO = Pattern.compile("^(isl|osl|conc)(\\d+)$");
    /** Trailing parts of a model name that name a revision or quantisation, not another model. */
    private static final Pattern MODEL_SUFFIX = Pattern.compile(
            "-(fp8|fp4|nvfp4|mxfp4|bf16|fp16|int4|int8|awq|gptq|v\\d+|\\d{4})$");
    private static final DateTimeFormatter RUN_DATE =
            DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] LATENCIES = {"ttft", "tpot", "intvty", "e2el", "itl"};

    /**
     * @param hardwareId      hardware of single-result files (they do not state it); null when unknown
     * @param precision       precision when neither the content nor the file name states it; may be null
     * @param knownModels     catalog model ids; a run naming another model is kept and reported (empty: no check)
     * @param knownHardware   catalog hardware ids names are mapped to (empty: the bundled ids)
     */
    public record Options(String hardwareId, String precision, Set<String> knownModels, Set<String> knownHardware) {

        public Options {
            knownModels = knownModels == null ? Set.of() : Set.copyOf(knownModels);
            knownHardware = knownHardware == null || knownHardware.isEmpty() ? DEFAULT_HARDWARE
                    : Set.copyOf(knownHardware);
        }

        public static Options of(String hardwareId) {
            return new Options(hardwareId, null, Set.of(), Set.of());
        }
    }

    private InferenceXImporter() {
    }

    public static ImportResult importFiles(List<Path> files, String hardwareId) {
        return importWith(files, Options.of(hardwareId));
    }

    public static ImportResult importWith(List<Path> files, Options options) {
        List<InferenceRun> runs = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        List<Problem> skipped = new ArrayList<>();
        UniqueIds ids = new UniqueIds();
        Map<String, Set<String>> unknownModels = new TreeMap<>();
        int rowsRead = 0;
        int singleWithoutHardware = 0;
        boolean anyAgg = false;
        boolean anySingle = false;
        for (Path file : files) {
            ImportLog log = new ImportLog(file.toString());
            FileImport f = new FileImport(file, options, ids, log);
            f.run();
            rowsRead += f.rowsRead;
            runs.addAll(f.runs);
            anyAgg |= f.aggregated && !f.runs.isEmpty();
            anySingle |= !f.aggregated && !f.runs.isEmpty();
            if (!f.aggregated && options.hardwareId() == null) {
                singleWithoutHardware += f.runs.size();
            }
            for (InferenceRun r : f.runs) {
                if (!options.knownModels().isEmpty() && !options.knownModels().contains(r.model())) {
                    unknownModels.computeIfAbsent(r.model(), k -> new LinkedHashSet<>()).add(file.toString());
                }
            }
            problems.addAll(log.problems);
            skipped.addAll(log.skipped);
        }
        List<Problem> merged = mergeRepeated(problems, files);
        problems.clear();
        problems.addAll(merged);
        unknownModels.forEach((model, where) -> problems.add(new Problem(Problem.Severity.WARNING,
                where.iterator().next(), 0, 0, "model", "model '" + model + "' is not in the catalog: its runs are"
                        + " kept (add the model to draw a roofline for it)")));
        if (singleWithoutHardware > 0) {
            problems.add(new Problem(Problem.Severity.WARNING,
                    files.get(0).getParent() == null ? "." : files.get(0).getParent().toString(), 0, 0, "",
                    "InferenceX result files do not state the hardware: " + singleWithoutHardware
                            + " runs imported without it (use --hardware ID to set it)"));
        }
        Map<String, Source> sources = new LinkedHashMap<>();
        if (anySingle || !anyAgg) {
            sources.put(SOURCE.key(), SOURCE);
        }
        if (anyAgg) {
            sources.put(SOURCE_AGG.key(), SOURCE_AGG);
        }
        Catalog catalog = new Catalog(Catalog.SCHEMA, sources, List.of(), List.of(), List.of(), runs, List.of());
        return new ImportResult(catalog, problems, skipped, rowsRead);
    }

    /**
     * The same warning from several files (a folder of single results all lacking precision) becomes
     * one line naming the folder and the count.
     */
    private static List<Problem> mergeRepeated(List<Problem> problems, List<Path> files) {
        Map<String, List<Problem>> byMessage = new LinkedHashMap<>();
        for (Problem p : problems) {
            byMessage.computeIfAbsent(p.severity() + "|" + p.path() + "|" + p.message(), k -> new ArrayList<>()).add(p);
        }
        List<Problem> out = new ArrayList<>();
        for (List<Problem> same : byMessage.values()) {
            Problem first = same.get(0);
            if (same.size() == 1) {
                out.add(first);
            } else {
                Path parent = Path.of(first.file()).getParent();
                out.add(new Problem(first.severity(), parent == null ? "." : parent.toString(), 0, 0, first.path(),
                        first.message() + " (" + same.size() + " files)"));
            }
        }
        return out;
    }

    /** The work on one file. */
    private static final class FileImport {
        final Path file;
        final Options options;
        final UniqueIds ids;
        final ImportLog log;
        final List<InferenceRun> runs = new ArrayList<>();
        final Map<String, Integer> hardwareMapped = new TreeMap<>();
        final Map<String, Integer> hardwareUnknown = new TreeMap<>();
        final Map<String, Integer> modelsMapped = new TreeMap<>();
        boolean aggregated;
        int rowsRead = 1;

        FileImport(Path file, Options options, UniqueIds ids, ImportLog log) {
            this.file = file;
            this.options = options;
            this.ids = ids;
            this.log = log;
        }

        void run() {
            JsonNode json;
            try {
                if (Files.size(file) > LoadLimits.DEFAULT_MAX_FILE_BYTES) {
                    log.skip(0, "file too large for a benchmark result");
                    return;
                }
                json = JSON.readTree(file.toFile());
            } catch (IOException e) {
                String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                log.skip(0, "not readable JSON: " + m.lines().findFirst().orElse(""));
                return;
            }
            if (json == null || json.isMissingNode()) {
                log.skip(0, "empty file");
                return;
            }
            if (json.isArray()) {
                aggregated = true;
                rowsRead = json.size();
                if (json.isEmpty()) {
                    log.warn(0, "", "empty array: 0 runs (an InferenceMAX run that produced no results)");
                    return;
                }
                for (int i = 0; i < json.size(); i++) {
                    InferenceRun r = aggregatedRow(json.get(i), i + 1);
                    if (r != null) {
                        runs.add(r);
                    }
                }
            } else if (json.isObject() && (json.has("hw") || json.has("tput_per_gpu"))) {
                aggregated = true;
                rowsRead = 1;
                InferenceRun r = aggregatedRow(json, 1);
                if (r != null) {
                    runs.add(r);
                }
            } else if (json.isObject() && (json.has("output_throughput") || json.has("median_tpot")
                    || json.has("median_tpot_ms"))) {
                rowsRead = 1;
                InferenceRun r = singleResult(json);
                if (r != null) {
                    runs.add(r);
                }
            } else {
                log.skip(0, "not an InferenceX result (no output_throughput) nor an InferenceMAX row array"
                        + " (file name does not follow model_precision_framework_tpN_islN_oslN_concN.json either)");
                return;
            }
            hardwareMapped.forEach((m, n) -> log.warn(0, "hw", "hardware " + m + " (" + n + (n == 1 ? " row)" : " rows)")));
            hardwareUnknown.forEach((h, n) -> log.warn(0, "hw", "hardware '" + h + "' is not in the catalog: " + n
                    + (n == 1 ? " run" : " runs") + " kept under that id"));
            modelsMapped.forEach((m, n) -> log.warn(0, "model", "model " + m + " (" + n + (n == 1 ? " row)" : " rows)")));
        }

        // ---------------------------------------------------------------- single results

        private InferenceRun singleResult(JsonNode json) {
            String fileName = file.getFileName().toString();
            NameParts name = NameParts.parse(fileName);
            if (name.implausible != null) {
                log.skip(0, "'" + name.implausible + "' in the file name is not a count from 1 to 1,000,000");
                return null;
            }
            double outputThroughput = positive(json, "output_throughput");
            double medianTpot = seconds(json, "median_tpot");
            if (Double.isNaN(outputThroughput) || Double.isNaN(medianTpot)) {
                log.skip(0, "output_throughput and median_tpot must be positive numbers");
                return null;
            }
            Integer gpus = name.gpus();
            if (gpus == null) {
                log.skip(0, "GPU count not stated: the file name names no parallelism (tpN, depN, tepN, epN, dpN)");
                return null;
            }
            String modelText = text(json, "model_id");
            String precision = precisionOf(modelText);
            if (precision == null) {
                precision = name.precision;
            } else if (name.precision != null && !name.precision.equals(precision)) {
                log.warn(0, "model_id", "model_id says " + precision + ", file name says " + name.precision
                        + " (model_id used)");
            }
            if (precision == null) {
                precision = options.precision();
                if (precision == null) {
                    log.warn(0, "precision", "precision stated neither in the file nor its name: left out"
                            + " (use --precision)");
                }
            }
            String model = modelText != null ? modelId(modelText, null) : name.modelFromName();
            if (model == null) {
                log.skip(0, "model stated neither in model_id nor the file name");
                return null;
            }
            Integer concurrency = intOrNull(json, "max_concurrency");
            if (concurrency == null) {
                concurrency = name.conc;
            } else if (name.conc != null && !name.conc.equals(concurrency)) {
                log.warn(0, "max_concurrency", "file says " + concurrency + ", name says " + name.conc + " (file used)");
            }
            double prompts = positive(json, "num_prompts");
            double completed = positive(json, "completed");
            Integer isl = scenario(name.isl, positive(json, "total_input_tokens") / prompts, "input");
            Integer osl = scenario(name.osl, positive(json, "total_output_tokens")
                    / (Double.isNaN(completed) ? prompts : completed), "output");
            String stem = fileName.endsWith(".json") ? fileName.substring(0, fileName.length() - 5) : fileName;
            String hardwareId = options.hardwareId();
            String id = ids.claim(Text.slug((hardwareId == null ? "" : hardwareId + "-") + stem));
            List<String> notes = new ArrayList<>();
            notes.add("Imported from InferenceX result " + fileName + ".");
            if (modelText != null && !model.equals(Text.slug(lastSegment(modelText)))) {
                notes.add("Model as served: " + modelText + ".");
            }
            if (!Double.isNaN(completed) && !Double.isNaN(prompts) && completed < prompts) {
                log.warn(0, "completed", (int) completed + " of " + (int) prompts + " requests completed");
                notes.add((int) completed + " of " + (int) prompts + " requests completed.");
            }
            JsonNode rate = json.get("request_rate");
            if (rate != null && "inf".equals(rate.asText())) {
                notes.add("Request rate inf: all requests sent at once, limited by the concurrency.");
            }
            if (hardwareId == null) {
                notes.add("Hardware not stated in the result file.");
            }
            double total = positive(json, "total_token_throughput");
            if (Double.isNaN(total)) {
                double input = positive(json, "input_throughput");
                total = Double.isNaN(input) ? Double.NaN : input + outputThroughput;
            }
            double ttft = seconds(json, "median_ttft");
            String source = SOURCE.key();
            return new InferenceRun(id, hardwareId, model, name.framework, precision, name.tp, name.ep, gpus,
                    concurrency, isl, osl, Quantity.reported(outputThroughput / gpus, source),
                    Quantity.reported(1.0 / medianTpot, source),
                    Double.isNaN(ttft) ? null : Quantity.reported(ttft, source),
                    Quantity.reported(medianTpot, source), date(json), source, String.join(" ", notes),
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
                log.warn(0, "total_" + what + "_tokens", "mean " + what + " length " + measured + " tokens, name says "
                        + fromName + " (file used)");
                return measured;
            }
            return fromName;
        }

        // ---------------------------------------------------------------- aggregated rows

        private InferenceRun aggregatedRow(JsonNode row, int entry) {
            if (row == null || !row.isObject()) {
                log.skip(entry, "entry " + entry + " is not an object");
                return null;
            }
            double outputPerGpu = positive(row, "output_tput_per_gpu");
            double medianTpot = positive(row, "median_tpot");
            if (Double.isNaN(outputPerGpu) || Double.isNaN(medianTpot)) {
                log.skip(entry, "entry without positive output_tput_per_gpu and median_tpot");
                return null;
            }
            String hwRaw = text(row, "hw");
            String hardware = hwRaw == null ? null : hardwareId(hwRaw);
            String modelText = text(row, "model");
            String prefix = text(row, "infmax_model_prefix");
            String model = modelText == null ? null : modelId(modelText, prefix);
            if (model == null && prefix != null) {
                model = MODEL_PREFIXES.getOrDefault(prefix.toLowerCase(Locale.ROOT), Text.slug(prefix));
            }
            if (model == null || model.isEmpty()) {
                log.skip(entry, "entry without model");
                return null;
            }
            String framework = text(row, "framework");
            String precision = text(row, "precision");
            if (precision == null) {
                precision = options.precision();
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
                    log.skip(entry, "multi-node entry without num_prefill_gpu and num_decode_gpu");
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
                    log.skip(entry, "single-node entry without tp");
                    return null;
                }
                gpus = tp;
                parallelism = "tp" + tp + (ep != null && ep > 1 ? " ep" + ep : "")
                        + (Boolean.TRUE.equals(dpAttention) ? " dp-attention" : "");
                outputTotal = outputPerGpu * tp;
            }
            String source = SOURCE_AGG.key();
            double totalPerGpu = positive(row, "tput_per_gpu");
            String run = runName();
            String id = ids.claim(Text.slug(String.join("-", run, model, hardware == null ? "" : hardware,
                    framework == null ? "" : framework, precision == null ? "" : precision,
                    parallelism.replace("prefill", "p").replace("decode", "d").replace("dp-attention", "dpa"),
                    "isl" + isl, "osl" + osl, "conc" + conc, spec == null || "none".equals(spec) ? "" : spec)
                    .replaceAll("-+", "-")));
            List<String> notes = new ArrayList<>();
            notes.add("Imported from InferenceMAX " + file.getFileName() + (run.isEmpty() ? "" : " (" + run + ")")
                    + ", entry " + entry + ".");
            if (hwRaw != null && !hwRaw.equals(hardware)) {
                notes.add("Hardware as stated: " + hwRaw + ".");
            }
            if (modelText != null && !model.equals(Text.slug(lastSegment(modelText)))) {
                notes.add("Model as served: " + modelText + ".");
            }
            if (disagg) {
                notes.add("Disaggregated: " + prefillGpus + " prefill + " + decodeGpus + " decode GPUs;"
                        + " InferenceMAX's output_tput_per_gpu " + round(outputPerGpu) + " counts decode GPUs only.");
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

        /** "run-20218553330" for InferenceMAX's run_NNN folders, else the file name's stem. */
        private String runName() {
            Path parent = file.toAbsolutePath().getParent();
            String folder = parent == null || parent.getFileName() == null ? "" : parent.getFileName().toString();
            if (folder.matches("run_\\d+")) {
                return folder.replace('_', '-');
            }
            String name = file.getFileName().toString();
            return Text.slug(name.endsWith(".json") ? name.substring(0, name.length() - 5) : name);
        }

        /** The catalog id for a hardware name; a mapping or an unknown name is counted for one warning. */
        String hardwareId(String raw) {
            String slug = Text.slug(raw);
            Set<String> known = options.knownHardware();
            if (known.contains(slug)) {
                return slug;
            }
            String base = raw.toLowerCase(Locale.ROOT).split("[-_ ]", 2)[0];
            String mapped = known.contains(base) ? base : HARDWARE_ALIASES.get(base);
            if (mapped == null && known.contains(slug.split("-", 2)[0])) {
                mapped = slug.split("-", 2)[0];
            }
            if (mapped != null && known.contains(mapped)) {
                hardwareMapped.merge("'" + raw + "' mapped to catalog id '" + mapped + "'", 1, Integer::sum);
                return mapped;
            }
            hardwareUnknown.merge(slug, 1, Integer::sum);
            return slug;
        }

        /**
         * The catalog id of a served model: from its name; when that is not a catalog model but the
         * InferenceMAX prefix names one (dsr1 → deepseek-r1), the prefix's. A mapping is warned about.
         */
        String modelId(String stated, String prefix) {
            String id = InferenceXImporter.modelId(stated);
            String fromPrefix = prefix == null ? null : MODEL_PREFIXES.get(prefix.toLowerCase(Locale.ROOT));
            if (fromPrefix != null && !options.knownModels().isEmpty() && !options.knownModels().contains(id)
                    && options.knownModels().contains(fromPrefix)) {
                id = fromPrefix;
            }
            String slug = Text.slug(lastSegment(stated));
            String precision = precisionOf(stated);
            boolean onlyPrecisionDropped = precision != null && slug.replaceAll("-" + precision + "(-v\\d+)?$", "")
                    .equals(id);
            if (!slug.equals(id) && !onlyPrecisionDropped) {
                modelsMapped.merge("'" + stated + "' mapped to '" + id + "'", 1, Integer::sum);
            }
            return id;
        }

        private LocalDate date(JsonNode json) {
            JsonNode d = json.get("date");
            if (d == null || !d.isTextual() || d.asText().length() < 8) {
                return null;
            }
            try {
                return LocalDate.parse(d.asText().substring(0, 8), RUN_DATE);
            } catch (DateTimeParseException e) {
                log.warn(0, "date", "not a YYYYMMDD-HHMMSS date: \"" + d.asText() + "\": left out");
                return null;
            }
        }
    }

    /** Settings read from a single-result file name; any part may be absent. */
    static final class NameParts {
        String model;
        String precision;
        String framework;
        Integer tp;
        Integer ep;
        Integer dp;
        Integer fused;
        boolean dpAttention;
        Integer isl;
        Integer osl;
        Integer conc;
        final List<String> parallelTokens = new ArrayList<>();
        /** A name token whose number is no plausible count (tp0, tp99999999999): the file is skipped. */
        String implausible;

        /** Counts in names are 1 to a million; anything else is recorded, never thrown. */
        Integer count(String token, String digits) {
            try {
                int n = Integer.parseInt(digits);
                if (n >= 1 && n <= 1_000_000) {
                    return n;
                }
            } catch (NumberFormatException e) {
                // too many digits for an int: implausible as well
            }
            if (implausible == null) {
                implausible = token;
            }
            return null;
        }

        static NameParts parse(String fileName) {
            NameParts p = new NameParts();
            String stem = fileName.toLowerCase(Locale.ROOT);
            stem = stem.endsWith(".json") ? stem.substring(0, stem.length() - 5) : stem;
            String[] parts = stem.split("_");
            List<String> rest = new ArrayList<>();
            for (int i = 0; i < parts.length; i++) {
                String t = parts[i];
                Matcher par = PARALLEL.matcher(t);
                Matcher sc = SCENARIO.matcher(t);
                if (i > 0 && par.matches() && (!par.group(2).isEmpty() || t.equals("dpa"))) {
                    p.parallelTokens.add(t);
                    Integer n = par.group(2).isEmpty() ? null : p.count(t, par.group(2));
                    switch (par.group(1)) {
                        case "tp" -> p.tp = n;
                        case "ep" -> p.ep = n;
                        case "dp" -> p.dp = n;
                        case "dpa" -> p.dpAttention = true;
                        case "dep" -> {
                            p.fused = n;
                            p.ep = n;
                            p.dp = n;
                            p.dpAttention = true;
                        }
                        case "tep" -> {
                            p.fused = n;
                            p.tp = n;
                            p.ep = n;
                        }
                        default -> p.fused = n;
                    }
                } else if (i > 0 && sc.matches()) {
                    Integer n = p.count(t, sc.group(2));
                    switch (sc.group(1)) {
                        case "isl" -> p.isl = n;
                        case "osl" -> p.osl = n;
                        default -> p.conc = n;
                    }
                } else if (i > 0 && PRECISIONS.contains(t) && p.precision == null) {
                    p.precision = t;
                } else {
                    rest.add(t);
                }
            }
            if (!rest.isEmpty()) {
                p.model = rest.get(0);
            }
            if (rest.size() > 1) {
                p.framework = String.join("-", rest.subList(1, rest.size()));
            }
            return p;
        }

        /** GPUs: the largest parallel degree named (DP attention runs inside the TP/EP group). */
        Integer gpus() {
            Integer max = null;
            for (Integer n : new Integer[] {tp, ep, dp, fused}) {
                if (n != null && (max == null || n > max)) {
                    max = n;
                }
            }
            return max;
        }

        String label() {
            return parallelTokens.isEmpty() ? null : String.join(" ", parallelTokens);
        }

        /** "glm5" → glm-5, "qwen35" → qwen35 (kept as written). */
        String modelFromName() {
            if (model == null) {
                return null;
            }
            String mapped = MODEL_PREFIXES.get(model);
            return mapped != null ? mapped : Text.slug(model.replaceAll("^([a-z]+)(\\d)", "$1-$2"));
        }
    }

    /**
     * The catalog model id of a served model name: the last path segment, lower-case, with trailing
     * quantisation and revision parts dropped ("zai-org/GLM-5-FP8" → glm-5,
     * "/mnt/models/deepseek-r1-0528-fp4-v2" → deepseek-r1, "openai/gpt-oss-120b" → gpt-oss-120b).
     */
    static String modelId(String stated) {
        String slug = Text.slug(lastSegment(stated));
        String previous;
        do {
            previous = slug;
            slug = MODEL_SUFFIX.matcher(slug).replaceFirst("");
        } while (!slug.equals(previous) && !slug.isEmpty());
        return slug.isEmpty() ? previous : slug;
    }

    /** Kept for callers of the previous signature: the precision suffix is dropped as before. */
    static String modelId(JsonNode json, String fromFileName, String precision) {
        String stated = text(json, "model_id");
        if (stated != null) {
            return modelId(stated);
        }
        return Text.slug(fromFileName.replaceAll("^([a-z]+)(\\d)", "$1-$2"));
    }

    /** The precision a model name ends with ("GLM-5-FP8" → fp8), or null. */
    static String precisionOf(String modelText) {
        if (modelText == null) {
            return null;
        }
        Matcher m = Pattern.compile("[-_](fp8|fp4|nvfp4|mxfp4|bf16|fp16|int4|int8)(?:[-_]v\\d+)?$")
                .matcher(lastSegment(modelText).toLowerCase(Locale.ROOT));
        return m.find() ? m.group(1) : null;
    }

    private static String lastSegment(String s) {
        String t = s.strip();
        while (t.endsWith("/")) {
            t = t.substring(0, t.length() - 1);
        }
        return t.substring(t.lastIndexOf('/') + 1);
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

    private static String text(JsonNode json, String field) {
        JsonNode n = json.get(field);
        return n != null && n.isValueNode() && !n.isNull() && !n.asText().isBlank() ? n.asText().strip() : null;
    }

    private static Integer intOrNull(JsonNode json, String field) {
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

    private static Boolean bool(JsonNode json, String field) {
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

    private static double positive(JsonNode json, String field) {
        JsonNode n = json.get(field);
        return n != null && n.isNumber() && n.asDouble() > 0 && Double.isFinite(n.asDouble()) ? n.asDouble() : Double.NaN;
    }

    private static String round(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}

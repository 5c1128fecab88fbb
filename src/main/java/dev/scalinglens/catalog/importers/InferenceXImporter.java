package dev.scalinglens.catalog.importers;

import dev.scalinglens.catalog.Catalog;
import dev.scalinglens.catalog.InferenceRun;
import dev.scalinglens.catalog.Problem;
import dev.scalinglens.catalog.Source;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

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
            InferenceXFile f = new InferenceXFile(file, options, ids, log);
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
}

package dev.scalinglens.catalog.load;

import dev.scalinglens.catalog.Catalog;
import dev.scalinglens.catalog.InferenceRun;
import dev.scalinglens.catalog.Problem;
import dev.scalinglens.catalog.RecordIds;
import dev.scalinglens.catalog.io.RecordLocation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Warns about inference runs whose model or hardware id is not in the catalog. Warnings, not errors:
 * a user's runs may be loaded before the catalog that defines their model (the check is repeated after
 * every merge, so a reference resolved by a later catalog stops being reported), and a run on unknown
 * hardware is still a valid measurement; only the per-accelerator frontier cannot place it.
 */
public final class ReferenceCheck {

    static final String UNKNOWN_MODEL = "unknown model id ";
    static final String UNKNOWN_HARDWARE = "unknown hardware id ";

    private ReferenceCheck() {
    }

    public static List<Problem> check(Catalog catalog, Map<String, RecordLocation> origins) {
        if (catalog.inferenceRuns().isEmpty()) {
            // Nothing refers to anything: skip indexing the ids (100,000 of them for a large model catalog).
            return new ArrayList<>();
        }
        Set<String> models = new HashSet<>();
        catalog.models().forEach(m -> models.add(m.id()));
        Set<String> hardware = new HashSet<>();
        catalog.hardware().forEach(h -> hardware.add(h.id()));
        List<Problem> problems = new ArrayList<>();
        for (InferenceRun run : catalog.inferenceRuns()) {
            RecordLocation at = origins.get(LoadResult.key(RecordIds.INFERENCE_RUNS, run.id()));
            if (run.model() != null && !models.contains(run.model())) {
                problems.add(warning(at, run, "model", UNKNOWN_MODEL + quote(run.model())
                        + " (no model with this id in the loaded catalogs)"));
            }
            if (run.hardware() != null && !hardware.contains(run.hardware())) {
                problems.add(warning(at, run, "hardware", UNKNOWN_HARDWARE + quote(run.hardware())
                        + " (no hardware with this id in the loaded catalogs)"));
            }
        }
        return problems;
    }

    /** True for the problems this check produces, which a merge recomputes. */
    public static boolean isReferenceProblem(Problem p) {
        return !p.isError() && (p.message().startsWith(UNKNOWN_MODEL) || p.message().startsWith(UNKNOWN_HARDWARE));
    }

    private static Problem warning(RecordLocation at, InferenceRun run, String field, String message) {
        if (at == null) {
            return new Problem(Problem.Severity.WARNING, "catalog", 0, 0,
                    "inferenceRuns[id=" + run.id() + "]." + field, message);
        }
        return new Problem(Problem.Severity.WARNING, at.file(), at.line(), at.column(), at.path() + "." + field,
                message);
    }

    private static String quote(String s) {
        return '"' + s + '"';
    }
}

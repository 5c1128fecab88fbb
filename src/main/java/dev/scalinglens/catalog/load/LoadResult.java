package dev.scalinglens.catalog.load;

import dev.scalinglens.catalog.Catalog;
import dev.scalinglens.catalog.Problem;
import dev.scalinglens.catalog.io.RecordLocation;
import java.util.List;
import java.util.Map;

/**
 * What a load produced: the merged catalog (built only from files without errors) and every problem
 * found, errors and warnings, in reading order.
 *
 * @param origins where each record of {@code catalog} was read from, keyed by {@link #key(String, String)};
 *                used to locate override notices and reference warnings when results are merged
 */
public record LoadResult(Catalog catalog, List<Problem> problems, Map<String, RecordLocation> origins) {

    public LoadResult {
        problems = List.copyOf(problems);
        origins = Map.copyOf(origins);
    }

    public LoadResult(Catalog catalog, List<Problem> problems) {
        this(catalog, problems, Map.of());
    }

    public static LoadResult empty() {
        return new LoadResult(Catalog.empty(), List.of());
    }

    /** The key of a record in {@link #origins()}: section and id, e.g. {@code models/llama-2-7b}. */
    public static String key(String section, String id) {
        return section + "/" + id;
    }

    public boolean hasErrors() {
        return errorCount() > 0;
    }

    public long errorCount() {
        return problems.stream().filter(Problem::isError).count();
    }

    public long warningCount() {
        return problems.size() - errorCount();
    }
}

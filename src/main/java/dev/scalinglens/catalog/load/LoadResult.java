package dev.scalinglens.catalog.load;

import dev.scalinglens.catalog.Catalog;
import dev.scalinglens.catalog.Problem;
import dev.scalinglens.catalog.io.RecordLocation;
import java.util.AbstractMap;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

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
        // A map handed over by the load or merge that built it is not copied again: for a 100,000-model
        // catalog each copy took about a tenth of the time of reading the file.
        origins = origins instanceof HandedOver ? origins : Map.copyOf(origins);
    }

    /** A result that takes {@code origins} as it is: the caller built it for this result and drops it now. */
    static LoadResult handingOver(Catalog catalog, List<Problem> problems, Map<String, RecordLocation> origins) {
        return new LoadResult(catalog, problems, new HandedOver(origins));
    }

    /** A read-only view of a map that no one else holds any more, so it is as fixed as a copy. */
    private static final class HandedOver extends AbstractMap<String, RecordLocation> {

        private final Map<String, RecordLocation> map;

        HandedOver(Map<String, RecordLocation> map) {
            this.map = map;
        }

        @Override
        public RecordLocation get(Object key) {
            return map.get(key);
        }

        @Override
        public boolean containsKey(Object key) {
            return map.containsKey(key);
        }

        @Override
        public int size() {
            return map.size();
        }

        @Override
        public Set<Entry<String, RecordLocation>> entrySet() {
            return Collections.unmodifiableMap(map).entrySet();
        }

        @Override
        public void forEach(BiConsumer<? super String, ? super RecordLocation> action) {
            map.forEach(action);
        }
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

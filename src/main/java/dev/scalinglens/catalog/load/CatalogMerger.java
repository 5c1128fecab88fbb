package dev.scalinglens.catalog.load;

import dev.scalinglens.catalog.Catalog;
import dev.scalinglens.catalog.MergePolicy;
import dev.scalinglens.catalog.MergeReport;
import dev.scalinglens.catalog.ModelRecord;
import dev.scalinglens.catalog.Problem;
import dev.scalinglens.catalog.RecordIds;
import dev.scalinglens.catalog.Source;
import dev.scalinglens.catalog.io.RecordLocation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Overlays one load result on another, field by field: a record of the overlay with a new id is added;
 * one with an id the base has is merged into the base record in place by {@link FieldMerge} (the overlay
 * sets fields, never erases one it does not carry; conflicts follow the {@link MergePolicy}). Everything
 * done is listed in a {@link MergeReport}; a record where the overlay overrode values also gets one
 * warning located at the overlay record, naming the fields. Inputs are never modified; the result is a
 * new snapshot.
 */
public final class CatalogMerger {

    private CatalogMerger() {
    }

    /** A merge's result and what it did. */
    public record Merged(LoadResult result, MergeReport report) {
    }

    /**
     * Merges with the default policy (the overlay wins conflicts). No report is made, so added records are not
     * listed: for a 100,000-model catalog that list was 100,000 changes made only to be dropped.
     */
    public static LoadResult merge(LoadResult base, LoadResult overlay) {
        return merge(base, overlay, MergePolicy.defaultPolicy(), false).result();
    }

    /** Merges and reports what was added, filled, overridden and kept. */
    public static Merged mergeReporting(LoadResult base, LoadResult overlay, MergePolicy policy) {
        return merge(base, overlay, policy, true);
    }

    /** @param listAdded whether the report lists added records (the other changes are needed for the notices) */
    private static Merged merge(LoadResult base, LoadResult overlay, MergePolicy policy, boolean listAdded) {
        if (isEmpty(base.catalog())) {
            // Nothing to override: skip re-indexing and re-checking a possibly large overlay.
            List<Problem> problems = new ArrayList<>(base.problems());
            problems.addAll(overlay.problems());
            return new Merged(new LoadResult(overlay.catalog(), problems, overlay.origins()),
                    new MergeReport(listAdded ? addedOnly(overlay.catalog()) : List.of()));
        }
        List<MergeReport.Change> changes = new ArrayList<>();
        // Added records go to the report only: section() lists them in `added` when it is given a list.
        List<MergeReport.Change> added = listAdded ? changes : null;
        FieldMerge fields = new FieldMerge(policy, changes);
        Map<String, RecordLocation> origins = new HashMap<>(base.origins());
        List<Problem> notices = new ArrayList<>();
        Catalog b = base.catalog();
        Catalog o = overlay.catalog();
        Map<String, Source> sources = new LinkedHashMap<>(b.sources());
        sources.putAll(o.sources());
        Catalog merged = new Catalog(Catalog.SCHEMA, sources,
                section(RecordIds.MODELS, b.models(), o.models(), base, overlay, notices, fields, changes, added),
                section(RecordIds.HARDWARE, b.hardware(), o.hardware(), base, overlay, notices, fields, changes, added),
                section(RecordIds.EXPERIMENTS, b.experiments(), o.experiments(), base, overlay, notices, fields,
                        changes, added),
                section(RecordIds.INFERENCE_RUNS, b.inferenceRuns(), o.inferenceRuns(), base, overlay, notices,
                        fields, changes, added),
                section(RecordIds.LOSS_LAWS, b.lossLaws(), o.lossLaws(), base, overlay, notices, fields, changes, added));
        // A merged record keeps the base's location; an added one has the overlay's.
        overlay.origins().forEach(origins::putIfAbsent);

        List<Problem> problems = new ArrayList<>();
        base.problems().stream().filter(p -> !ReferenceCheck.isReferenceProblem(p)).forEach(problems::add);
        overlay.problems().stream().filter(p -> !ReferenceCheck.isReferenceProblem(p)).forEach(problems::add);
        problems.addAll(notices);
        problems.addAll(ReferenceCheck.check(merged, origins));
        return new Merged(LoadResult.handingOver(merged, problems, origins), new MergeReport(changes));
    }

    private static List<MergeReport.Change> addedOnly(Catalog overlay) {
        List<MergeReport.Change> added = new ArrayList<>();
        addAll(RecordIds.MODELS, overlay.models(), added);
        addAll(RecordIds.HARDWARE, overlay.hardware(), added);
        addAll(RecordIds.EXPERIMENTS, overlay.experiments(), added);
        addAll(RecordIds.INFERENCE_RUNS, overlay.inferenceRuns(), added);
        addAll(RecordIds.LOSS_LAWS, overlay.lossLaws(), added);
        return added;
    }

    private static void addAll(String section, List<?> records, List<MergeReport.Change> out) {
        for (Object r : records) {
            out.add(added(section, RecordIds.idOf(r), r));
        }
    }

    private static MergeReport.Change added(String section, String id, Object record) {
        String source = record instanceof ModelRecord m ? m.source() : "";
        return new MergeReport.Change(MergeReport.Kind.ADDED, section, id, "", "", "", "",
                source == null ? "" : source);
    }

    private static boolean isEmpty(Catalog c) {
        return c.sources().isEmpty() && c.models().isEmpty() && c.hardware().isEmpty() && c.experiments().isEmpty()
                && c.inferenceRuns().isEmpty() && c.lossLaws().isEmpty();
    }

    private static <T> List<T> section(String section, List<T> base, List<T> overlay, LoadResult baseResult,
                                       LoadResult overlayResult, List<Problem> notices, FieldMerge fields,
                                       List<MergeReport.Change> changes, List<MergeReport.Change> added) {
        if (overlay.isEmpty()) {
            return base;
        }
        List<T> out = new ArrayList<>(base);
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < base.size(); i++) {
            index.put(RecordIds.idOf(base.get(i)), i);
        }
        for (T record : overlay) {
            String id = RecordIds.idOf(record);
            Integer at = index.get(id);
            if (at == null) {
                index.put(id, out.size());
                out.add(record);
                if (added != null) {
                    added.add(added(section, id, record));
                }
            } else {
                int before = changes.size();
                out.set(at, mergeRecord(fields, section, id, out.get(at), record));
                List<String> overridden = changes.subList(before, changes.size()).stream()
                        .filter(c -> c.kind() == MergeReport.Kind.OVERRIDDEN)
                        .map(c -> c.field() + " " + c.oldValue() + " → " + c.newValue()).toList();
                if (!overridden.isEmpty()) {
                    String key = LoadResult.key(section, id);
                    notices.add(overrideNotice(section, id, overlayResult.origins().get(key),
                            baseResult.origins().get(key), overridden));
                }
            }
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static <T> T mergeRecord(FieldMerge fields, String section, String id, T base, T overlay) {
        return (T) fields.merge(section, id, (Record) base, (Record) overlay);
    }

    private static Problem overrideNotice(String section, String id, RecordLocation now, RecordLocation before,
                                          List<String> overridden) {
        String was = before == null ? "an earlier catalog" : before.file() + (before.line() > 0 ? ":" + before.line() : "");
        String message = "overrides " + RecordIds.noun(section) + " \"" + id + "\" from " + was + ": "
                + String.join("; ", overridden);
        if (now == null) {
            return new Problem(Problem.Severity.WARNING, "overlay", 0, 0, section + "[id=" + id + "]", message);
        }
        return new Problem(Problem.Severity.WARNING, now.file(), now.line(), now.column(), now.path(), message);
    }
}

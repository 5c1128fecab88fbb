package dev.scalinglens.catalog;

import java.util.ArrayList;
import java.util.List;

/**
 * What a field-level merge did, one {@link Change} per record added and per field filled, overridden or
 * kept. A conflict is a field both sides set to different values: it is either {@code OVERRIDDEN} (the
 * overlay won) or {@code KEPT} (the curated value stayed, {@link MergePolicy#KEEP_CURATED_REPORTED}).
 */
public record MergeReport(List<Change> changes) {

    public enum Kind {
        /** A record the base did not have. */
        ADDED,
        /** A field the base left empty, set by the overlay. */
        FILLED,
        /** A conflict the overlay won: old → new. */
        OVERRIDDEN,
        /** A conflict the base won: the overlay's value was not taken. */
        KEPT
    }

    /**
     * One change. For {@code ADDED}, {@code field} is empty and the values are blank.
     *
     * @param oldSource the source of the value before the merge (the value's own, else its record's)
     * @param newSource the source of the overlay's value
     */
    public record Change(Kind kind, String section, String id, String field, String oldValue, String oldSource,
                         String newValue, String newSource) {
    }

    public MergeReport {
        changes = List.copyOf(changes);
    }

    public static MergeReport empty() {
        return new MergeReport(List.of());
    }

    /** This report followed by a later merge's. */
    public MergeReport then(MergeReport later) {
        List<Change> all = new ArrayList<>(changes);
        all.addAll(later.changes);
        return new MergeReport(all);
    }

    public long count(Kind kind) {
        return changes.stream().filter(c -> c.kind() == kind).count();
    }

    public long recordsAdded() {
        return count(Kind.ADDED);
    }

    public long fieldsFilled() {
        return count(Kind.FILLED);
    }

    public long fieldsOverridden() {
        return count(Kind.OVERRIDDEN);
    }

    /** Fields both sides set to different values, whichever won. */
    public long conflicts() {
        return count(Kind.OVERRIDDEN) + count(Kind.KEPT);
    }

    /** Records of the base that the overlay changed (filled or overrode at least one field). */
    public long recordsChanged() {
        return changes.stream().filter(c -> c.kind() != Kind.ADDED).map(c -> c.section() + "/" + c.id())
                .distinct().count();
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }

    /** "377 records added, 22 changed: 64 fields filled, 9 overridden, 9 conflicts". */
    public String summary() {
        return recordsAdded() + " records added, " + recordsChanged() + " changed: " + fieldsFilled()
                + " fields filled, " + fieldsOverridden() + " overridden, " + conflicts() + " conflicts"
                + (count(Kind.KEPT) > 0 ? " (" + count(Kind.KEPT) + " kept curated)" : "");
    }
}

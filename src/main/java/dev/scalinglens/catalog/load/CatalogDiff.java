package dev.scalinglens.catalog.load;

import dev.scalinglens.catalog.Catalog;
import dev.scalinglens.catalog.HardwareRecord;
import dev.scalinglens.catalog.ModelRecord;
import dev.scalinglens.catalog.Quantity;
import dev.scalinglens.catalog.RecordIds;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What changed between two versions of a catalog, e.g. two imports of successive Epoch exports: records
 * added and removed, and each changed value with its field and both values. Nested records
 * ({@code architecture}) are compared field by field; {@code notes} are not compared (an import writes
 * the source line into them, which moves with every export). Quantities compare by value.
 */
public final class CatalogDiff {

    public enum Kind { ADDED, REMOVED, CHANGED }

    /** One difference; {@code field} and the values are empty for an added or removed record. */
    public record Entry(Kind kind, String section, String id, String name, String field, String oldValue,
                        String newValue) {
    }

    private CatalogDiff() {
    }

    public static List<Entry> between(Catalog before, Catalog after) {
        List<Entry> out = new ArrayList<>();
        section(RecordIds.MODELS, before.models(), after.models(), out);
        section(RecordIds.HARDWARE, before.hardware(), after.hardware(), out);
        section(RecordIds.EXPERIMENTS, before.experiments(), after.experiments(), out);
        section(RecordIds.INFERENCE_RUNS, before.inferenceRuns(), after.inferenceRuns(), out);
        section(RecordIds.LOSS_LAWS, before.lossLaws(), after.lossLaws(), out);
        return out;
    }

    /** "+12 added, -3 removed, 41 values changed". */
    public static String summary(List<Entry> entries) {
        long added = entries.stream().filter(e -> e.kind() == Kind.ADDED).count();
        long removed = entries.stream().filter(e -> e.kind() == Kind.REMOVED).count();
        long changed = entries.stream().filter(e -> e.kind() == Kind.CHANGED).count();
        return added + " added, " + removed + " removed, " + changed + " values changed";
    }

    private static <T> void section(String section, List<T> before, List<T> after, List<Entry> out) {
        Map<String, T> old = new LinkedHashMap<>();
        before.forEach(r -> old.put(RecordIds.idOf(r), r));
        Map<String, T> now = new LinkedHashMap<>();
        after.forEach(r -> now.put(RecordIds.idOf(r), r));
        for (Map.Entry<String, T> e : now.entrySet()) {
            T was = old.get(e.getKey());
            if (was == null) {
                out.add(new Entry(Kind.ADDED, section, e.getKey(), name(e.getValue()), "", "", ""));
            } else {
                fields(section, e.getKey(), name(e.getValue()), "", (Record) was, (Record) e.getValue(), out);
            }
        }
        for (Map.Entry<String, T> e : old.entrySet()) {
            if (!now.containsKey(e.getKey())) {
                out.add(new Entry(Kind.REMOVED, section, e.getKey(), name(e.getValue()), "", "", ""));
            }
        }
    }

    private static void fields(String section, String id, String name, String prefix, Record before, Record after,
                               List<Entry> out) {
        for (RecordComponent c : before.getClass().getRecordComponents()) {
            if (c.getName().equals("notes")) {
                continue;
            }
            Object b = get(c, before);
            Object a = get(c, after);
            if (b instanceof Record rb && a instanceof Record ra && !(b instanceof Quantity)) {
                fields(section, id, name, prefix + c.getName() + ".", rb, ra, out);
            } else if (!same(b, a)) {
                out.add(new Entry(Kind.CHANGED, section, id, name, prefix + c.getName(), FieldMerge.text(b),
                        FieldMerge.text(a)));
            }
        }
    }

    private static boolean same(Object a, Object b) {
        if (a instanceof Quantity qa && b instanceof Quantity qb) {
            double scale = Math.max(Math.abs(qa.value()), Math.abs(qb.value()));
            return Math.abs(qa.value() - qb.value()) <= 1e-9 * scale && qa.estimated() == qb.estimated();
        }
        return Objects.equals(a, b);
    }

    private static String name(Object record) {
        if (record instanceof ModelRecord m) {
            return m.name();
        }
        if (record instanceof HardwareRecord h) {
            return h.name();
        }
        return "";
    }

    private static Object get(RecordComponent c, Record r) {
        try {
            return c.getAccessor().invoke(r);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + c.getName(), e);
        }
    }
}

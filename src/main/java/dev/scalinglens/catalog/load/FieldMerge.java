package dev.scalinglens.catalog.load;

import dev.scalinglens.catalog.MergePolicy;
import dev.scalinglens.catalog.MergeReport;
import dev.scalinglens.catalog.Quantity;
import dev.scalinglens.catalog.NumberText;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Merges two versions of one catalog record (same section and id) field by field; see {@link CatalogMerger}.
 *
 * <p>Rules, in order, for each field (record component) other than {@code id}:
 * <ol>
 *   <li>the overlay leaves it empty (null, empty list): the base value stays;</li>
 *   <li>the base leaves it empty: the overlay's value fills it ({@link MergeReport.Kind#FILLED});</li>
 *   <li>equal values (quantities: the same number, whatever their source or note): the base value stays;</li>
 *   <li>{@code source} (of the record): the base's stays, because each value keeps its own source (below);</li>
 *   <li>{@code notes}: the overlay's text is appended to the base's (filled);</li>
 *   <li>a nested record ({@code architecture}): merged field by field the same way;</li>
 *   <li>otherwise a conflict, resolved by the {@link MergePolicy}.</li>
 * </ol>
 * When the two records name different sources, every value whose source was implicit (the record's) is
 * first given its record's source explicitly, so a value never changes attribution by being merged.
 */
final class FieldMerge {

    private static final double RELATIVE_TOLERANCE = 1e-9;

    private final MergePolicy policy;
    private final List<MergeReport.Change> changes;

    FieldMerge(MergePolicy policy, List<MergeReport.Change> changes) {
        this.policy = Objects.requireNonNull(policy);
        this.changes = changes;
    }

    /** The merged record; appends what changed to the report's list. */
    <T extends Record> T merge(String section, String id, T base, T overlay) {
        String baseSource = recordSource(base);
        String overlaySource = recordSource(overlay);
        if (!Objects.equals(baseSource, overlaySource)) {
            base = pin(base, baseSource);
            overlay = pin(overlay, overlaySource);
        }
        return mergeFields(section, id, "", base, overlay, baseSource, overlaySource);
    }

    @SuppressWarnings("unchecked")
    private <T extends Record> T mergeFields(String section, String id, String prefix, T base, T overlay,
                                             String baseSource, String overlaySource) {
        RecordComponent[] components = base.getClass().getRecordComponents();
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent c = components[i];
            String name = c.getName();
            Object b = get(c, base);
            Object o = get(c, overlay);
            String field = prefix + name;
            if (prefix.isEmpty() && name.equals("id")) {
                values[i] = b;
            } else if (isEmpty(o) || same(b, o)) {
                values[i] = b;
            } else if (isEmpty(b)) {
                values[i] = o;
                changes.add(change(MergeReport.Kind.FILLED, section, id, field, b, baseSource, o, overlaySource));
            } else if (name.equals("source") && prefix.isEmpty()) {
                values[i] = b;
            } else if (name.equals("notes") && b instanceof String bs && o instanceof String os) {
                values[i] = bs.contains(os) ? bs : bs + " " + os;
                if (!bs.contains(os)) {
                    changes.add(change(MergeReport.Kind.FILLED, section, id, field + " (appended)", b, baseSource,
                            o, overlaySource));
                }
            } else if (b instanceof Record br && o instanceof Record orr && br.getClass() == orr.getClass()
                    && !(b instanceof Quantity)) {
                values[i] = mergeFields(section, id, field + ".", br, orr, baseSource, overlaySource);
            } else if (keepBase(b)) {
                values[i] = b;
                changes.add(change(MergeReport.Kind.KEPT, section, id, field, b, baseSource, o, overlaySource));
            } else {
                values[i] = o;
                changes.add(change(MergeReport.Kind.OVERRIDDEN, section, id, field, b, baseSource, o,
                        overlaySource));
            }
        }
        return (T) construct(base.getClass(), components, values);
    }

    private boolean keepBase(Object base) {
        if (policy == MergePolicy.OVERLAY_WINS) {
            return false;
        }
        return !(base instanceof Quantity q && q.estimated());
    }

    private static boolean isEmpty(Object v) {
        return v == null || (v instanceof Collection<?> c && c.isEmpty())
                || (v instanceof String s && s.isBlank());
    }

    private static boolean same(Object a, Object b) {
        if (a instanceof Quantity qa && b instanceof Quantity qb) {
            double scale = Math.max(Math.abs(qa.value()), Math.abs(qb.value()));
            return Math.abs(qa.value() - qb.value()) <= RELATIVE_TOLERANCE * scale;
        }
        if (a instanceof Double da && b instanceof Double db) {
            return same(Quantity.reported(da), Quantity.reported(db));
        }
        return Objects.equals(a, b);
    }

    private static MergeReport.Change change(MergeReport.Kind kind, String section, String id, String field,
                                             Object oldValue, String oldRecordSource, Object newValue,
                                             String newRecordSource) {
        String oldText = text(oldValue);
        String newText = text(newValue);
        if (oldText.equals(newText) && oldValue instanceof Quantity a && newValue instanceof Quantity b) {
            // Six digits hide the difference (BLOOM: 176,247,271,424 vs Epoch's 1.76247e11): show it all.
            oldText = number(a.value(), 17) + (a.estimated() ? " (estimated)" : "");
            newText = number(b.value(), 17) + (b.estimated() ? " (estimated)" : "");
        }
        return new MergeReport.Change(kind, section, id, field, oldText,
                oldValue == null ? "" : sourceOf(oldValue, oldRecordSource), newText,
                sourceOf(newValue, newRecordSource));
    }

    static String text(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof Quantity q) {
            return number(q.value()) + (q.estimated() ? " (estimated)" : "");
        }
        if (v instanceof Double d) {
            return number(d);
        }
        if (v instanceof Collection<?> c) {
            return c.size() + (c.size() == 1 ? " item" : " items");
        }
        if (v instanceof Record) {
            return v.getClass().getSimpleName();
        }
        return v.toString();
    }

    /** A number as short as it reads to 6 significant digits: 1.7999999999999999e25 → 1.8e25. */
    static String number(double v) {
        return number(v, 6);
    }

    static String number(double v, int digits) {
        if (v == 0 || !Double.isFinite(v)) {
            return NumberText.format(v);
        }
        // Rounded in decimal, not through Double.toString (JDK 17 prints 8.4e22 as 8.399999999999999E22).
        java.math.BigDecimal d = new java.math.BigDecimal(v).round(new java.math.MathContext(digits)).stripTrailingZeros();
        int exponent = d.precision() - d.scale() - 1;
        if (exponent >= -3 && exponent < 6) {
            return d.toPlainString();
        }
        return d.movePointLeft(exponent).toPlainString() + "e" + exponent;
    }

    private static String sourceOf(Object v, String recordSource) {
        String own = v instanceof Quantity q ? q.source() : null;
        String s = own != null ? own : recordSource;
        return s == null ? "" : s;
    }

    private static String recordSource(Record r) {
        for (RecordComponent c : r.getClass().getRecordComponents()) {
            if (c.getName().equals("source") && c.getType() == String.class) {
                return (String) get(c, r);
            }
        }
        return null;
    }

    /** The value with every implicit source (a quantity's, a nested record's) made the given one. */
    @SuppressWarnings("unchecked")
    static <T> T pin(T value, String source) {
        if (source == null || value == null) {
            return value;
        }
        if (value instanceof Quantity q) {
            return q.source() != null ? value : (T) new Quantity(q.value(), source, q.estimated(), q.note());
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>(list.size());
            for (Object item : list) {
                out.add(pin(item, source));
            }
            return (T) out;
        }
        if (value instanceof Record r) {
            RecordComponent[] components = r.getClass().getRecordComponents();
            Object[] values = new Object[components.length];
            boolean changed = false;
            for (int i = 0; i < components.length; i++) {
                Object v = get(components[i], r);
                Object pinned;
                if (components[i].getName().equals("source") && components[i].getType() == String.class) {
                    pinned = v == null ? source : v;
                } else if (v instanceof Quantity || v instanceof Record || v instanceof List<?>) {
                    pinned = pin(v, source);
                } else {
                    pinned = v;
                }
                changed |= pinned != v;
                values[i] = pinned;
            }
            return changed ? (T) construct(r.getClass(), components, values) : value;
        }
        return value;
    }

    private static Object get(RecordComponent c, Record r) {
        try {
            return c.getAccessor().invoke(r);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + c.getName() + " of " + r.getClass().getSimpleName(), e);
        }
    }

    private static Object construct(Class<?> type, RecordComponent[] components, Object[] values) {
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
        }
        try {
            Constructor<?> c = type.getDeclaredConstructor(types);
            return c.newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot rebuild a " + type.getSimpleName(), e);
        }
    }
}

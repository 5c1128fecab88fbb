package dev.scalinglens.app.charts;

import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Editing an immutable settings record: read a component, and make a copy with one component changed
 * through the canonical constructor (so the record's own validation runs).
 */
public final class RecordEditing {

    private RecordEditing() {
    }

    /** What kind of editor a component gets. */
    public enum Kind { ENUM, BOOLEAN, DOUBLE, INTEGER, LONG, STRING, DATE, DOUBLE_LIST, STRING_LIST, UNSUPPORTED }

    public static Kind kindOf(RecordComponent c) {
        Class<?> t = c.getType();
        if (t.isEnum()) {
            return Kind.ENUM;
        }
        if (t == boolean.class || t == Boolean.class) {
            return Kind.BOOLEAN;
        }
        if (t == double.class || t == Double.class) {
            return Kind.DOUBLE;
        }
        if (t == int.class || t == Integer.class) {
            return Kind.INTEGER;
        }
        if (t == long.class || t == Long.class) {
            return Kind.LONG;
        }
        if (t == String.class) {
            return Kind.STRING;
        }
        if (t == java.time.LocalDate.class) {
            return Kind.DATE;
        }
        if (t == List.class && c.getGenericType() instanceof ParameterizedType p) {
            Type[] args = p.getActualTypeArguments();
            if (args.length == 1 && args[0] == Double.class) {
                return Kind.DOUBLE_LIST;
            }
            if (args.length == 1 && args[0] == String.class) {
                return Kind.STRING_LIST;
            }
        }
        return Kind.UNSUPPORTED;
    }

    /**
     * The value an editor shows: the component's, or when it is null the value the settings use instead (a
     * preset's field, {@link dev.scalinglens.charts.ShownDefaults}).
     */
    public static Object shown(Record record, RecordComponent c) {
        Object v = get(record, c);
        if (v == null && record instanceof dev.scalinglens.charts.ShownDefaults d) {
            return d.shownDefault(c.getName());
        }
        return v;
    }

    public static Object get(Record record, RecordComponent c) {
        try {
            return c.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + c.getName(), e);
        }
    }

    /**
     * A copy of {@code record} with component {@code name} set to {@code value}.
     *
     * @throws IllegalArgumentException when the record refuses the value (its message says why)
     */
    @SuppressWarnings("unchecked")
    public static <R extends Record> R with(R record, String name, Object value) {
        RecordComponent[] components = record.getClass().getRecordComponents();
        Object[] args = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        boolean found = false;
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            if (components[i].getName().equals(name)) {
                args[i] = value;
                found = true;
            } else {
                args[i] = get(record, components[i]);
            }
        }
        if (!found) {
            throw new IllegalArgumentException("no setting named " + name);
        }
        try {
            Constructor<?> canonical = record.getClass().getDeclaredConstructor(types);
            canonical.setAccessible(true);
            return (R) canonical.newInstance(args);
        } catch (java.lang.reflect.InvocationTargetException e) {
            Throwable cause = e.getCause();
            throw new IllegalArgumentException(cause.getMessage() == null ? cause.toString() : cause.getMessage(), cause);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot rebuild " + record.getClass().getSimpleName(), e);
        }
    }

    /** "1, 2.5, 1e3" → [1.0, 2.5, 1000.0]; blank → empty list. */
    public static List<Double> parseDoubles(String text) {
        List<Double> out = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        for (String part : text.split(",")) {
            String s = part.strip();
            if (!s.isEmpty()) {
                out.add(parseDouble(s));
            }
        }
        return out;
    }

    /** A finite number, or IllegalArgumentException with the offending text. */
    public static double parseDouble(String text) {
        try {
            double v = Double.parseDouble(text.strip());
            if (!Double.isFinite(v)) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a number: \"" + text.strip() + "\"");
        }
    }

    /** "a, b ,c" → [a, b, c]; blank parts are dropped. */
    public static List<String> parseStrings(String text) {
        List<String> out = new ArrayList<>();
        if (text != null) {
            for (String part : text.split(",")) {
                if (!part.isBlank()) {
                    out.add(part.strip());
                }
            }
        }
        return out;
    }

    public static String formatStrings(List<String> values) {
        return values == null ? "" : String.join(", ", values);
    }

    /** "2023-01-31" → that date; blank → null (no bound). */
    public static java.time.LocalDate parseDate(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return java.time.LocalDate.parse(text.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException("not a date (yyyy-mm-dd): \"" + text.strip() + "\"");
        }
    }

    public static String formatDoubles(List<Double> values) {
        return values == null ? "" : String.join(", ", values.stream().map(RecordEditing::formatDouble).toList());
    }

    /**
     * Short and re-parseable: "20", "0.5", "1e21" (not "1.0E21", nor JDK 17's "9.999999999999999E22" for
     * 1e23): the fewest significant digits that read back as the same double.
     */
    public static String formatDouble(double v) {
        java.math.BigDecimal exact = new java.math.BigDecimal(v);
        java.math.BigDecimal shortest = exact;
        for (int digits = 1; digits <= 17; digits++) {
            java.math.BigDecimal rounded = exact.round(new java.math.MathContext(digits));
            if (rounded.doubleValue() == v) {
                shortest = rounded;
                break;
            }
        }
        shortest = shortest.stripTrailingZeros();
        double abs = Math.abs(v);
        if (abs == 0 || (abs >= 1e-3 && abs < 1e6)) {
            return shortest.toPlainString();
        }
        return shortest.toString().replace("E+", "e").replace("E", "e");
    }

    /** "tokensPerParameter" → "Tokens per parameter". */
    /**
     * The accepted range of a component as words ("128 … 1,048,576 tokens") from its
     * {@link dev.scalinglens.charts.SettingRange}, or empty when it has none.
     */
    public static String rangeText(RecordComponent c) {
        dev.scalinglens.charts.SettingRange r = c.getAnnotation(dev.scalinglens.charts.SettingRange.class);
        if (r == null) {
            return "";
        }
        String text = number(r.min()) + " … " + number(r.max());
        return r.unit().isEmpty() ? text : text + " " + r.unit();
    }

    private static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15
                ? String.format(java.util.Locale.ROOT, "%,d", (long) v) : formatDouble(v);
    }

    public static String label(String componentName) {
        String words = WORDS.get(componentName);
        if (words != null) {
            return words;
        }
        String spaced = componentName.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }

    /**
     * Settings components whose name does not read as words by itself (ids, units, acronyms), kept short
     * enough for the sheet's name column (150 px, base.css).
     */
    private static final java.util.Map<String, String> WORDS = java.util.Map.ofEntries(
            java.util.Map.entry("lossLawId", "Loss law"),
            java.util.Map.entry("parameterBasis", "Parameters"),
            java.util.Map.entry("isoComputeBudgetsFlops", "Iso-FLOP budgets"),
            java.util.Map.entry("showRatioLine", "Show ratio line"),
            java.util.Map.entry("showIsoCompute", "Show iso-FLOPs"),
            java.util.Map.entry("showFrontier", "Show frontier"),
            java.util.Map.entry("reference", "Verdict versus"),
            java.util.Map.entry("modelId", "Model"),
            java.util.Map.entry("showMeasuredRuns", "Measured runs"),
            java.util.Map.entry("hardwareIds", "Hardware"),
            java.util.Map.entry("gpusPerReplica", "GPUs per replica"),
            java.util.Map.entry("maxBatch", "Max batch"),
            java.util.Map.entry("contextLengthTokens", "Context (tokens)"),
            java.util.Map.entry("yMetric", "Y axis"),
            java.util.Map.entry("xMetric", "X axis"),
            java.util.Map.entry("targetInteractivityTokensPerSecondPerUser", "Target tok/s/user"),
            java.util.Map.entry("percentile", "Latency statistic"),
            java.util.Map.entry("tokens", "Tokens counted"),
            java.util.Map.entry("tokensPerParameter", "Tokens/parameter"),
            java.util.Map.entry("pricePerGpuHourUsd", "USD per GPU-hour"),
            java.util.Map.entry("sla", "SLA"),
            java.util.Map.entry("slaValue", "SLA value"),
            java.util.Map.entry("experimentId", "Experiment"),
            java.util.Map.entry("splitAtChatGpt", "Split at ChatGPT"),
            java.util.Map.entry("bootstrapReplicates", "Bootstrap runs"),
            java.util.Map.entry("allScoreKinds", "All score kinds"));

    /**
     * How an enum constant reads in a settings sheet: its {@code label()} when the enum has one, otherwise its
     * name in sentence case ("PER_GPU" → "Per gpu" would be wrong, so enums with acronyms define labels).
     */
    public static String enumLabel(Object constant) {
        if (!(constant instanceof Enum<?> e)) {
            return String.valueOf(constant);
        }
        try {
            Object label = e.getDeclaringClass().getMethod("label").invoke(e);
            if (label instanceof String text && !text.isBlank()) {
                return text;
            }
        } catch (ReflectiveOperationException | RuntimeException noLabel) {
            // falls through to the name
        }
        String words = e.name().replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    public static List<RecordComponent> components(Class<? extends Record> type) {
        return Arrays.asList(type.getRecordComponents());
    }
}

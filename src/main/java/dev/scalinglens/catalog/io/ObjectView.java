package dev.scalinglens.catalog.io;

import dev.scalinglens.catalog.NumberText;
import dev.scalinglens.catalog.Quantity;
import java.time.LocalDate;
import java.time.DateTimeException;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Typed, located access to the members of one JSON object. Every accessor reports what it expected
 * and what it found, at the member's location, and returns null on a problem so decoding continues
 * and collects every problem in the file.
 */
final class ObjectView {

    /** Documents the slug rule; {@link #isSlug} checks it without a regex (every record has an id). */
    static final Pattern SLUG = Pattern.compile("^[a-z0-9]+([.-][a-z0-9]+)*$");
    /** The first language models worth charting are far later; earlier dates are typos. */
    static final int EARLIEST_YEAR = 1950;

    private final JsonNode.ObjectNode node;
    private final String path;
    private final DecodeContext context;

    private ObjectView(JsonNode.ObjectNode node, String path, DecodeContext context) {
        this.node = node;
        this.path = path;
        this.context = context;
    }

    /** A view of {@code value}, or null (with an error) when it is not an object; warns on unknown members. */
    static ObjectView of(JsonNode value, String path, DecodeContext context, Set<String> known) {
        if (!(value instanceof JsonNode.ObjectNode object)) {
            context.sink().error(value, path, "expected an object, got " + value.describe());
            return null;
        }
        for (JsonNode.Field field : object.fields().values()) {
            if (!known.contains(field.name())) {
                context.sink().warning(field.line(), field.column(), child(path, field.name()),
                        "unknown field (ignored)");
            }
        }
        return new ObjectView(object, path, context);
    }

    String pathOf(String name) {
        return child(path, name);
    }

    static String child(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    /** The member's value, or null when absent or JSON null. */
    JsonNode get(String name) {
        JsonNode.Field field = node.fields().get(name);
        if (field == null || field.value() instanceof JsonNode.NullNode) {
            return null;
        }
        return field.value();
    }

    private JsonNode required(String name) {
        JsonNode value = get(name);
        if (value == null) {
            context.sink().error(node, pathOf(name), "missing required field");
        }
        return value;
    }

    String string(String name, boolean required) {
        JsonNode value = required ? required(name) : get(name);
        if (value == null) {
            return null;
        }
        if (value instanceof JsonNode.StringNode s) {
            if (required && s.value().isBlank()) {
                context.sink().error(value, pathOf(name), "expected a non-empty string");
                return null;
            }
            return s.value();
        }
        context.sink().error(value, pathOf(name), "expected a string, got " + value.describe());
        return null;
    }

    String slug(String name, boolean required) {
        JsonNode value = required ? required(name) : get(name);
        String text = value == null ? null : string(name, false);
        if (text == null) {
            return null;
        }
        if (!isSlug(text)) {
            context.sink().error(value, pathOf(name),
                    "expected a lowercase slug such as llama-3.1-8b, got " + value.describe());
            return null;
        }
        return text;
    }

    /** A source reference: recorded for the end-of-file check that it names a known source or a URL. */
    String source(String name) {
        String text = string(name, false);
        if (text != null && context.mayWarnAbout(text)) {
            context.noteSourceReference(text, get(name), pathOf(name));
        }
        return text;
    }

    Boolean bool(String name) {
        JsonNode value = get(name);
        if (value == null) {
            return null;
        }
        if (value instanceof JsonNode.BooleanNode b) {
            return b.value();
        }
        context.sink().error(value, pathOf(name), "expected true or false, got " + value.describe());
        return null;
    }

    Integer positiveInteger(String name) {
        JsonNode value = get(name);
        if (value == null) {
            return null;
        }
        if (value instanceof JsonNode.NumberNode n && n.value() >= 1 && n.value() <= Integer.MAX_VALUE
                && n.value() == Math.rint(n.value())) {
            return (int) n.value();
        }
        context.sink().error(value, pathOf(name), "expected a positive whole number, got " + value.describe());
        return null;
    }

    /** A finite number (any sign); with {@code positive} it must also be greater than zero. */
    Double number(String name, boolean required, boolean positive) {
        JsonNode value = required ? required(name) : get(name);
        if (value == null) {
            return null;
        }
        return checkNumber(value, pathOf(name), positive);
    }

    private Double checkNumber(JsonNode value, String at, boolean positive) {
        if (value instanceof JsonNode.NumberNode n && Double.isFinite(n.value()) && (!positive || n.value() > 0)) {
            return n.value();
        }
        context.sink().error(value, at, (positive ? "expected a positive number, got " : "expected a number, got ")
                + value.describe());
        return null;
    }

    /** A quantity written as a bare positive number or as {@code {value, source, estimated, note}}. */
    Quantity positiveQuantity(String name) {
        return quantity(name, 0, Double.POSITIVE_INFINITY);
    }

    /**
     * A quantity in the closed range [min, max] (min 0 means "greater than zero" unless max is finite,
     * i.e. percentages may be zero).
     */
    Quantity quantity(String name, double min, double max) {
        JsonNode value = get(name);
        if (value == null) {
            return null;
        }
        String at = pathOf(name);
        if (value instanceof JsonNode.NumberNode) {
            Double v = checkRange(value, at, min, max);
            return v == null ? null : Quantity.reported(v);
        }
        ObjectView q = of(value, at, context, QUANTITY_FIELDS);
        if (q == null) {
            return null;
        }
        JsonNode inner = q.required("value");
        Double v = inner == null ? null : checkRange(inner, q.pathOf("value"), min, max);
        String source = q.source("source");
        Boolean estimated = q.bool("estimated");
        String note = q.string("note", false);
        return v == null ? null : new Quantity(v, source, Boolean.TRUE.equals(estimated), note);
    }

    private static final Set<String> QUANTITY_FIELDS = Set.of("value", "source", "estimated", "note");

    private Double checkRange(JsonNode value, String at, double min, double max) {
        if (Double.isInfinite(max)) {
            return checkNumber(value, at, true);
        }
        if (value instanceof JsonNode.NumberNode n && n.value() >= min && n.value() <= max) {
            return n.value();
        }
        context.sink().error(value, at, "expected a number from " + NumberText.format(min) + " to "
                + NumberText.format(max) + ", got " + value.describe());
        return null;
    }

    LocalDate date(String name) {
        JsonNode value = get(name);
        if (value == null) {
            return null;
        }
        String at = pathOf(name);
        if (!(value instanceof JsonNode.StringNode s) || !isDateShaped(s.value())) {
            context.sink().error(value, at, "expected a date YYYY-MM-DD, got " + value.describe());
            return null;
        }
        LocalDate date;
        try {
            String t = s.value();
            // Hand-split: a formatter per date is a visible cost in a 100,000-model catalog.
            date = LocalDate.of(Integer.parseInt(t, 0, 4, 10), Integer.parseInt(t, 5, 7, 10),
                    Integer.parseInt(t, 8, 10, 10));
        } catch (DateTimeException e) {
            context.sink().error(value, at, "impossible date " + value.describe());
            return null;
        }
        if (date.getYear() < EARLIEST_YEAR) {
            context.sink().error(value, at, "date " + s.value() + " is before " + EARLIEST_YEAR);
            return null;
        }
        if (date.isAfter(context.today().plusYears(1))) {
            context.sink().error(value, at, "date " + s.value() + " is more than a year in the future");
            return null;
        }
        return date;
    }

    /** Exactly YYYY-MM-DD with ASCII digits. */
    private static boolean isDateShaped(String t) {
        if (t.length() != 10 || t.charAt(4) != '-' || t.charAt(7) != '-') {
            return false;
        }
        for (int i = 0; i < 10; i++) {
            char c = t.charAt(i);
            if (i != 4 && i != 7 && (c < '0' || c > '9')) {
                return false;
            }
        }
        return true;
    }

    /** The array's elements, or null (with an error) when the member is not an array. */
    List<JsonNode> array(String name) {
        JsonNode value = get(name);
        if (value == null) {
            return List.of();
        }
        if (value instanceof JsonNode.ArrayNode a) {
            return a.items();
        }
        context.sink().error(value, pathOf(name), "expected an array, got " + value.describe());
        return List.of();
    }

    /** Decodes each element of an array member, giving each its indexed path. */
    void forEach(String name, ElementDecoder decoder) {
        List<JsonNode> items = array(name);
        String base = pathOf(name);
        for (int i = 0; i < items.size(); i++) {
            decoder.decode(items.get(i), base + "[" + i + "]");
        }
    }

    interface ElementDecoder {
        void decode(JsonNode element, String path);
    }

    /** Same as {@link #SLUG}: runs of [a-z0-9] joined by single '.' or '-'. */
    static boolean isSlug(String text) {
        boolean previousWasSeparator = true; // no separator first
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean alnum = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
            if (alnum) {
                previousWasSeparator = false;
            } else if ((c == '.' || c == '-') && !previousWasSeparator) {
                previousWasSeparator = true;
            } else {
                return false;
            }
        }
        return !previousWasSeparator;
    }
}

package dev.scalinglens.export;

import dev.scalinglens.plot.layout.TickFormatter;
import dev.scalinglens.plot.spec.TickFormat;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The "what changed" note of a rebuilt slide: the drawn values of the previous deck's slide against this
 * one's, e.g. "Changed since the previous deck (built 2026-11-02; catalog 3f2a… → 9c41…): 3 added: A, B, C;
 * Llama 3.1 405B training tokens 15T → 15.6T." Points are matched by id; a value counts as changed when
 * it moved by more than one part in a million. Values are written as the axis writes them (15.6T, a date),
 * with as many digits as it takes to tell the two apart.
 */
public final class SlideChanges {

    /** Names listed per kind of change before "and N more". */
    static final int MAX_LISTED = 5;

    private static final double TOLERANCE = 1e-6;
    private static final String[] SI_LARGE = {"", "k", "M", "B", "T"};

    private SlideChanges() {
    }

    /** The note, or empty when no drawn value and no key number changed. */
    public static Optional<String> note(SlideValues before, SlideValues now) {
        Map<String, SlideValues.Point> old = byId(before);
        Map<String, SlideValues.Point> fresh = byId(now);
        List<String> added = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        // Of a chart with more points than a slide keeps, only the kept ones are compared: which points are
        // new or gone cannot be told from a truncated list.
        boolean complete = before.complete() && now.complete();
        for (SlideValues.Point p : fresh.values()) {
            SlideValues.Point was = old.get(p.id());
            if (was == null) {
                if (complete) {
                    added.add(p.name());
                }
                continue;
            }
            List<String> moves = new ArrayList<>();
            if (differs(was.x(), p.x())) {
                moves.add(field(now.x()) + " " + pair(was.x(), p.x(), now.x().format()));
            }
            if (differs(was.y(), p.y())) {
                moves.add(field(now.y()) + " " + pair(was.y(), p.y(), now.y().format()));
            }
            if (!moves.isEmpty()) {
                changed.add(p.name() + " " + String.join(", ", moves));
            }
        }
        List<String> removed = !complete ? List.of() : old.values().stream().filter(p -> !fresh.containsKey(p.id()))
                .map(SlideValues.Point::name).toList();
        List<String> parts = new ArrayList<>();
        if (!added.isEmpty()) {
            parts.add(added.size() + " added: " + listed(added));
        }
        if (!removed.isEmpty()) {
            parts.add(removed.size() + " removed: " + listed(removed));
        }
        parts.addAll(changed.subList(0, Math.min(MAX_LISTED, changed.size())));
        if (changed.size() > MAX_LISTED) {
            parts.add((changed.size() - MAX_LISTED) + " more values changed");
        }
        List<String> factChanges = factChanges(before.facts(), now.facts());
        parts.addAll(factChanges);
        if (parts.isEmpty()) {
            return Optional.empty();
        }
        String scope = complete ? "" : " (of the first " + SlideValues.MAX_POINTS + " points drawn)";
        return Optional.of(header(before, now) + String.join("; ", parts) + scope + ".");
    }

    private static String header(SlideValues before, SlideValues now) {
        String built = before.built() == null ? "" : "built " + before.built() + "; ";
        String catalog = before.catalog().equals(now.catalog()) ? "same catalog " + now.catalog()
                : "catalog " + before.catalog() + " → " + now.catalog();
        return "Changed since the previous deck (" + built + catalog + "): ";
    }

    /** A key number whose sentence changed, as "key number before: …" (the new one is in the notes already). */
    private static List<String> factChanges(List<String> before, List<String> now) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < Math.min(before.size(), now.size()); i++) {
            if (!before.get(i).equals(now.get(i))) {
                out.add("key number before: " + before.get(i).strip().replaceFirst("\\.$", ""));
            }
        }
        if (before.size() != now.size()) {
            out.add(now.size() + " key numbers, were " + before.size());
        }
        return out.size() > MAX_LISTED ? out.subList(0, MAX_LISTED) : out;
    }

    private static Map<String, SlideValues.Point> byId(SlideValues values) {
        Map<String, SlideValues.Point> out = new LinkedHashMap<>();
        values.points().forEach(p -> out.putIfAbsent(p.id(), p));
        return out;
    }

    private static boolean differs(double a, double b) {
        return Math.abs(a - b) > TOLERANCE * Math.max(Math.abs(a), Math.abs(b));
    }

    private static String listed(List<String> names) {
        String shown = String.join(", ", names.subList(0, Math.min(MAX_LISTED, names.size())));
        return names.size() > MAX_LISTED ? shown + " and " + (names.size() - MAX_LISTED) + " more" : shown;
    }

    /** "Training tokens (count)" → "training tokens": the axis title without its unit, as a field name. */
    static String field(SlideValues.Axis axis) {
        String title = axis.title().replaceFirst("\\s*\\([^)]*\\)\\s*$", "").strip();
        if (title.isEmpty()) {
            return "value";
        }
        boolean word = title.length() > 1 && Character.isUpperCase(title.charAt(0))
                && Character.isLowerCase(title.charAt(1));
        return word ? title.substring(0, 1).toLowerCase(Locale.ROOT) + title.substring(1) : title;
    }

    /** "15T → 15.6T": the fewest significant digits (3 to 10) that tell the two values apart. */
    static String pair(double before, double after, TickFormat format) {
        if (format == TickFormat.DATE) {
            return date(before) + " → " + date(after);
        }
        for (int digits = 3; digits <= 10; digits++) {
            String a = value(before, format, digits);
            String b = value(after, format, digits);
            if (!a.equals(b)) {
                return a + " → " + b;
            }
        }
        return value(before, format, 10) + " → " + value(after, format, 10);
    }

    private static String date(double daysSinceEpoch) {
        return LocalDate.ofEpochDay((long) Math.floor(daysSinceEpoch + 1e-6)).toString();
    }

    private static String value(double v, TickFormat format, int digits) {
        if (v == 0) {
            return "0";
        }
        return switch (format) {
            case SI -> si(v, digits);
            case POWER_OF_TEN -> {
                int exponent = (int) Math.floor(Math.log10(Math.abs(v)) + 1e-9);
                yield significant(v / Math.pow(10, exponent), digits) + "×10" + TickFormatter.superscript(exponent);
            }
            default -> significant(v, digits);
        };
    }

    private static String si(double v, int digits) {
        int exp3 = (int) Math.floor(Math.log10(Math.abs(v)) / 3 + 1e-9);
        if (exp3 < 0 || exp3 >= SI_LARGE.length) {
            return significant(v, digits);
        }
        return significant(v / Math.pow(1000, exp3), digits) + SI_LARGE[exp3];
    }

    private static String significant(double v, int digits) {
        String s = new BigDecimal(v).round(new MathContext(digits, RoundingMode.HALF_EVEN)).stripTrailingZeros()
                .toPlainString();
        return s.startsWith("-") ? "\u2212" + s.substring(1) : s;
    }
}

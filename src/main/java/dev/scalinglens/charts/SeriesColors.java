package dev.scalinglens.charts;

import dev.scalinglens.catalog.Catalog;
import dev.scalinglens.catalog.HardwareRecord;
import dev.scalinglens.catalog.ModelRecord;
import dev.scalinglens.plot.spec.MarkerShape;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The charts' colour encoding: which colour and marker shape a model family group or an accelerator gets. The
 * plot engine only resolves the colour keys this class writes into the spec ({@code #light/#dark} pairs).
 *
 * <p>Eight hues and one grey, chosen (and checked by {@code SeriesColorsTest}) so that any two are at least
 * ΔE00 15 apart, and still ΔE00 10 apart under a full deuteranopia simulation (Machado et al. 2009), in each
 * theme. The light set is Okabe &amp; Ito (2008) plus brown and indigo; the dark set keeps the hues, lifted where
 * a colour would sink into the dark background. Each slot also has its own marker shape, a second cue.
 *
 * <p>Assignment is deterministic and free of collisions: entities are ranked by how many catalog records they
 * have (then by name), the first eight take the eight hues in order, and the rest share the grey "Other"
 * series. Versions of a family are one group: Llama, Llama 2, Llama 3 → "Llama".
 */
public final class SeriesColors {

    static final int[] LIGHT = {0x0072B2, 0xE69F00, 0x009E73, 0xD55E00, 0xCC79A7, 0x56B4E9, 0x8C510A, 0x332288};
    static final int[] DARK = {0x3392C9, 0xE69F00, 0x009E73, 0xCC3311, 0xFFAABB, 0x5CC9F1, 0x999933, 0xAA4499};
    static final int OTHER_LIGHT = 0x555555;
    static final int OTHER_DARK = 0x9C9C9C;
    static final MarkerShape[] SHAPES = {MarkerShape.CIRCLE, MarkerShape.SQUARE, MarkerShape.DIAMOND,
            MarkerShape.TRIANGLE_UP, MarkerShape.CIRCLE, MarkerShape.SQUARE, MarkerShape.DIAMOND,
            MarkerShape.TRIANGLE_DOWN};

    /** How many entities get a hue of their own. */
    public static final int HUES = LIGHT.length;
    /** The series holding every entity past the first {@link #HUES}. */
    public static final String OTHER = "Other";

    /** A trailing version: "3", "3.1", "-2", "V2", "LLM", "2.5" (kept: names that are only a version). */
    private static final Pattern VERSION = Pattern.compile("(?i)(\\s+llm|[\\s-]*v?\\d+(\\.\\d+)*[a-z]?)$");

    private final Map<String, Integer> slots;

    private SeriesColors(Map<String, Integer> slots) {
        this.slots = slots;
    }

    /** The family group of a family name: the name without its version ("Gemma 3" → "Gemma"). */
    public static String familyGroup(String family) {
        if (family == null || family.isBlank()) {
            return ModelPointLayers.UNKNOWN_FAMILY;
        }
        // A catalog has a few hundred family names and every model asks: the regex ran per model (a third of
        // a 100,000-model chart's build).
        return cached(GROUPS, family, SeriesColors::stripVersions);
    }

    /** {@code compute(name)}, remembered; bounded so odd inputs cannot grow a cache without end. */
    private static String cached(Map<String, String> cache, String name, java.util.function.UnaryOperator<String> compute) {
        String hit = cache.get(name);
        if (hit != null) {
            return hit;
        }
        String value = compute.apply(name);
        if (cache.size() < GROUP_CACHE_SIZE) {
            cache.put(name, value);
        }
        return value;
    }

    private static final int GROUP_CACHE_SIZE = 10_000;
    private static final Map<String, String> GROUPS = new java.util.concurrent.ConcurrentHashMap<>();

    private static String stripVersions(String family) {
        String s = family.strip();
        for (int i = 0; i < 3; i++) {
            String stripped = VERSION.matcher(s).replaceFirst("").strip();
            // "Kimi K2" keeps its "K2": a one-letter stem is a name, not a family with a version.
            String lastWord = stripped.substring(Math.max(stripped.lastIndexOf(' '), stripped.lastIndexOf('-')) + 1);
            if (stripped.isEmpty() || stripped.equals(s) || lastWord.length() < 2) {
                break;
            }
            s = stripped;
        }
        return s;
    }

    /** The name lower-cased with everything but a-z and 0-9 dropped (as {@code replaceAll("[^a-z0-9]", "")}). */
    static String key(String name) {
        // Asked three times per model when a chart groups 100,000 models, for a few hundred distinct names.
        return cached(KEYS, name, SeriesColors::computeKey);
    }

    private static final Map<String, String> KEYS = new java.util.concurrent.ConcurrentHashMap<>();

    private static String computeKey(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        StringBuilder out = null;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            boolean keep = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
            if (!keep && out == null) {
                out = new StringBuilder(lower.length()).append(lower, 0, i);
            } else if (keep && out != null) {
                out.append(c);
            }
        }
        return out == null ? lower : out.toString();
    }

    /** Slots for the catalog's model family groups, ranked by model count, then name. */
    public static SeriesColors forFamilies(Catalog catalog) {
        return forFamilies(catalog.models());
    }

    public static SeriesColors forFamilies(List<ModelRecord> models) {
        Map<String, Integer> counts = new HashMap<>();
        for (ModelRecord m : models) {
            counts.merge(key(familyGroup(m.family())), 1, Integer::sum);
        }
        return ranked(counts);
    }

    /**
     * Display names of the family groups: the spelling most models use ("Llama" over "LLaMA"), then the first
     * alphabetically.
     */
    public static Map<String, String> groupNames(List<ModelRecord> models) {
        Map<String, Map<String, Integer>> spellings = new HashMap<>();
        for (ModelRecord m : models) {
            String g = familyGroup(m.family());
            spellings.computeIfAbsent(key(g), k -> new HashMap<>()).merge(g, 1, Integer::sum);
        }
        Map<String, String> out = new HashMap<>();
        spellings.forEach((k, v) -> out.put(k, v.entrySet().stream()
                .max(Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue)
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .orElseThrow().getKey()));
        return out;
    }

    /** Slots for accelerators in the catalog's hardware order (the order the hardware file lists them). */
    public static SeriesColors forHardware(Catalog catalog) {
        Map<String, Integer> slots = new LinkedHashMap<>();
        for (HardwareRecord h : catalog.hardware()) {
            if (slots.size() >= HUES) {
                break;
            }
            slots.put(key(h.name() == null ? h.id() : h.name()), slots.size());
            slots.putIfAbsent(key(h.id()), slots.get(key(h.name() == null ? h.id() : h.name())));
        }
        return new SeriesColors(slots);
    }

    /** Slots for arbitrary values counted by the caller (organisation, release year, open weights). */
    public static SeriesColors ranked(Map<String, Integer> counts) {
        List<Map.Entry<String, Integer>> entries = new ArrayList<>(counts.entrySet());
        entries.sort(Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue).reversed()
                .thenComparing(Map.Entry::getKey));
        Map<String, Integer> slots = new HashMap<>();
        for (int i = 0; i < Math.min(HUES, entries.size()); i++) {
            slots.put(key(entries.get(i).getKey()), i);
        }
        return new SeriesColors(slots);
    }

    /** Slots in the given order (e.g. release years, earliest first); past {@link #HUES} values are "Other". */
    public static SeriesColors ordered(List<String> values) {
        Map<String, Integer> slots = new LinkedHashMap<>();
        for (String v : values) {
            if (slots.size() < HUES) {
                slots.putIfAbsent(key(v), slots.size());
            }
        }
        return new SeriesColors(slots);
    }

    /** Whether the entity has a hue of its own (otherwise it belongs to the "Other" series). */
    public boolean hasHue(String entity) {
        return entity != null && slots.containsKey(key(entity));
    }

    /** The colour key of an entity: a "#light/#dark" pair the plot engine resolves per theme. */
    public String colorKey(String entity) {
        Integer slot = entity == null ? null : slots.get(key(entity));
        return slot == null ? otherColorKey() : pair(LIGHT[slot], DARK[slot]);
    }

    /** Every hue's colour key, in slot order. */
    public static List<String> allColorKeys() {
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < HUES; i++) {
            keys.add(pair(LIGHT[i], DARK[i]));
        }
        return keys;
    }

    public static String otherColorKey() {
        return pair(OTHER_LIGHT, OTHER_DARK);
    }

    public MarkerShape shape(String entity) {
        Integer slot = entity == null ? null : slots.get(key(entity));
        return slot == null ? MarkerShape.CIRCLE : SHAPES[slot];
    }

    private static String pair(int light, int dark) {
        return String.format(Locale.ROOT, "#%06X/#%06X", light, dark);
    }
}

package dev.scalinglens.catalog.importers;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Settings read from a single-result file name; any part may be absent. */
final class InferenceXFileName {

    private static final Pattern PARALLEL = Pattern.compile("^(tp|ep|dep|tep|dp|dpa|pp)(\\d*)$");
    private static final Pattern SCENARIO = Pattern.compile("^(isl|osl|conc)(\\d+)$");

    String model;
    String precision;
    String framework;
    Integer tp;
    Integer ep;
    Integer dp;
    Integer fused;
    boolean dpAttention;
    Integer isl;
    Integer osl;
    Integer conc;
    final List<String> parallelTokens = new ArrayList<>();
    /** A name token whose number is no plausible count (tp0, tp99999999999): the file is skipped. */
    String implausible;

    /** Counts in names are 1 to a million; anything else is recorded, never thrown. */
    Integer count(String token, String digits) {
        try {
            int n = Integer.parseInt(digits);
            if (n >= 1 && n <= 1_000_000) {
                return n;
            }
        } catch (NumberFormatException e) {
            // too many digits for an int: implausible as well
        }
        if (implausible == null) {
            implausible = token;
        }
        return null;
    }

    static InferenceXFileName parse(String fileName) {
        InferenceXFileName p = new InferenceXFileName();
        String stem = fileName.toLowerCase(Locale.ROOT);
        stem = stem.endsWith(".json") ? stem.substring(0, stem.length() - 5) : stem;
        String[] parts = stem.split("_");
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < parts.length; i++) {
            String t = parts[i];
            Matcher par = PARALLEL.matcher(t);
            Matcher sc = SCENARIO.matcher(t);
            if (i > 0 && par.matches() && (!par.group(2).isEmpty() || t.equals("dpa"))) {
                p.parallelTokens.add(t);
                Integer n = par.group(2).isEmpty() ? null : p.count(t, par.group(2));
                switch (par.group(1)) {
                    case "tp" -> p.tp = n;
                    case "ep" -> p.ep = n;
                    case "dp" -> p.dp = n;
                    case "dpa" -> p.dpAttention = true;
                    case "dep" -> {
                        p.fused = n;
                        p.ep = n;
                        p.dp = n;
                        p.dpAttention = true;
                    }
                    case "tep" -> {
                        p.fused = n;
                        p.tp = n;
                        p.ep = n;
                    }
                    default -> p.fused = n;
                }
            } else if (i > 0 && sc.matches()) {
                Integer n = p.count(t, sc.group(2));
                switch (sc.group(1)) {
                    case "isl" -> p.isl = n;
                    case "osl" -> p.osl = n;
                    default -> p.conc = n;
                }
            } else if (i > 0 && InferenceXNames.PRECISIONS.contains(t) && p.precision == null) {
                p.precision = t;
            } else {
                rest.add(t);
            }
        }
        if (!rest.isEmpty()) {
            p.model = rest.get(0);
        }
        if (rest.size() > 1) {
            p.framework = String.join("-", rest.subList(1, rest.size()));
        }
        return p;
    }

    /** GPUs: the largest parallel degree named (DP attention runs inside the TP/EP group). */
    Integer gpus() {
        Integer max = null;
        for (Integer n : new Integer[] {tp, ep, dp, fused}) {
            if (n != null && (max == null || n > max)) {
                max = n;
            }
        }
        return max;
    }

    String label() {
        return parallelTokens.isEmpty() ? null : String.join(" ", parallelTokens);
    }

    /** "glm5" → glm-5, "qwen35" → qwen35 (kept as written). */
    String modelFromName() {
        if (model == null) {
            return null;
        }
        String mapped = InferenceXNames.MODEL_PREFIXES.get(model);
        return mapped != null ? mapped : Text.slug(model.replaceAll("^([a-z]+)(\\d)", "$1-$2"));
    }
}

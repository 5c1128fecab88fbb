package dev.scalinglens.catalog.importers;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Served model names of InferenceX results: the catalog id and the precision they name. */
final class InferenceXNames {

    /** InferenceMAX model prefixes ({@code infmax_model_prefix}) → catalog ids. */
    static final Map<String, String> MODEL_PREFIXES = Map.of("dsr1", "deepseek-r1", "gptoss",
            "gpt-oss-120b", "glm5", "glm-5", "qwen35", "qwen3.5-397b-a17b", "minimaxm2.5", "minimax-m2.5");
    static final Set<String> PRECISIONS = Set.of("bf16", "fp16", "fp8", "fp6", "fp4", "mxfp4", "nvfp4", "int8",
            "int4");
    /** Trailing parts of a model name that name a revision or quantisation, not another model. */
    private static final Pattern MODEL_SUFFIX = Pattern.compile(
            "-(fp8|fp4|nvfp4|mxfp4|bf16|fp16|int4|int8|awq|gptq|v\\d+|\\d{4})$");

    private InferenceXNames() {
    }

    /**
     * The catalog model id of a served model name: the last path segment, lower-case, with trailing
     * quantisation and revision parts dropped ("zai-org/GLM-5-FP8" → glm-5,
     * "/mnt/models/deepseek-r1-0528-fp4-v2" → deepseek-r1, "openai/gpt-oss-120b" → gpt-oss-120b).
     */
    static String modelId(String stated) {
        String slug = Text.slug(lastSegment(stated));
        String previous;
        do {
            previous = slug;
            slug = MODEL_SUFFIX.matcher(slug).replaceFirst("");
        } while (!slug.equals(previous) && !slug.isEmpty());
        return slug.isEmpty() ? previous : slug;
    }

    /** The precision a model name ends with ("GLM-5-FP8" → fp8), or null. */
    static String precisionOf(String modelText) {
        if (modelText == null) {
            return null;
        }
        Matcher m = Pattern.compile("[-_](fp8|fp4|nvfp4|mxfp4|bf16|fp16|int4|int8)(?:[-_]v\\d+)?$")
                .matcher(lastSegment(modelText).toLowerCase(Locale.ROOT));
        return m.find() ? m.group(1) : null;
    }

    static String lastSegment(String s) {
        String t = s.strip();
        while (t.endsWith("/")) {
            t = t.substring(0, t.length() - 1);
        }
        return t.substring(t.lastIndexOf('/') + 1);
    }
}

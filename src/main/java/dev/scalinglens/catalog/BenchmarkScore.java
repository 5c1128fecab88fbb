package dev.scalinglens.catalog;

import java.util.Set;

/**
 * One benchmark result of a model.
 *
 * @param benchmark    lowercase benchmark key: mmlu, bbh, math, humaneval, mbpp, gsm8k, ...
 * @param setting      shots or protocol as published, e.g. "5-shot", "0-shot pass@1", "3-shot CoT"
 * @param scorePercent the score in percent (0..100), with its source
 * @param kind         what was evaluated: {@link #BASE} (a pre-trained model prompted with examples),
 *                     {@link #INSTRUCT} (a chat / instruction-tuned model), {@link #REASONING} (a model that
 *                     thinks before answering), {@link #FINE_TUNED} (trained on the benchmark's own training
 *                     set); null when not recorded
 * @param shots        in-context examples in the prompt (0 for zero-shot); null when not published
 */
public record BenchmarkScore(String benchmark, String setting, Quantity scorePercent, String kind, Integer shots) {

    public static final String BASE = "base";
    public static final String INSTRUCT = "instruct";
    public static final String REASONING = "reasoning";
    public static final String FINE_TUNED = "fine-tuned";
    /** The values {@code kind} may take in the catalog. */
    public static final Set<String> KINDS = Set.of(BASE, INSTRUCT, REASONING, FINE_TUNED);

    /** A score whose kind and shots are not recorded. */
    public BenchmarkScore(String benchmark, String setting, Quantity scorePercent) {
        this(benchmark, setting, scorePercent, null, null);
    }
}

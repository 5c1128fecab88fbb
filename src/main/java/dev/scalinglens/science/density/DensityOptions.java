package dev.scalinglens.science.density;

import dev.scalinglens.catalog.BenchmarkScore;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Choices of a density analysis.
 *
 * @param benchmark           MMLU or the five-benchmark AVERAGE
 * @param referenceModelIds   catalog ids of the reference family (one recipe, several sizes)
 * @param scoreKinds          which kinds of score count ({@link BenchmarkScore#kind()}); default base only
 * @param modelIds            the model set (catalog ids), or null for every model
 * @param from                first release date in the envelope fit (inclusive), or null
 * @param to                  last release date in the envelope fit (inclusive), or null
 * @param split               when set, separate envelope fits before (≤) and after this date as well
 * @param bootstrapReplicates resamples for the doubling-time interval
 * @param seed                bootstrap seed
 */
public record DensityOptions(DensityBenchmark benchmark, List<String> referenceModelIds, Set<String> scoreKinds,
                             List<String> modelIds, LocalDate from, LocalDate to, LocalDate split,
                             int bootstrapReplicates, long seed) {

    /**
     * Qwen2.5 base models, 0.5B to 72B (Qwen Team 2024, Qwen2.5 Technical Report, arXiv:2412.15115, Tables 2–5):
     * seven sizes from one recipe (18T tokens), with 5-shot MMLU from 47.5% to 86.1%, the widest span of
     * one family's published base scores in the catalog.
     */
    public static final List<String> DEFAULT_REFERENCES = List.of("qwen2.5-0.5b", "qwen2.5-1.5b", "qwen2.5-3b",
            "qwen2.5-7b", "qwen2.5-14b", "qwen2.5-32b", "qwen2.5-72b");

    /** The reference family's name for labels. */
    public static final String DEFAULT_REFERENCE_FAMILY = "Qwen2.5";

    /** Base (pre-trained) models' scores only: the paper evaluates base models. */
    public static final Set<String> BASE_ONLY = Set.of(BenchmarkScore.BASE);

    /** In {@code scoreKinds}: scores whose kind the catalog does not record. */
    public static final String UNLABELLED = "unlabelled";

    /** Every kind of score: base, instruct, reasoning, fine-tuned and unlabelled. */
    public static final Set<String> ALL_KINDS = Set.of(BenchmarkScore.BASE, BenchmarkScore.INSTRUCT,
            BenchmarkScore.REASONING, BenchmarkScore.FINE_TUNED, UNLABELLED);

    /** The day ChatGPT was released: the journal version's split. */
    public static final LocalDate CHATGPT = LocalDate.of(2022, 11, 30);

    /** The models of Figure 1 of Xiao et al. 2024 that the catalog holds (each catalog note says so). */
    public static final List<String> PAPER_FIGURE_1 = List.of("llama-7b", "llama-13b", "llama-65b", "llama-2-7b",
            "llama-2-13b", "llama-2-70b", "falcon-40b", "mpt-30b", "mistral-7b", "phi-1", "phi-1.5", "phi-2",
            "stablelm-zephyr-3b", "tinyllama-1.1b", "gemma-2b", "gemma-7b", "gemma-2-2b", "gemma-2-9b", "gemma-2-27b",
            "minicpm-2.4b", "minicpm-1.2b", "minicpm3-4b", "llama-3-8b", "llama-3-70b", "llama-3.2-1b", "llama-3.2-3b",
            "llama-3.1-minitron-4b");

    public DensityOptions {
        benchmark = benchmark == null ? DensityBenchmark.MMLU : benchmark;
        referenceModelIds = referenceModelIds == null ? DEFAULT_REFERENCES : List.copyOf(referenceModelIds);
        scoreKinds = scoreKinds == null ? BASE_ONLY : Set.copyOf(scoreKinds);
        modelIds = modelIds == null ? null : List.copyOf(modelIds);
        if (bootstrapReplicates < 1) {
            throw new IllegalArgumentException("bootstrapReplicates must be positive, got " + bootstrapReplicates);
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("fit window starts (" + from + ") after it ends (" + to + ")");
        }
    }

    /** The paper's window and model set, MMLU, base scores (what {@code analyze density} does with no options). */
    public static DensityOptions defaults() {
        return DensityPreset.PAPER.options();
    }

    public DensityOptions withBenchmark(DensityBenchmark newBenchmark) {
        return new DensityOptions(newBenchmark, referenceModelIds, scoreKinds, modelIds, from, to, split,
                bootstrapReplicates, seed);
    }

    public DensityOptions withReplicates(int replicates, long newSeed) {
        return new DensityOptions(benchmark, referenceModelIds, scoreKinds, modelIds, from, to, split, replicates,
                newSeed);
    }

    public DensityOptions withWindow(LocalDate newFrom, LocalDate newTo) {
        return new DensityOptions(benchmark, referenceModelIds, scoreKinds, modelIds, newFrom, newTo, split,
                bootstrapReplicates, seed);
    }

    public DensityOptions withModelIds(List<String> ids) {
        return new DensityOptions(benchmark, referenceModelIds, scoreKinds, ids, from, to, split, bootstrapReplicates,
                seed);
    }

    public DensityOptions withScoreKinds(Set<String> kinds) {
        return new DensityOptions(benchmark, referenceModelIds, kinds, modelIds, from, to, split, bootstrapReplicates,
                seed);
    }

    public DensityOptions withSplit(LocalDate newSplit) {
        return new DensityOptions(benchmark, referenceModelIds, scoreKinds, modelIds, from, to, newSplit,
                bootstrapReplicates, seed);
    }
}

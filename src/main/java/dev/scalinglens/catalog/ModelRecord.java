package dev.scalinglens.catalog;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A language model in the catalog.
 *
 * @param id                 lowercase slug, stable across releases, e.g. {@code llama-3.1-8b}
 * @param parameters         total parameters (count); for MoE models, all experts included
 * @param activeParameters   parameters used per token (MoE); null for dense models
 * @param trainingTokens     tokens trained on (count), from the model's paper, not Epoch "datapoints"
 * @param source             citation key or URL for the record as a whole
 * @param trainingComputeFlop training compute, FLOP (pre-training), reported or estimated by its source
 * @param country            country of the developer
 * @param accessibility      how the model can be used, e.g. Epoch's "Open weights (unrestricted)", "API access"
 * @param trainingHardware   accelerators used for training, free text, e.g. "NVIDIA H100 SXM5 80GB"
 * @param trainingChipHours  accelerator-hours of the training run (count)
 * @param trainingCostUsd2023 training compute cost, US dollars of 2023
 * @param confidence         the source's confidence in its numbers, e.g. Epoch's "Confident", "Likely", "Speculative"
 * @param notability         why the source lists the model, e.g. Epoch's "SOTA improvement, Training cost"
 * @param url                the model's page or paper
 * @param inputPriceUsdPerMillionTokens  API list price of a million input tokens, USD, as its source lists it
 *                           (the note says when: a list price changes over time)
 * @param outputPriceUsdPerMillionTokens API list price of a million output tokens, USD, likewise
 */
public record ModelRecord(
        String id,
        String name,
        String family,
        String organization,
        LocalDate releaseDate,
        Quantity parameters,
        Quantity activeParameters,
        Quantity trainingTokens,
        Boolean openWeights,
        Architecture architecture,
        List<BenchmarkScore> benchmarks,
        String source,
        String notes,
        Quantity trainingComputeFlop,
        String country,
        String accessibility,
        String trainingHardware,
        Quantity trainingChipHours,
        Quantity trainingCostUsd2023,
        String confidence,
        String notability,
        String url,
        Quantity inputPriceUsdPerMillionTokens,
        Quantity outputPriceUsdPerMillionTokens) {

    public ModelRecord {
        benchmarks = benchmarks == null ? List.of() : List.copyOf(benchmarks);
    }

    /** A record without API prices. */
    public ModelRecord(String id, String name, String family, String organization, LocalDate releaseDate,
                       Quantity parameters, Quantity activeParameters, Quantity trainingTokens, Boolean openWeights,
                       Architecture architecture, List<BenchmarkScore> benchmarks, String source, String notes,
                       Quantity trainingComputeFlop, String country, String accessibility, String trainingHardware,
                       Quantity trainingChipHours, Quantity trainingCostUsd2023, String confidence,
                       String notability, String url) {
        this(id, name, family, organization, releaseDate, parameters, activeParameters, trainingTokens, openWeights,
                architecture, benchmarks, source, notes, trainingComputeFlop, country, accessibility,
                trainingHardware, trainingChipHours, trainingCostUsd2023, confidence, notability, url, null, null);
    }

    /** A record without the training-run and provenance fields added for Epoch's data. */
    public ModelRecord(String id, String name, String family, String organization, LocalDate releaseDate,
                       Quantity parameters, Quantity activeParameters, Quantity trainingTokens, Boolean openWeights,
                       Architecture architecture, List<BenchmarkScore> benchmarks, String source, String notes) {
        this(id, name, family, organization, releaseDate, parameters, activeParameters, trainingTokens, openWeights,
                architecture, benchmarks, source, notes, null, null, null, null, null, null, null, null, null);
    }

    /** This record with another training compute. */
    public ModelRecord withTrainingComputeFlop(Quantity compute) {
        return new ModelRecord(id, name, family, organization, releaseDate, parameters, activeParameters,
                trainingTokens, openWeights, architecture, benchmarks, source, notes, compute, country, accessibility,
                trainingHardware, trainingChipHours, trainingCostUsd2023, confidence, notability, url,
                inputPriceUsdPerMillionTokens, outputPriceUsdPerMillionTokens);
    }

    /** Active parameters when known (MoE), otherwise total parameters. */
    public Quantity activeOrTotalParameters() {
        return activeParameters != null ? activeParameters : parameters;
    }

    public boolean isMixtureOfExperts() {
        return activeParameters != null && parameters != null
                && activeParameters.value() < parameters.value();
    }

    public Optional<BenchmarkScore> benchmark(String key) {
        return benchmarks.stream().filter(b -> b.benchmark().equalsIgnoreCase(key)).findFirst();
    }
}

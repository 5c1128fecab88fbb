package dev.scalinglens.science.density;

import java.time.LocalDate;
import java.util.List;

/**
 * Model set and date window of a published densing-law fit.
 *
 * <ul>
 *   <li>{@link #PAPER}: Xiao et al. 2024 (arXiv:2412.04315 v1): the open base models of its Figure 1 that the
 *       catalog holds (27 of 29; the catalog notes of each say so), released from 2023-02-01 (LLaMA-1) to the
 *       end of 2024-12 (v1's month; its newest Figure 1 models date from September 2024).</li>
 *   <li>{@link #JOURNAL}: the Nature Machine Intelligence version (2025): 51 open models from February 2023
 *       to April 2025, doubling about every 3.5 months. Its model list is not in the catalog, so every
 *       catalog model in that window is used.</li>
 *   <li>{@link #CATALOG}: every catalog model, no date window.</li>
 * </ul>
 */
public enum DensityPreset {

    PAPER(LocalDate.of(2023, 2, 1), LocalDate.of(2024, 12, 31), DensityOptions.PAPER_FIGURE_1, 95.0,
            "Xiao et al. 2024 (arXiv v1): A ≈ 0.0073 per day, doubling ≈ 95 days (3.3 months), R² ≈ 0.91"),
    JOURNAL(LocalDate.of(2023, 2, 1), LocalDate.of(2025, 4, 30), null, 3.5 * 365.25 / 12,
            "Xiao et al., Nature Machine Intelligence 2025 (51 models, Feb 2023 – Apr 2025): doubling ≈ 3.5 months"),
    CATALOG(null, null, null, 95.0, "Xiao et al. 2024: doubling ≈ 95 days (3.3 months)");

    private final LocalDate from;
    private final LocalDate to;
    private final List<String> modelIds;
    private final double publishedDoublingDays;
    private final String publishedValue;

    DensityPreset(LocalDate from, LocalDate to, List<String> modelIds, double publishedDoublingDays,
                  String publishedValue) {
        this.from = from;
        this.to = to;
        this.modelIds = modelIds;
        this.publishedDoublingDays = publishedDoublingDays;
        this.publishedValue = publishedValue;
    }

    public LocalDate from() {
        return from;
    }

    public LocalDate to() {
        return to;
    }

    /** Catalog ids of the model set, or null for every model. */
    public List<String> modelIds() {
        return modelIds;
    }

    /** The published doubling time this preset is compared with, days. */
    public double publishedDoublingDays() {
        return publishedDoublingDays;
    }

    /** The published value in words, for the chart and the notes. */
    public String publishedValue() {
        return publishedValue;
    }

    public DensityOptions options() {
        return new DensityOptions(DensityBenchmark.MMLU, DensityOptions.DEFAULT_REFERENCES,
                DensityOptions.BASE_ONLY, modelIds, from, to, null, 1000, 1L);
    }
}

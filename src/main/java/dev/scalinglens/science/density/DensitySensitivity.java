package dev.scalinglens.science.density;

import dev.scalinglens.catalog.Catalog;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How the doubling time moves: the analysis rerun with the fit window's start and end moved, the other
 * benchmark, every kind of score, and the whole catalog instead of the paper's model set. Each row is one
 * variation of the base options (the others held).
 */
public final class DensitySensitivity {

    /** Window starts tried (the paper's is 2023-02-01). */
    public static final List<LocalDate> STARTS = List.of(LocalDate.of(2023, 2, 1), LocalDate.of(2023, 5, 1),
            LocalDate.of(2023, 8, 1), LocalDate.of(2023, 11, 1), LocalDate.of(2024, 2, 1));
    /** Window ends tried (the paper's is 2024-12-31, the journal's 2025-04-30). */
    public static final List<LocalDate> ENDS = List.of(LocalDate.of(2024, 3, 31), LocalDate.of(2024, 6, 30),
            LocalDate.of(2024, 9, 30), LocalDate.of(2024, 12, 31), LocalDate.of(2025, 4, 30),
            LocalDate.of(2025, 12, 31));
    /** Resamples per row: enough for a rough interval, cheap enough for ~20 rows. */
    static final int REPLICATES = 200;

    private DensitySensitivity() {
    }

    /** One rerun: what was varied, to what, and the result. */
    public record Row(String vary, String value, Double doublingTimeDays, double[] ci95, Double r2, int models,
                      int envelopePoints, String note) {
    }

    public static Map<String, List<Row>> run(Catalog catalog, DensityOptions base) {
        DensityOptions o = base.withReplicates(REPLICATES, base.seed()).withSplit(null);
        EffectiveParameterEstimator mmlu = DensityEstimator.estimator(catalog, o.withBenchmark(DensityBenchmark.MMLU));
        Map<String, List<Row>> out = new LinkedHashMap<>();
        out.put("baseline", List.of(row("baseline", "as given", catalog, o, estimator(catalog, o, mmlu))));
        List<Row> starts = new ArrayList<>();
        for (LocalDate start : STARTS) {
            if (o.to() == null || !start.isAfter(o.to())) {
                DensityOptions v = o.withWindow(start, o.to());
                starts.add(row("windowStart", start.toString(), catalog, v, estimator(catalog, v, mmlu)));
            }
        }
        out.put("windowStart", starts);
        List<Row> ends = new ArrayList<>();
        for (LocalDate end : ENDS) {
            if (o.from() == null || !end.isBefore(o.from())) {
                DensityOptions v = o.withWindow(o.from(), end);
                ends.add(row("windowEnd", end.toString(), catalog, v, estimator(catalog, v, mmlu)));
            }
        }
        out.put("windowEnd", ends);
        List<Row> endsAll = new ArrayList<>();
        if (o.modelIds() != null) {
            for (LocalDate end : ENDS) {
                if (o.from() == null || !end.isBefore(o.from())) {
                    DensityOptions v = o.withModelIds(null).withWindow(o.from(), end);
                    endsAll.add(row("windowEndWholeCatalog", end.toString(), catalog, v, estimator(catalog, v, mmlu)));
                }
            }
        }
        out.put("windowEndWholeCatalog", endsAll);
        List<Row> benchmarks = new ArrayList<>();
        for (DensityBenchmark b : DensityBenchmark.values()) {
            DensityOptions v = o.withBenchmark(b);
            benchmarks.add(row("benchmark", b.name(), catalog, v, estimator(catalog, v, mmlu)));
        }
        out.put("benchmark", benchmarks);
        List<Row> sets = new ArrayList<>();
        sets.add(row("modelSet", o.modelIds() == null ? "whole catalog" : "given set", catalog, o,
                estimator(catalog, o, mmlu)));
        if (o.modelIds() != null) {
            DensityOptions v = o.withModelIds(null);
            sets.add(row("modelSet", "whole catalog", catalog, v, estimator(catalog, v, mmlu)));
        }
        DensityOptions all = o.withScoreKinds(DensityOptions.ALL_KINDS);
        sets.add(row("scoreKinds", "base, instruct, reasoning, fine-tuned", catalog, all, estimator(catalog, all, mmlu)));
        out.put("modelSetAndScoreKinds", sets);
        return out;
    }

    private static EffectiveParameterEstimator estimator(Catalog catalog, DensityOptions o,
                                                         EffectiveParameterEstimator mmlu) {
        return o.benchmark() == DensityBenchmark.MMLU ? mmlu : DensityEstimator.estimator(catalog, o);
    }

    private static Row row(String vary, String value, Catalog catalog, DensityOptions o,
                           EffectiveParameterEstimator estimator) {
        EnvelopeStats s = DensityAnalysis.run(catalog, o, estimator).main();
        return new Row(vary, value, s.hasTrend() ? s.doublingTimeDays() : null,
                s.ci95() == null ? null : new double[] {s.ci95().low(), s.ci95().high()},
                s.hasStatistics() ? s.rSquared() : null, s.points(), s.envelopeSize(), s.note());
    }
}

package dev.scalinglens.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** {@code bench export}'s results: median wall and user seconds per task and variant, and ratios to a reference. */
final class ExportBenchTable {

    private final Map<String, Map<String, List<ProcessTimer.Times>>> byTask = new LinkedHashMap<>();

    void add(String task, String variant, ProcessTimer.Times times) {
        byTask.computeIfAbsent(task, k -> new LinkedHashMap<>()).computeIfAbsent(variant, k -> new ArrayList<>())
                .add(times);
    }

    /** One line per task: each variant's medians, then {@code reference}'s wall median ÷ each other's. */
    void print(PrintStream out, String reference, List<String> others) {
        out.printf(Locale.ROOT, "%-16s %-12s %9s %9s  %s%n", "task", "variant", "wall med", "user med",
                "wall ratio (" + reference + " ÷ variant)");
        byTask.forEach((task, variants) -> {
            double referenceWall = median(variants.getOrDefault(reference, List.of()), true);
            variants.forEach((variant, times) -> {
                double wall = median(times, true);
                String ratio = others.contains(variant) ? String.format(Locale.ROOT, "%.2f", referenceWall / wall) : "";
                out.printf(Locale.ROOT, "%-16s %-12s %9.2f %9.2f  %s%n", task, variant, wall, median(times, false),
                        ratio);
            });
        });
    }

    static double median(List<ProcessTimer.Times> times, boolean wall) {
        double[] values = times.stream().mapToDouble(t -> wall ? t.wallSeconds() : t.userSeconds()).sorted().toArray();
        int n = values.length;
        if (n == 0) {
            return Double.NaN;
        }
        return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
    }
}

package dev.scalinglens.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One whole-process task of {@code bench export}: the CLI arguments, and the matplotlib format that draws the
 * same points (for the 100,000-point exports), or null when matplotlib has no counterpart.
 */
record ExportBenchTask(String name, List<String> args, String matplotlibFormat) {

    /**
     * The tokens chart at catalog size in PNG (1600 × 900), SVG and PDF; with {@code bigCatalog} merged over
     * it as PNG 2×, SVG and PDF; the four-chart deck and a one-chart deck; and {@code --version} (the JVM alone).
     */
    static List<ExportBenchTask> all(Path work, Path bigCatalog, Path fourSlides, Path oneSlide, int points) {
        List<ExportBenchTask> tasks = new ArrayList<>();
        for (String format : List.of("png", "svg", "pdf")) {
            tasks.add(new ExportBenchTask(format + " catalog", export(work, format, List.of()), null));
        }
        String big = points / 1000 + "k";
        List<String> bigArgs = List.of("--catalog", bigCatalog.toString());
        List<String> png2x = new ArrayList<>(List.of("--scale", "2"));
        png2x.addAll(bigArgs);
        tasks.add(new ExportBenchTask("png 2x " + big, export(work, "png", png2x), "png"));
        tasks.add(new ExportBenchTask("svg " + big, export(work, "svg", bigArgs), "svg"));
        tasks.add(new ExportBenchTask("pdf " + big, export(work, "pdf", bigArgs), "pdf"));
        tasks.add(new ExportBenchTask("deck 4 slides", deck(work, fourSlides), null));
        tasks.add(new ExportBenchTask("deck 1 slide", deck(work, oneSlide), null));
        tasks.add(new ExportBenchTask("--version", List.of("--version"), null));
        return tasks;
    }

    private static List<String> export(Path work, String format, List<String> more) {
        List<String> args = new ArrayList<>(List.of("export", "--chart", "tokens-params", "--format", format));
        args.addAll(more);
        args.addAll(List.of("--out", work.resolve("out." + format).toString()));
        return args;
    }

    private static List<String> deck(Path work, Path spec) {
        // --no-compare: a fresh deck each run, not one rebuilt over the last run's.
        return List.of("deck", "--spec", spec.toString(), "--no-compare", "--out", work.resolve("deck.pptx").toString());
    }
}

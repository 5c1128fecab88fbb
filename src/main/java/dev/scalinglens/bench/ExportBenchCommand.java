package dev.scalinglens.bench;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench export}: whole-process CLI exports and decks as users start them ({@code java -jar}), against
 * {@code java -jar} without the class-data relaunch and, for the 100,000-point exports, matplotlib drawing the
 * same points ({@code mpl-export.py}, where {@code /usr/bin/python3} has matplotlib). Runs are interleaved
 * task by task, after one uncounted run of each (which also writes the relaunch's archives).
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Whole-process export and deck times (java -jar), with matplotlib as the baseline.")
public final class ExportBenchCommand implements Callable<Integer> {

    private static final Path PYTHON = Path.of("/usr/bin/python3");

    @Option(names = "--runs", defaultValue = "5", description = "Timed runs of each task (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--points", defaultValue = "100000",
            description = "Models in the generated catalog of the large exports (default: ${DEFAULT-VALUE}).")
    int points;

    @Option(names = "--jar", description = "The app jar (default: the jar this command runs from).")
    Path jar;

    @Option(names = "--no-matplotlib", description = "Leave out the matplotlib baseline.")
    boolean noMatplotlib;

    @Override
    public Integer call() throws Exception {
        Path appJar = RunningJar.orGiven(jar);
        Path work = Files.createTempDirectory("scalinglens-bench-export");
        Path big = work.resolve("catalog-" + points + ".json");
        BenchLoadCommand.generate(big, points);
        List<ExportBenchTask> tasks = ExportBenchTask.all(work, big, deckSpec(work, "four.json",
                "tokens-params", "density", "layer-loss", "pareto"), deckSpec(work, "one.json", "tokens-params"), points);
        Optional<Path> matplotlib = noMatplotlib ? Optional.empty() : matplotlibScript(work);
        String javaCommand = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Map<String, Map<String, String>> variants = new LinkedHashMap<>();
        variants.put("java -jar", Map.of("XDG_CACHE_HOME", work.resolve("cache").toString()));
        variants.put("no relaunch", Map.of("SCALINGLENS_CDS", "off"));
        ProcessTimer timer = new ProcessTimer(work);
        System.out.printf(Locale.ROOT, "export bench: %d runs, jar %s, %d-model catalog, matplotlib %s%n", runs, appJar,
                points, matplotlib.isPresent() ? "yes" : "no (" + PYTHON + " without matplotlib, or --no-matplotlib)");
        ExportBenchTable table = new ExportBenchTable();
        for (int run = 0; run <= runs; run++) {
            boolean counted = run > 0;
            for (ExportBenchTask task : tasks) {
                for (Map.Entry<String, Map<String, String>> variant : variants.entrySet()) {
                    List<String> command = new ArrayList<>(List.of(javaCommand, "-jar", appJar.toString()));
                    command.addAll(task.args());
                    ProcessTimer.Times times = timer.run(command, variant.getValue());
                    if (times.exit() != 0) {
                        System.err.printf("%s (%s) failed with exit %d:%n%s", task.name(), variant.getKey(),
                                times.exit(), timer.lastOutput());
                        return 1;
                    }
                    if (counted) {
                        table.add(task.name(), variant.getKey(), times);
                    }
                }
                if (matplotlib.isPresent() && task.matplotlibFormat() != null) {
                    Path out = work.resolve("matplotlib." + task.matplotlibFormat());
                    ProcessTimer.Times times = timer.run(List.of(PYTHON.toString(), matplotlib.get().toString(),
                            big.toString(), out.toString()), Map.of());
                    if (counted && times.exit() == 0) {
                        table.add(task.name(), "matplotlib", times);
                    }
                }
            }
        }
        table.print(System.out, "java -jar", List.of("no relaunch", "matplotlib"));
        System.out.printf(Locale.ROOT, "load average at end: %.2f, %d cores%n",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
        return 0;
    }

    private static Path deckSpec(Path work, String name, String... charts) throws IOException {
        StringBuilder slides = new StringBuilder();
        for (String chart : charts) {
            slides.append(slides.length() == 0 ? "" : ", ").append("{\"chart\": \"").append(chart).append("\"}");
        }
        return Files.writeString(work.resolve(name), "{\"title\": \"Bench\", \"slides\": [" + slides + "]}");
    }

    /** The script, when {@code /usr/bin/python3} imports matplotlib. */
    private static Optional<Path> matplotlibScript(Path work) throws IOException, InterruptedException {
        if (!Files.isExecutable(PYTHON)) {
            return Optional.empty();
        }
        Process probe = new ProcessBuilder(PYTHON.toString(), "-c", "import matplotlib").redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (probe.waitFor() != 0) {
            return Optional.empty();
        }
        Path script = work.resolve("mpl-export.py");
        try (InputStream in = ExportBenchCommand.class.getResourceAsStream("mpl-export.py")) {
            Files.copy(in, script);
        }
        return Optional.of(script);
    }
}

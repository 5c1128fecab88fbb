package dev.scalinglens.bench;

import dev.scalinglens.app.prefs.ConfigDirectory;
import dev.scalinglens.app.startup.FirstPaintClock;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench startup}: starts the app (and the baseline, a minimal ScatterChart window) in child processes,
 * runs interleaved, each with a flag that makes it exit right after the first chart with data is painted, and
 * prints the median "first chart painted" time (from the start of the process the user started) for each
 * {@link StartupVariant}. Needs a display (e.g. Xvfb's DISPLAY=:99).
 */
@Command(name = "startup", mixinStandardHelpOptions = true,
        description = "Median time to first chart paint, in child JVMs (needs a display, e.g. Xvfb).")
public final class StartupBenchCommand implements Callable<Integer> {

    /** A child that has not painted after this long is reported as failed (the machine may be loaded). */
    private static final long CHILD_TIMEOUT_SECONDS = 180;

    @Option(names = "--runs", description = "Runs per variant (default: ${DEFAULT-VALUE}).", defaultValue = "5")
    int runs;

    @Option(names = "--jar", description = "The app jar (default: the jar this command runs from).")
    Path jar;

    @Option(names = "--variants", split = ",", defaultValue = "scatter,jar,no-cds,launcher",
            description = "Any of scatter (the baseline: a JavaFX ScatterChart of 1,000 points), jar (java -jar, "
                    + "as the README), no-cds (java -jar without the class-data relaunch), eager (no-cds, every "
                    + "chart page built at start), launcher (the packaged launcher's options on the jar), packaged (see "
                    + "--packaged) "
                    + "(default: ${DEFAULT-VALUE}); ratios are to the first.")
    List<String> variants;

    @Option(names = "--packaged", paramLabel = "APP_IMAGE",
            description = "An app-image folder (target/dist/scalinglens): adds the variant packaged, its own launcher.")
    Path appImage;

    @Override
    public Integer call() throws Exception {
        Path appJar = RunningJar.orGiven(jar);
        Path work = Files.createTempDirectory("scalinglens-bench");
        List<StartupVariant> chosen = new ArrayList<>();
        List<String> names = new ArrayList<>(variants);
        if (appImage != null && !names.contains("packaged")) {
            names.add("packaged");
        }
        for (String name : names) {
            try {
                chosen.add(StartupVariant.of(name, appJar, work, appImage));
            } catch (IllegalArgumentException e) {
                System.err.println(e.getMessage());
                return 2;
            }
        }
        System.out.printf("startup bench: %d runs per variant, interleaved, jar %s%n", runs, appJar);
        for (StartupVariant variant : chosen) {
            runChild(variant, work, variant.warmUpOptions());
        }
        Map<String, List<Long>> firstPaint = new LinkedHashMap<>();
        Map<String, List<Long>> wall = new LinkedHashMap<>();
        for (int i = 0; i < runs; i++) {
            for (StartupVariant variant : chosen) {
                long t0 = System.nanoTime();
                long ms = runChild(variant, work, variant.jvmOptions());
                long wallMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
                if (ms >= 0) {
                    firstPaint.computeIfAbsent(variant.name(), k -> new ArrayList<>()).add(ms);
                    wall.computeIfAbsent(variant.name(), k -> new ArrayList<>()).add(wallMs);
                }
            }
        }
        Double baseline = null;
        for (StartupVariant variant : chosen) {
            List<Long> painted = firstPaint.get(variant.name());
            if (painted == null) {
                System.out.printf("%-8s no run painted a chart (is DISPLAY set?)%n", variant.name());
                continue;
            }
            double median = median(painted);
            if (baseline == null) {
                baseline = median;
            }
            System.out.printf("%-8s first chart painted: median %6.0f ms (runs %s), process wall median %6.0f ms, "
                    + "ratio to %s %.2f%n", variant.name(), median, painted, median(wall.get(variant.name())),
                    chosen.get(0).name(), median / baseline);
        }
        System.out.printf("load average at end: %.2f, %d cores%n",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
        return 0;
    }

    /** One child process; returns its "first chart painted" ms (from its start), or -1. */
    private long runChild(StartupVariant variant, Path work, List<String> options)
            throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        if (variant.runsJava()) {
            cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            cmd.addAll(options);
            cmd.add("-D" + FirstPaintClock.EXIT_PROPERTY + "=true");
            cmd.add("-D" + ConfigDirectory.PROPERTY + "=" + work.resolve("config"));
        }
        cmd.addAll(variant.start());
        ProcessBuilder builder = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        builder.environment().putAll(variant.environment());
        Process p = builder.start();
        long ms = -1;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                int at = line.indexOf(FirstPaintClock.LOG_PREFIX);
                if (at >= 0) {
                    String rest = line.substring(at + FirstPaintClock.LOG_PREFIX.length()).replace(" ms", "").strip();
                    ms = Long.parseLong(rest);
                }
            }
        }
        if (!p.waitFor(CHILD_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return -1;
        }
        return ms;
    }

    static double median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
    }
}

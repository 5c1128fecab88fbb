package dev.scalinglens.bench;

import dev.scalinglens.app.startup.FirstPaintClock;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench startup}: launches the app in a child JVM N times with a flag that makes it exit right
 * after the first chart is painted, and prints the median "first chart painted" time (from JVM start)
 * for each variant: the default (lazy pages), eager pages, AppCDS (archive made by one training run), and
 * AppCDS with the packaged launcher's JIT options ({@link LauncherJvmOptions}).
 * Needs a display (e.g. Xvfb's DISPLAY=:99).
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

    @Option(names = "--variants", split = ",", defaultValue = "lazy,eager,cds,launcher",
            description = "Any of lazy, eager, cds, launcher (CDS plus the packaged launcher's JIT options) "
                    + "(default: ${DEFAULT-VALUE}).")
    List<String> variants;

    @Override
    public Integer call() throws Exception {
        Path appJar = jar != null ? jar : Path.of(StartupBenchCommand.class.getProtectionDomain().getCodeSource()
                .getLocation().toURI());
        Path work = Files.createTempDirectory("scalinglens-bench");
        System.out.printf("startup bench: %d runs per variant, jar %s%n", runs, appJar);
        Double baseline = null;
        for (String variant : variants) {
            List<String> extra = new ArrayList<>();
            switch (variant) {
                case "lazy" -> { }
                case "eager" -> extra.add("-Dscalinglens.eagerCharts=true");
                case "cds", "launcher" -> {
                    Path archive = work.resolve(variant + ".jsa");
                    List<String> jit = variant.equals("launcher") ? LauncherJvmOptions.DELAYED_C2 : List.of();
                    List<String> training = new ArrayList<>(jit);
                    training.add("-XX:ArchiveClassesAtExit=" + archive);
                    runChild(appJar, work, training);
                    if (!Files.exists(archive)) {
                        System.out.println(variant + ": the archive was not written; skipped");
                        continue;
                    }
                    extra.addAll(jit);
                    extra.add("-XX:SharedArchiveFile=" + archive);
                }
                default -> {
                    System.err.println("unknown variant " + variant + " (use lazy, eager, cds, launcher)");
                    return 2;
                }
            }
            List<Long> firstPaint = new ArrayList<>();
            List<Long> wall = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                long t0 = System.nanoTime();
                long ms = runChild(appJar, work, extra);
                long wallMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
                if (ms >= 0) {
                    firstPaint.add(ms);
                    wall.add(wallMs);
                }
            }
            if (firstPaint.isEmpty()) {
                System.out.printf("%-6s no run painted a chart (is DISPLAY set?)%n", variant);
                continue;
            }
            double median = median(firstPaint);
            if (baseline == null) {
                baseline = median;
            }
            System.out.printf("%-6s first chart painted: median %6.0f ms (runs %s), process wall median %6.0f ms, "
                    + "ratio to %s %.2f%n", variant, median, firstPaint, median(wall), variants.get(0), median / baseline);
        }
        return 0;
    }

    /** One child JVM; returns its "first chart painted" ms, or -1. */
    private long runChild(Path appJar, Path work, List<String> extra) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(extra);
        cmd.add("-D" + FirstPaintClock.EXIT_PROPERTY + "=true");
        cmd.add("-Dscalinglens.config.dir=" + work.resolve("config"));
        cmd.addAll(Arrays.asList("-jar", appJar.toString()));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectInput(ProcessBuilder.Redirect.from(
                new File("/dev/null"))).start();
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

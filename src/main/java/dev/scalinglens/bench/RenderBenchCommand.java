package dev.scalinglens.bench;

import java.util.Locale;
import java.util.concurrent.Callable;
import javafx.application.Platform;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code bench render}: frame times of the chart canvas at 10k/100k/1M points vs a 10k-point ScatterChart. */
@Command(name = "render",
        mixinStandardHelpOptions = true,
        description = "Time pan/zoom frames of the chart canvas (log-log scatter, 10k/100k/1M points) against "
                + "a javafx ScatterChart with 10k points, SVG export of 10k points, and heap per 1M points. "
                + "Without a DISPLAY it runs headless (Monocle, software rendering) from a jar built with "
                + "-Pheadless-bench.")
public final class RenderBenchCommand implements Callable<Integer> {

    @Option(names = "--json", description = "Print one JSON object instead of a table.")
    boolean json;

    @Option(names = "--points", split = ",", description = "Point counts to measure (default: ${DEFAULT-VALUE}).",
            defaultValue = "10000,100000,1000000")
    int[] points;

    @Option(names = "--warmup-seconds", description = "Time each chart replays its pan/zoom frames from the initial "
            + "view before the measured ones, so the JIT has compiled them; 0 measures the first pans after start "
            + "(default: ${DEFAULT-VALUE}).", defaultValue = "" + RenderBenchmark.DEFAULT_WARMUP_SECONDS)
    double warmupSeconds;

    @Override
    public Integer call() {
        for (int n : points) {
            if (n <= 0) {
                throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
                        "--points: counts must be positive, got " + n);
            }
        }
        if (!(warmupSeconds >= 0)) {
            throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
                    "--warmup-seconds: must be zero or more, got " + warmupSeconds);
        }
        RenderBenchmark.Result r;
        try {
            r = RenderBenchmark.run(points, warmupSeconds);
        } catch (IllegalStateException e) {
            System.err.println(e.getMessage());
            return 1;
        }
        System.out.println(json ? toJson(r) : toTable(r));
        Platform.exit();
        return 0;
    }

    static String toJson(RenderBenchmark.Result r) {
        StringBuilder sb = new StringBuilder("{\"frames\": [");
        for (int i = 0; i < r.frames().size(); i++) {
            RenderBenchmark.FrameStats f = r.frames().get(i);
            sb.append(i == 0 ? "" : ", ").append(String.format(Locale.ROOT,
                    "{\"points\": %d, \"frameMedianMs\": %.2f, \"frameP95Ms\": %.2f, \"drawOnlyMedianMs\": %.2f, "
                            + "\"frameCpuMedianMs\": %.2f}",
                    f.points(), f.frameMedianMs(), f.frameP95Ms(), f.drawOnlyMedianMs(), f.frameCpuMedianMs()));
        }
        sb.append(String.format(Locale.ROOT, "], \"baselineScatterChart10kMedianMs\": %.2f, \"svgExport10kMs\": %.2f, "
                        + "\"heapMbPer1MPoints\": %s, \"warmupSeconds\": %.1f}", r.baselineScatterChart10kMedianMs(),
                r.svgExport10kMs(), Double.isNaN(r.heapMbPer1MPoints()) ? "null"
                        : String.format(Locale.ROOT, "%.1f", r.heapMbPer1MPoints()), r.warmupSeconds()));
        return sb.toString();
    }

    static String toTable(RenderBenchmark.Result r) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "after %.1f s of warm-up per chart%n", r.warmupSeconds()));
        sb.append(String.format(Locale.ROOT, "%-10s %14s %12s %14s %14s%n", "points", "frame median", "frame p95",
                "draw-only med", "cpu median"));
        for (RenderBenchmark.FrameStats f : r.frames()) {
            sb.append(String.format(Locale.ROOT, "%-10d %11.2f ms %9.2f ms %11.2f ms %11.2f ms%n", f.points(),
                    f.frameMedianMs(), f.frameP95Ms(), f.drawOnlyMedianMs(), f.frameCpuMedianMs()));
        }
        sb.append(String.format(Locale.ROOT, "baseline ScatterChart 10k: %.2f ms median per frame%n",
                r.baselineScatterChart10kMedianMs()));
        sb.append(String.format(Locale.ROOT, "SVG export 10k points: %.2f ms%n", r.svgExport10kMs()));
        if (!Double.isNaN(r.heapMbPer1MPoints())) {
            sb.append(String.format(Locale.ROOT, "heap added by a 1M-point chart: %.1f MB%n", r.heapMbPer1MPoints()));
        }
        return sb.toString().stripTrailing();
    }
}

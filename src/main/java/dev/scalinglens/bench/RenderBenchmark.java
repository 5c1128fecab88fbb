package dev.scalinglens.bench;

import dev.scalinglens.plot.Theme;
import dev.scalinglens.plot.layout.LayoutOptions;
import dev.scalinglens.plot.layout.PlotLayout;
import dev.scalinglens.plot.render.SvgOptions;
import dev.scalinglens.plot.render.SvgRenderer;
import dev.scalinglens.plot.render.fx.ChartCanvas;
import dev.scalinglens.plot.scene.PlotScene;
import dev.scalinglens.plot.spec.AxisSpec;
import dev.scalinglens.plot.spec.ChartSpec;
import dev.scalinglens.plot.spec.PointLayer;
import dev.scalinglens.plot.spec.ScaleType;
import dev.scalinglens.plot.spec.TickFormat;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;
import javafx.application.Platform;
import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.scene.chart.ScatterChart;
import javafx.stage.Stage;

/**
 * Times the screen renderer on log-log scatters of random points, against a {@link ScatterChart} with 10,000
 * points doing the same pan and zoom frames in the same run. A frame is: set the viewport (layout + drawing
 * into the canvas) and then {@code snapshot()} the node into a reused image, which makes JavaFX actually
 * rasterise it — so the figure includes the pixels, not just recording draw commands.
 *
 * <p>Both charts are measured the same way, in the steady state: each first replays its frame sequence from
 * the initial view for the same warm-up time, so that the JIT has compiled the frame's code (a frame calls
 * much of it only a few times, so it takes hundreds of frames to get there) and the compiler threads no longer
 * compete with the frames for the cores. With no warm-up, the figures are those of the first pans after start.
 * At 10,000 points the two charts' measured frames are interleaved, so that both see the same load.
 */
public final class RenderBenchmark {

    public static final int WIDTH_PX = 1000;
    public static final int HEIGHT_PX = 700;
    private static final int WARMUP_FRAMES = 10;
    private static final int FRAMES = 40;
    private static final int BASELINE_WARMUP_FRAMES = 4;
    private static final int BASELINE_FRAMES = 16;
    /** The baseline's size, and the size at which ours is measured beside it. */
    private static final int BASELINE_POINTS = 10_000;

    /** One measured size. frameDrawOnly: layout + canvas commands, without the rasterising snapshot. */
    public record FrameStats(int points, double frameMedianMs, double frameP95Ms, double drawOnlyMedianMs,
                             double frameCpuMedianMs) {
    }

    public record Result(List<FrameStats> frames, double baselineScatterChart10kMedianMs, double svgExport10kMs,
                         double heapMbPer1MPoints, double warmupSeconds) {
    }

    /** The warm-up time per measured chart when none is given. */
    public static final double DEFAULT_WARMUP_SECONDS = 3;

    private RenderBenchmark() {
    }

    /** Class every Monocle build has; absent from the default jar, where Monocle is a test dependency. */
    private static final String MONOCLE_HEADLESS = "com.sun.glass.ui.monocle.HeadlessPlatformFactory";

    private static void requireMonocle() {
        try {
            Class.forName(MONOCLE_HEADLESS, false, RenderBenchmark.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("bench render needs a display (run it under X or Xvfb) or a jar built "
                    + "with headless JavaFX: mvn -B -q -Pheadless-bench package -DskipTests");
        }
    }

    /** Uses Monocle's headless software pipeline when there is no display, before the toolkit starts. */
    public static void startToolkit() {
        String display = System.getenv("DISPLAY");
        if (display == null || display.isBlank() || Boolean.getBoolean("scalinglens.headless")) {
            requireMonocle();
            System.setProperty("glass.platform", System.getProperty("glass.platform", "Monocle"));
            System.setProperty("monocle.platform", System.getProperty("monocle.platform", "Headless"));
            System.setProperty("prism.order", System.getProperty("prism.order", "sw"));
            System.setProperty("java.awt.headless", "true");
        }
        CountDownLatch started = new CountDownLatch(1);
        try {
            Platform.startup(started::countDown);
        } catch (IllegalStateException alreadyRunning) {
            started.countDown();
        }
        try {
            if (!started.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("JavaFX did not start within 30 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting JavaFX", e);
        }
        Platform.setImplicitExit(false);
    }

    /** @param warmupSeconds time each chart replays its frames before the measured ones (0: measure cold) */
    public static Result run(int[] sizes, double warmupSeconds) {
        startToolkit();
        long warmupNanos = (long) (Math.max(0, warmupSeconds) * 1e9);
        List<FrameStats> frames = new ArrayList<>();
        double baseline = Double.NaN;
        // First, while no other chart exists: a closed chart's window is released only later, which would
        // otherwise be subtracted from this one.
        double heapMb = Arrays.stream(sizes).anyMatch(n -> n == 1_000_000) ? heapPerMillion() : Double.NaN;
        for (int n : sizes) {
            ChartSpec spec = randomLogLog(n, 42);
            if (n == BASELINE_POINTS) {
                Paired paired = onFx(() -> measureWithBaseline(spec, warmupNanos));
                frames.add(paired.canvas());
                baseline = paired.baselineMedianMs();
            } else {
                frames.add(onFx(() -> measure(spec, warmupNanos)));
            }
        }
        if (Double.isNaN(baseline)) {
            ChartSpec spec = randomLogLog(BASELINE_POINTS, 42);
            baseline = onFx(() -> measureWithBaseline(spec, warmupNanos)).baselineMedianMs();
        }
        double svg = svgExport(randomLogLog(10_000, 7));
        return new Result(frames, baseline, svg, heapMb, warmupSeconds);
    }

    /** n points spread log-uniformly over six decades of x with y ≈ 10·x and scatter (no ids, as a raw data layer). */
    public static ChartSpec randomLogLog(int n, long seed) {
        Random r = new Random(seed);
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            double lx = 6 + 6 * r.nextDouble();
            x[i] = Math.pow(10, lx);
            y[i] = Math.pow(10, lx + 1 + r.nextGaussian() * 0.6);
        }
        PointLayer points = PointLayer.builder("random", x, y).name("Random points").colorKey("qwen").sizePx(6)
                .build();
        return new ChartSpec("bench", "Benchmark: " + n + " random points", null,
                AxisSpec.auto("x", ScaleType.LOG10, TickFormat.AUTO), AxisSpec.auto("y", ScaleType.LOG10, TickFormat.AUTO),
                List.of(points), List.of(), "Synthetic data", List.of());
    }

    /** Replays the chart's whole frame sequence from its initial view until the time is up. */
    private static void warmUp(BenchChart chart, int framesPerPass, long nanos) {
        long end = System.nanoTime() + nanos;
        while (System.nanoTime() < end) {
            chart.restart();
            for (int f = 0; f < framesPerPass; f++) {
                chart.frame(f);
            }
        }
        chart.restart();
    }

    private static FrameStats stats(int points, BenchChart.FrameTime[] times) {
        return new FrameStats(points, median(times, BenchChart.FrameTime::totalMs),
                percentile(Arrays.stream(times).mapToDouble(BenchChart.FrameTime::totalMs).toArray(), 0.95),
                median(times, BenchChart.FrameTime::drawingMs), median(times, BenchChart.FrameTime::cpuMs));
    }

    private static double median(BenchChart.FrameTime[] times, ToDoubleFunction<BenchChart.FrameTime> f) {
        return median(Arrays.stream(times).mapToDouble(f).toArray());
    }

    private static int points(ChartSpec spec) {
        return spec.layers().get(0) instanceof PointLayer p ? p.size() : 0;
    }

    private static FrameStats measure(ChartSpec spec, long warmupNanos) {
        CanvasBenchChart canvas = new CanvasBenchChart(spec, WIDTH_PX, HEIGHT_PX);
        warmUp(canvas, WARMUP_FRAMES + FRAMES, warmupNanos);
        BenchChart.FrameTime[] times = new BenchChart.FrameTime[FRAMES];
        for (int f = 0; f < WARMUP_FRAMES + FRAMES; f++) {
            BenchChart.FrameTime t = canvas.frame(f);
            if (f >= WARMUP_FRAMES) {
                times[f - WARMUP_FRAMES] = t;
            }
        }
        canvas.close();
        return stats(points(spec), times);
    }

    private record Paired(FrameStats canvas, double baselineMedianMs) {
    }

    /**
     * Our chart and the ScatterChart on the same points, each warmed up for the same time, then measured with
     * their frames interleaved: on a shared machine both then see the same load, so their ratio holds still.
     */
    private static Paired measureWithBaseline(ChartSpec spec, long warmupNanos) {
        CanvasBenchChart canvas = new CanvasBenchChart(spec, WIDTH_PX, HEIGHT_PX);
        ScatterChartBenchChart scatter = new ScatterChartBenchChart(spec, WIDTH_PX, HEIGHT_PX);
        int canvasFrames = WARMUP_FRAMES + FRAMES;
        int scatterFrames = BASELINE_WARMUP_FRAMES + BASELINE_FRAMES;
        warmUp(canvas, canvasFrames, warmupNanos);
        warmUp(scatter, scatterFrames, warmupNanos);
        BenchChart.FrameTime[] ours = new BenchChart.FrameTime[FRAMES];
        double[] theirs = new double[BASELINE_FRAMES];
        IntConsumer scatterFrame = s -> {
            double ms = scatter.frame(s).totalMs();
            if (s >= BASELINE_WARMUP_FRAMES) {
                theirs[s - BASELINE_WARMUP_FRAMES] = ms;
            }
        };
        int s = 0;
        for (int f = 0; f < canvasFrames; f++) {
            BenchChart.FrameTime t = canvas.frame(f);
            if (f >= WARMUP_FRAMES) {
                ours[f - WARMUP_FRAMES] = t;
            }
            // The ScatterChart's frames spread evenly among ours.
            for (; s < scatterFrames && (long) s * canvasFrames <= (long) f * scatterFrames; s++) {
                scatterFrame.accept(s);
            }
        }
        for (; s < scatterFrames; s++) {
            scatterFrame.accept(s);
        }
        canvas.close();
        scatter.close();
        return new Paired(stats(points(spec), ours), median(theirs));
    }

    private static double svgExport(ChartSpec spec) {
        PlotScene scene = PlotLayout.layout(spec, LayoutOptions.of(WIDTH_PX, HEIGHT_PX, Theme.LIGHT));
        double[] times = new double[7];
        for (int i = -3; i < times.length; i++) {
            long t0 = System.nanoTime();
            new SvgRenderer().write(scene, new ByteArrayOutputStream(1 << 20), SvgOptions.defaults());
            if (i >= 0) {
                times[i] = (System.nanoTime() - t0) / 1e6;
            }
        }
        return median(times);
    }

    /**
     * Heap added by a 1M-point chart on screen: the x/y arrays, the cached log10 arrays, the raster buffer
     * and the scene. Measured as used heap after full GCs, with the chart alive, minus before it existed.
     */
    private static double heapPerMillion() {
        // A small chart first, so that what JavaFX allocates once (fonts, CSS, canvas textures) is not counted.
        closeWindowOf(showChart(randomLogLog(1_000, 11)));
        long before = usedHeapAfterGc();
        ChartCanvas chart = showChart(randomLogLog(1_000_000, 11));
        long after = usedHeapAfterGc();
        if (chart.currentScene() == null) {
            throw new IllegalStateException("chart did not lay out");
        }
        closeWindowOf(chart);
        return (after - before) / (1024.0 * 1024.0);
    }

    private static ChartCanvas showChart(ChartSpec spec) {
        return onFx(() -> {
            ChartCanvas c = new ChartCanvas();
            Stage stage = new Stage();
            stage.setScene(new Scene(new Group(c), WIDTH_PX, HEIGHT_PX));
            c.specProperty().set(spec);
            c.resize(WIDTH_PX, HEIGHT_PX);
            c.layout();
            c.snapshot(null, null);
            return c;
        });
    }

    private static void closeWindowOf(ChartCanvas chart) {
        onFx(() -> {
            ((Stage) chart.getScene().getWindow()).close();
            return null;
        });
    }

    private static long usedHeapAfterGc() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 4; i++) {
            System.gc();
        }
        return rt.totalMemory() - rt.freeMemory();
    }

    private static <T> T onFx(Supplier<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.get());
            } catch (RuntimeException | Error e) {
                result.completeExceptionally(e);
            }
        });
        try {
            return result.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("benchmark failed: " + e.getCause(), e.getCause());
        }
    }

    static double median(double[] v) {
        return percentile(v, 0.5);
    }

    static double percentile(double[] v, double q) {
        double[] s = v.clone();
        Arrays.sort(s);
        int i = (int) Math.ceil(q * s.length) - 1;
        return s[Math.max(0, Math.min(s.length - 1, i))];
    }
}

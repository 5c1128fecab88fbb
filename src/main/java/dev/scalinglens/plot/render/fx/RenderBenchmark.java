package dev.scalinglens.plot.render.fx;

import dev.scalinglens.plot.Theme;
import dev.scalinglens.plot.Viewport;
import dev.scalinglens.plot.layout.LayoutOptions;
import dev.scalinglens.plot.layout.PlotLayout;
import dev.scalinglens.plot.layout.ViewportMath;
import dev.scalinglens.plot.render.SvgOptions;
import dev.scalinglens.plot.render.SvgRenderer;
import dev.scalinglens.plot.scene.PlotScene;
import dev.scalinglens.plot.spec.AxisSpec;
import dev.scalinglens.plot.spec.ChartSpec;
import dev.scalinglens.plot.spec.MarkerShape;
import dev.scalinglens.plot.spec.PointLayer;
import dev.scalinglens.plot.spec.ScaleType;
import dev.scalinglens.plot.spec.TickFormat;
import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.ScatterChart;
import javafx.scene.chart.XYChart;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
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
 */
public final class RenderBenchmark {

    public static final int WIDTH_PX = 1000;
    public static final int HEIGHT_PX = 700;
    private static final int WARMUP_FRAMES = 10;
    private static final int FRAMES = 40;
    private static final int BASELINE_WARMUP_FRAMES = 4;
    private static final int BASELINE_FRAMES = 10;

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

    /** Uses Monocle's headless software pipeline when there is no display, before the toolkit starts. */
    public static void startToolkit() {
        String display = System.getenv("DISPLAY");
        if (display == null || display.isBlank() || Boolean.getBoolean("scalinglens.headless")) {
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
        double heapMb = Double.NaN;
        for (int n : sizes) {
            ChartSpec spec = randomLogLog(n, 42);
            frames.add(onFx(() -> measureCanvas(spec, warmupNanos)));
            if (n == 1_000_000) {
                heapMb = heapPerMillion();
            }
        }
        double baseline = onFx(() -> measureScatterChart(warmupNanos));
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
        PointLayer points = new PointLayer("random", "Random points", "qwen", MarkerShape.CIRCLE, 6, x, y, null, null,
                null, null, null, null, null);
        return new ChartSpec("bench", "Benchmark: " + n + " random points", null,
                AxisSpec.auto("x", ScaleType.LOG10, TickFormat.AUTO), AxisSpec.auto("y", ScaleType.LOG10, TickFormat.AUTO),
                List.of(points), List.of(), "Synthetic data", List.of());
    }

    /** The frame sequence: alternate pans and zooms about points spread over the plot. */
    private static Viewport nextViewport(PlotScene scene, int frame) {
        double cx = scene.plotArea().x() + scene.plotArea().width() * (0.3 + 0.4 * ((frame * 7) % 10) / 10.0);
        double cy = scene.plotArea().y() + scene.plotArea().height() * (0.3 + 0.4 * ((frame * 3) % 10) / 10.0);
        return switch (frame % 4) {
            case 0 -> ViewportMath.pan(scene, 25, -10);
            case 1 -> ViewportMath.zoom(scene, 1.15, cx, cy);
            case 2 -> ViewportMath.pan(scene, -20, 15);
            default -> ViewportMath.zoom(scene, 1 / 1.15, cx, cy);
        };
    }

    private static FrameStats measureCanvas(ChartSpec spec, long warmupNanos) {
        ChartCanvas chart = new ChartCanvas();
        chart.resize(WIDTH_PX, HEIGHT_PX);
        Stage stage = new Stage();
        stage.setScene(new Scene(new Group(chart), WIDTH_PX, HEIGHT_PX));
        chart.specProperty().set(spec);
        chart.resize(WIDTH_PX, HEIGHT_PX);
        chart.layout();
        double[] total = new double[FRAMES];
        double[] drawOnly = new double[FRAMES];
        double[] cpu = new double[FRAMES];
        WritableImage target = new WritableImage(WIDTH_PX, HEIGHT_PX);
        long warmupEnd = System.nanoTime() + warmupNanos;
        while (System.nanoTime() < warmupEnd) {
            // Always from the initial view: a long warm-up must not drift the measured frames elsewhere.
            chart.resetView();
            for (int f = 0; f < WARMUP_FRAMES + FRAMES; f++) {
                chart.viewportProperty().set(nextViewport(chart.currentScene(), f));
                chart.snapshot(null, target);
            }
        }
        chart.resetView();
        for (int f = -WARMUP_FRAMES; f < FRAMES; f++) {
            Viewport v = nextViewport(chart.currentScene(), f + WARMUP_FRAMES);
            long c0 = processCpuNanos();
            long t0 = System.nanoTime();
            chart.viewportProperty().set(v);
            long t1 = System.nanoTime();
            chart.snapshot(null, target);
            long t2 = System.nanoTime();
            long c1 = processCpuNanos();
            if (f >= 0) {
                drawOnly[f] = (t1 - t0) / 1e6;
                total[f] = (t2 - t0) / 1e6;
                cpu[f] = (c1 - c0) / 1e6;
            }
        }
        stage.close();
        return new FrameStats(spec.layers().get(0) instanceof PointLayer p ? p.size() : 0, median(total),
                percentile(total, 0.95), median(drawOnly), median(cpu));
    }

    private static double measureScatterChart(long warmupNanos) {
        ChartSpec spec = randomLogLog(10_000, 42);
        PointLayer p = (PointLayer) spec.layers().get(0);
        // ScatterChart has no log axis: plot log10 values on linear axes, the usual workaround.
        NumberAxis xAxis = new NumberAxis();
        NumberAxis yAxis = new NumberAxis();
        xAxis.setAutoRanging(false);
        yAxis.setAutoRanging(false);
        ScatterChart<Number, Number> chart = new ScatterChart<>(xAxis, yAxis);
        chart.setAnimated(false);
        XYChart.Series<Number, Number> series = new XYChart.Series<>();
        for (int i = 0; i < p.size(); i++) {
            series.getData().add(new XYChart.Data<>(Math.log10(p.x()[i]), Math.log10(p.y()[i])));
        }
        chart.getData().add(series);
        StackPane root = new StackPane(chart);
        Stage stage = new Stage();
        stage.setScene(new Scene(root, WIDTH_PX, HEIGHT_PX));
        root.applyCss();
        root.layout();
        // Same frames as the canvas, driven by the canvas's own layout of the same data.
        PlotScene initial = PlotLayout.layout(spec, LayoutOptions.of(WIDTH_PX, HEIGHT_PX, Theme.LIGHT));
        double[] times = new double[BASELINE_FRAMES];
        WritableImage target = new WritableImage(WIDTH_PX, HEIGHT_PX);
        long warmupEnd = System.nanoTime() + warmupNanos;
        while (System.nanoTime() < warmupEnd) {
            PlotScene scene = initial;
            for (int f = 0; f < BASELINE_WARMUP_FRAMES + BASELINE_FRAMES; f++) {
                Viewport v = nextViewport(scene, f);
                scene = layoutAt(spec, v);
                showBaselineFrame(v, xAxis, yAxis, root, chart, target);
            }
        }
        PlotScene scene = initial;
        for (int f = -BASELINE_WARMUP_FRAMES; f < BASELINE_FRAMES; f++) {
            // The canvas's layout only computes the next viewport: it is not the ScatterChart's work.
            Viewport v = nextViewport(scene, f + BASELINE_WARMUP_FRAMES);
            scene = layoutAt(spec, v);
            long t0 = System.nanoTime();
            showBaselineFrame(v, xAxis, yAxis, root, chart, target);
            if (f >= 0) {
                times[f] = (System.nanoTime() - t0) / 1e6;
            }
        }
        stage.close();
        return median(times);
    }

    private static PlotScene layoutAt(ChartSpec spec, Viewport v) {
        return PlotLayout.layout(spec, LayoutOptions.of(WIDTH_PX, HEIGHT_PX, Theme.LIGHT).withViewport(v));
    }

    /** One ScatterChart frame: its axes set to the viewport (log10 values on linear axes), laid out, snapshot. */
    private static void showBaselineFrame(Viewport v, NumberAxis xAxis, NumberAxis yAxis, StackPane root,
                                          ScatterChart<Number, Number> chart, WritableImage target) {
        xAxis.setLowerBound(Math.log10(v.xMin()));
        xAxis.setUpperBound(Math.log10(v.xMax()));
        yAxis.setLowerBound(Math.log10(v.yMin()));
        yAxis.setUpperBound(Math.log10(v.yMax()));
        root.applyCss();
        root.layout();
        chart.snapshot(null, target);
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
        long before = usedHeapAfterGc();
        ChartSpec spec = randomLogLog(1_000_000, 11);
        ChartCanvas[] keep = new ChartCanvas[1];
        onFx(() -> {
            ChartCanvas chart = new ChartCanvas();
            Stage stage = new Stage();
            stage.setScene(new Scene(new Group(chart), WIDTH_PX, HEIGHT_PX));
            chart.specProperty().set(spec);
            chart.resize(WIDTH_PX, HEIGHT_PX);
            chart.layout();
            chart.snapshot(null, null);
            keep[0] = chart;
            return null;
        });
        long after = usedHeapAfterGc();
        if (keep[0].currentScene() == null) {
            throw new IllegalStateException("chart did not lay out");
        }
        return (after - before) / (1024.0 * 1024.0);
    }

    /**
     * CPU time of all live Java threads (the FX thread, the render thread doing the snapshot, the rest), with
     * nanosecond resolution. On a shared machine the wall clock includes time spent waiting for a core; CPU
     * time does not. GC threads are not Java threads and are not counted.
     */
    private static long processCpuNanos() {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long sum = 0;
        for (long id : mx.getAllThreadIds()) {
            sum += Math.max(0, mx.getThreadCpuTime(id));
        }
        return sum;
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

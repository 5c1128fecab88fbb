package dev.scalinglens.bench;

import dev.scalinglens.plot.render.fx.ChartCanvas;
import dev.scalinglens.plot.spec.ChartSpec;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;

/** Our chart under the benchmark: a frame sets the viewport (layout + drawing) and snapshots the node. */
final class CanvasBenchChart implements BenchChart {

    private final ChartCanvas chart = new ChartCanvas();
    private final Stage stage = new Stage();
    private final WritableImage target;

    CanvasBenchChart(ChartSpec spec, int width, int height) {
        chart.resize(width, height);
        stage.setScene(new Scene(new Group(chart), width, height));
        chart.specProperty().set(spec);
        chart.resize(width, height);
        chart.layout();
        target = new WritableImage(width, height);
    }

    @Override
    public void restart() {
        chart.resetView();
    }

    @Override
    public FrameTime frame(int f) {
        var v = BenchChart.viewportAfter(chart.currentScene(), f);
        long c0 = processCpuNanos();
        long t0 = System.nanoTime();
        chart.viewportProperty().set(v);
        long t1 = System.nanoTime();
        chart.snapshot(null, target);
        long t2 = System.nanoTime();
        long c1 = processCpuNanos();
        return new FrameTime((t2 - t0) / 1e6, (t1 - t0) / 1e6, (c1 - c0) / 1e6);
    }

    @Override
    public void close() {
        stage.close();
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
}

package dev.scalinglens.bench;

import dev.scalinglens.plot.Theme;
import dev.scalinglens.plot.Viewport;
import dev.scalinglens.plot.layout.LayoutOptions;
import dev.scalinglens.plot.layout.PlotLayout;
import dev.scalinglens.plot.scene.PlotScene;
import dev.scalinglens.plot.spec.ChartSpec;
import dev.scalinglens.plot.spec.PointLayer;
import javafx.scene.Scene;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.ScatterChart;
import javafx.scene.chart.XYChart;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The baseline: a {@link ScatterChart} of the same points doing the same frames. It has no log axis, so it
 * plots log10 values on linear axes (the usual workaround); a frame sets its axes, lays it out and snapshots it.
 */
final class ScatterChartBenchChart implements BenchChart {

    private final ChartSpec spec;
    private final int width;
    private final int height;
    private final NumberAxis xAxis = new NumberAxis();
    private final NumberAxis yAxis = new NumberAxis();
    private final ScatterChart<Number, Number> chart = new ScatterChart<>(xAxis, yAxis);
    private final StackPane root = new StackPane(chart);
    private final Stage stage = new Stage();
    private final WritableImage target;
    private final PlotScene initial;
    /** Our layout of the same data at the current view: only used to compute the next viewport. */
    private PlotScene scene;

    ScatterChartBenchChart(ChartSpec spec, int width, int height) {
        this.spec = spec;
        this.width = width;
        this.height = height;
        PointLayer p = (PointLayer) spec.layers().get(0);
        xAxis.setAutoRanging(false);
        yAxis.setAutoRanging(false);
        chart.setAnimated(false);
        XYChart.Series<Number, Number> series = new XYChart.Series<>();
        for (int i = 0; i < p.size(); i++) {
            series.getData().add(new XYChart.Data<>(Math.log10(p.x()[i]), Math.log10(p.y()[i])));
        }
        chart.getData().add(series);
        stage.setScene(new Scene(root, width, height));
        root.applyCss();
        root.layout();
        target = new WritableImage(width, height);
        initial = layoutAt(null);
        scene = initial;
    }

    private PlotScene layoutAt(Viewport v) {
        return PlotLayout.layout(spec, LayoutOptions.of(width, height, Theme.LIGHT).withViewport(v));
    }

    @Override
    public void restart() {
        scene = initial;
    }

    @Override
    public FrameTime frame(int f) {
        // Computing the viewport with our layout is not the ScatterChart's work: done before the clock starts.
        Viewport v = BenchChart.viewportAfter(scene, f);
        scene = layoutAt(v);
        long t0 = System.nanoTime();
        xAxis.setLowerBound(Math.log10(v.xMin()));
        xAxis.setUpperBound(Math.log10(v.xMax()));
        yAxis.setLowerBound(Math.log10(v.yMin()));
        yAxis.setUpperBound(Math.log10(v.yMax()));
        root.applyCss();
        root.layout();
        long t1 = System.nanoTime();
        chart.snapshot(null, target);
        long t2 = System.nanoTime();
        return new FrameTime((t2 - t0) / 1e6, (t1 - t0) / 1e6, Double.NaN);
    }

    @Override
    public void close() {
        stage.close();
    }
}

package dev.scalinglens.bench;

import dev.scalinglens.app.startup.FirstPaintClock;
import java.util.Random;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.ScatterChart;
import javafx.scene.chart.XYChart;
import javafx.stage.Stage;

/**
 * {@code bench startup}'s baseline: the smallest JavaFX program that shows a chart with data, a
 * {@link ScatterChart} of 1,000 points in a window, started with plain {@code java} (no archive of its own).
 * It reports its first painted chart the way the app does ({@link FirstPaintClock}).
 */
public final class ScatterChartStartupBaseline {

    static final int POINTS = 1_000;
    private static final long SEED = 42;

    private ScatterChartStartupBaseline() {
    }

    /**
     * Started by {@code java -cp scalinglens.jar dev.scalinglens.bench.ScatterChartStartupBaseline}; the main
     * class is not the Application, so JavaFX starts from the class path.
     */
    public static void main(String[] args) {
        Application.launch(Window.class);
    }

    /** The window with the chart. */
    public static final class Window extends Application {
        @Override
        public void start(Stage stage) {
            XYChart.Series<Number, Number> series = new XYChart.Series<>();
            Random random = new Random(SEED);
            for (int i = 0; i < POINTS; i++) {
                double log10Parameters = 8 + 4 * random.nextDouble();
                double log10Tokens = log10Parameters + 1.3 + random.nextGaussian() * 0.3;
                series.getData().add(new XYChart.Data<>(log10Parameters, log10Tokens));
            }
            ScatterChart<Number, Number> chart = new ScatterChart<>(new NumberAxis(), new NumberAxis());
            chart.setTitle("1,000 points");
            chart.getData().add(series);
            Scene scene = new Scene(chart, 1280, 800);
            FirstPaintClock.watch(scene, () -> true, Platform::exit);
            stage.setTitle("ScatterChart baseline");
            stage.setScene(scene);
            stage.show();
        }
    }
}

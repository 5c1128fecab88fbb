package dev.scalinglens.app.startup;

import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * Start-up milestones on the first pulse that lays out a chart with data (not the empty chart shown while
 * the catalog loads): logs "first chart painted after N ms" (counted from the start,
 * {@link StartupTrace#sinceStartMs}), runs deferred
 * start-up work once that frame is on its way, and with {@value #EXIT_PROPERTY}=true exits (for
 * {@code bench startup}).
 */
public final class FirstPaintClock {

    public static final String EXIT_PROPERTY = "scalinglens.exitAfterFirstPaint";
    /** The bench command parses this prefix from the child's output. */
    public static final String LOG_PREFIX = "first chart painted after ";

    private FirstPaintClock() {
    }

    /** Logs the first chart with data, and exits then when {@value #EXIT_PROPERTY} is set. */
    public static void watch(Scene scene, BooleanSupplier chartHasData, Runnable exit) {
        onFirstChart(scene, chartHasData, () -> {
            System.out.println(LOG_PREFIX + StartupTrace.sinceStartMs() + " ms");
            if (Boolean.getBoolean(EXIT_PROPERTY)) {
                exit.run();
            }
        });
    }

    /**
     * Runs {@code then} once, after the pulse that first lays out a chart with data: queued behind that
     * pulse, so its frame is rendered before {@code then} takes the FX thread.
     */
    public static void onFirstChart(Scene scene, BooleanSupplier chartHasData, Runnable then) {
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            if (chartHasData.getAsBoolean()) {
                scene.removePostLayoutPulseListener(listener[0]);
                Platform.runLater(then);
            }
        };
        scene.addPostLayoutPulseListener(listener[0]);
    }
}

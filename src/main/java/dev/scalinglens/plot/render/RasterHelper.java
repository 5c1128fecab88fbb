package dev.scalinglens.plot.render;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The second thread that draws half of a dense point layer ({@link PointRaster#draw(
 * dev.scalinglens.plot.scene.PointsMark, PointRaster.Buffer, Executor)}). One daemon thread, started on first
 * use; none on a single-core machine, where splitting would only add hand-over cost.
 */
public final class RasterHelper {

    private static final class Holder {
        static final ExecutorService POOL = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "point-raster-helper");
            t.setDaemon(true);
            return t;
        });
    }

    private RasterHelper() {
    }

    /** The helper, or null when there is only one processor. */
    public static Executor get() {
        return Runtime.getRuntime().availableProcessors() > 1 ? Holder.POOL : null;
    }
}

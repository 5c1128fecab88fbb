package dev.scalinglens.export;

import dev.scalinglens.export.pptx.ChartSlideShow;
import java.io.IOException;
import java.util.concurrent.FutureTask;

/**
 * POI's empty presentation, opened on a background thread while the slides are drawn. Opening it (reading the
 * template, parsing its master, layouts and theme, loading XMLBeans' schema types and POI's classes) was about
 * a fifth of a one-slide {@code deck} process and needs nothing from the slides, so it overlaps with loading
 * the catalog and laying out the charts. Whoever does not {@link #take} the presentation closes this.
 */
final class PresentationPreload implements AutoCloseable {

    private final FutureTask<ChartSlideShow> task = new FutureTask<>(ChartSlideShow::new);
    private boolean taken;

    private PresentationPreload() {
    }

    static PresentationPreload start() {
        PresentationPreload preload = new PresentationPreload();
        Background.start(preload.task, "pptx-template");
        return preload;
    }

    /** The opened presentation, waiting for it if need be; the caller closes it. */
    ChartSlideShow take() {
        taken = true;
        return Background.await(task, "opening POI's empty presentation");
    }

    /** Closes the presentation if nobody took it (a cancelled or failed build), once it is open. */
    @Override
    public void close() throws IOException {
        if (taken) {
            return;
        }
        taken = true;
        ChartSlideShow opened;
        try {
            opened = Background.await(task, "opening POI's empty presentation");
        } catch (RuntimeException e) {
            return; // nothing was opened; the build is already failing or cancelled for its own reason
        }
        opened.close();
    }
}

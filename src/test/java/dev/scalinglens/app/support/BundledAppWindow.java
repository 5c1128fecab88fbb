package dev.scalinglens.app.support;

import dev.scalinglens.app.AppAssembly;
import dev.scalinglens.app.AppServices;
import dev.scalinglens.app.charts.CanvasChartSurface;
import dev.scalinglens.charts.registry.ChartKind;
import dev.scalinglens.app.task.FxTaskExecutor;
import dev.scalinglens.catalog.load.BundledCatalog;
import java.nio.file.Files;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.stage.Stage;
import org.testfx.util.WaitForAsyncUtils;

/** The real main window on the bundled catalog, with a fresh config folder: what UI tests drive. */
public final class BundledAppWindow {

    private BundledAppWindow() {
    }

    /** Builds, shows and starts the window in {@code stage}; dialogs are answered by {@code dialogs}. */
    public static AppAssembly open(Stage stage, RecordingDialogs dialogs) throws Exception {
        FakeCatalogService service = new FakeCatalogService(BundledCatalog.load().catalog());
        service.release.countDown();
        AppServices services = new AppServices(service, new FxTaskExecutor(), CanvasChartSurface::new,
                ChartKind.all(), Files.createTempDirectory("scalinglens-ui").resolve("config"),
                link -> { }, w -> dialogs);
        AppAssembly app = AppAssembly.assemble(services, stage, false);
        app.loadCatalog();
        stage.show();
        app.start();
        return app;
    }

    /** Waits (at most 20 s) for the condition, then for pending FX events. */
    public static void waitUntil(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }
}

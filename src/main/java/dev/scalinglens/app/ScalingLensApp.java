package dev.scalinglens.app;

import dev.scalinglens.app.catalog.CatalogService;
import dev.scalinglens.app.catalog.LoaderCatalogService;
import dev.scalinglens.app.catalog.PrefetchingCatalogService;
import dev.scalinglens.app.charts.CanvasChartSurface;
import dev.scalinglens.charts.registry.ChartKind;
import dev.scalinglens.app.dialogs.FxUserDialogs;
import dev.scalinglens.app.startup.FirstPaintClock;
import dev.scalinglens.app.startup.StartupTrace;
import dev.scalinglens.app.prefs.ConfigDirectory;
import dev.scalinglens.app.task.FxTaskExecutor;
import javafx.application.Application;
import javafx.application.Platform;
import java.nio.file.Path;
import javafx.scene.image.Image;
import javafx.stage.Stage;

/** The desktop application: wires the production services and shows the window. */
public final class ScalingLensApp extends Application {

    /** Made before the toolkit starts, so the bundled catalog is read on another core meanwhile. */
    private static CatalogService catalogService;

    public static void launchApp(String[] args) {
        catalogService = new PrefetchingCatalogService(new LoaderCatalogService());
        Application.launch(ScalingLensApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        StartupTrace.mark("toolkit started");
        AppServices services = new AppServices(
                catalogService != null ? catalogService : new PrefetchingCatalogService(new LoaderCatalogService()),
                new FxTaskExecutor(),
                CanvasChartSurface::new, ChartKind.all(), ConfigDirectory.resolve(),
                url -> getHostServices().showDocument(url), FxUserDialogs::new);
        AppAssembly app = AppAssembly.assemble(services, stage, true);
        StartupTrace.mark("window assembled");
        FirstPaintClock.watch(app.scene(), app::currentChartHasData, Platform::exit);
        app.loadCatalog();
        stage.show();
        StartupTrace.mark("window shown");
        // Icons after showing: decoding six PNGs is not worth delaying the first frame; window managers update.
        for (int size : new int[] {16, 32, 48, 64, 128, 256}) {
            var icon = ScalingLensApp.class.getResource("/icons/scalinglens-" + size + ".png");
            if (icon != null) {
                stage.getIcons().add(new Image(icon.toExternalForm(), true));
            }
        }
        app.buildSidePanelsAfterFirstChart();
        // "scalinglens FILE" (the desktop entry's %f): opened once the bundled catalog is loaded.
        app.start(getParameters().getRaw().stream().findFirst().map(Path::of).orElse(null));
    }
}

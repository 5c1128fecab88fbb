package dev.scalinglens.app;

import dev.scalinglens.app.catalog.CatalogService;
import dev.scalinglens.charts.ChartDefinition;
import dev.scalinglens.app.charts.ChartSurfaceFactory;
import dev.scalinglens.app.dialogs.UserDialogs;
import dev.scalinglens.app.inspector.LinkOpener;
import dev.scalinglens.app.task.TaskExecutor;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import javafx.stage.Window;

/**
 * The plain dependencies the window is built from. Production and UI tests differ only here
 * (fake catalog service, synchronous or slow executors, scripted dialogs).
 */
public record AppServices(CatalogService catalogService, TaskExecutor executor, ChartSurfaceFactory surfaces,
                          List<ChartDefinition<?>> charts, Path configDirectory, LinkOpener links,
                          Function<Window, UserDialogs> dialogs) {

    public AppServices {
        charts = List.copyOf(charts);
    }
}

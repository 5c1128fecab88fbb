package dev.scalinglens.app.export;

import dev.scalinglens.app.dialogs.SystemClipboard;
import dev.scalinglens.app.dialogs.UserDialogs;
import dev.scalinglens.app.main.FigureCommands;
import dev.scalinglens.app.main.MainViewModel;
import dev.scalinglens.app.task.BackgroundTask;
import dev.scalinglens.app.task.TaskExecutor;
import dev.scalinglens.app.task.TaskHandle;
import dev.scalinglens.catalog.Catalog;
import dev.scalinglens.export.ChartView;
import dev.scalinglens.export.ClipboardPayload;
import dev.scalinglens.export.ExportFormat;
import dev.scalinglens.export.ExportOptions;
import dev.scalinglens.export.FigureExporter;
import dev.scalinglens.export.FigureViewReader;
import dev.scalinglens.export.PlotFigureRenderer;
import dev.scalinglens.export.SizePreset;
import dev.scalinglens.export.TextOverrides;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.stage.Window;

/**
 * The export side of the window: File › Export… (the export dialog with its live preview), Edit › Copy
 * chart and opening an exported figure back into its chart page. Everything is drawn by the plot engine
 * through {@link FigureExporter} on the app's executor, from the filtered catalog the user sees.
 */
public final class FigureActions implements FigureCommands {

    /** Clipboard copies: a 16:9 slide at 2× (3200 × 1800 px), sharp on a projector and in documents. */
    private static final ExportOptions CLIPBOARD_OPTIONS = ExportOptions.of(ExportFormat.PNG, SizePreset.SLIDE_16_9, 2);

    private final Window owner;
    private final MainViewModel main;
    private final Supplier<Catalog> shownCatalog;
    private final TaskExecutor executor;
    private final Consumer<TaskHandle> taskTracker;
    private final UserDialogs dialogs;
    private final ExportNotices notices;

    public FigureActions(Window owner, MainViewModel main, Supplier<Catalog> shownCatalog, TaskExecutor executor,
                         Consumer<TaskHandle> taskTracker, UserDialogs dialogs, Consumer<String> openLink) {
        this.notices = new ExportNotices(owner, openLink);
        this.owner = owner;
        this.main = main;
        this.shownCatalog = shownCatalog;
        this.executor = executor;
        this.taskTracker = taskTracker;
        this.dialogs = dialogs;
    }

    /** Hooks the actions into the main view model (Export… enables, Copy chart and Open figure work). */
    public void install() {
        main.useFigureCommands(this);
    }

    /** A renderer over a snapshot of the catalog as filtered now (immutable, safe on worker threads). */
    private PlotFigureRenderer renderer() {
        Catalog snapshot = shownCatalog.get();
        return new PlotFigureRenderer(() -> snapshot);
    }

    @Override
    public void export() {
        ChartView view = main.currentChartView().orElse(null);
        if (view == null) {
            dialogs.showInformation("Export chart", "Choose a chart page first: the table is exported as CSV from its own menu.");
            return;
        }
        PlotFigureRenderer renderer = renderer();
        TextOverrides chartText = main.currentChart()
                .map(c -> c.specProperty().get())
                .map(spec -> new TextOverrides(spec.title(), spec.subtitle(), spec.footnote()))
                .orElse(TextOverrides.NONE);
        Map<String, String> choices = new HashMap<>(main.session().preferences().exportChoices());
        ExportDialogViewModel model = new ExportDialogViewModel(view, chartText,
                new FigureExporter(renderer, renderer), renderer, choices, executor);
        ExportDialog dialog = new ExportDialog(owner, model);
        dialog.showAndWait();
        main.session().rememberExportChoices(choices);
        model.lastSaved().ifPresent(file -> notices.exported(file));
    }

    @Override
    public void copy() {
        ChartView view = main.currentChartView().orElse(null);
        if (view == null) {
            return;
        }
        PlotFigureRenderer renderer = renderer();
        FigureExporter exporter = new FigureExporter(renderer, renderer);
        BackgroundTask<ClipboardPayload> task = BackgroundTask.<ClipboardPayload>of("Copying chart",
                        p -> exporter.clipboard(view, CLIPBOARD_OPTIONS))
                .onSuccess(payload -> {
                    SystemClipboard.putFigure(payload);
                    notices.copied();
                })
                .onFailure(e -> dialogs.showError("Cannot copy the chart",
                        "The chart was not copied: " + e.getMessage(), null));
        taskTracker.accept(executor.execute(task));
    }

    /** Reads the view embedded in an exported figure (in the background) and shows that chart as it was. */
    @Override
    public void open(Path file) {
        BackgroundTask<List<ChartView>> task = BackgroundTask.<List<ChartView>>of("Opening " + file.getFileName(),
                        p -> FigureViewReader.read(file))
                .onSuccess(views -> {
                    try {
                        // A deck holds several views: its first slide is shown.
                        main.showChartView(views.get(0));
                    } catch (IllegalArgumentException e) {
                        dialogs.showError("Cannot open figure", file.getFileName() + ": " + e.getMessage()
                                + "\nNothing was changed.", null);
                    }
                })
                .onFailure(e -> dialogs.showError("Cannot open figure", (e.getMessage() == null ? e.toString()
                        : e.getMessage()) + "\nNothing was changed.", null));
        taskTracker.accept(executor.execute(task));
    }
}

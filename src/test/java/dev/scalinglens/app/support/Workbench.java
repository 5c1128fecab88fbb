package dev.scalinglens.app.support;

import dev.scalinglens.app.catalog.CatalogSessionViewModel;
import dev.scalinglens.app.catalogtable.CatalogTableViewModel;
import dev.scalinglens.app.charts.ChartPageViewModel;
import dev.scalinglens.charts.ChartDefinition;
import dev.scalinglens.app.charts.PreviewCharts;
import dev.scalinglens.app.filters.FilterViewModel;
import dev.scalinglens.app.inspector.InspectorViewModel;
import dev.scalinglens.app.main.MainViewModel;
import dev.scalinglens.app.prefs.PreferencesStore;
import dev.scalinglens.app.problems.ProblemsViewModel;
import dev.scalinglens.app.selection.SelectionModel;
import dev.scalinglens.app.task.CurrentThreadTaskExecutor;
import dev.scalinglens.app.task.TaskStatusViewModel;
import dev.scalinglens.app.workspace.RecoveryStore;
import dev.scalinglens.app.workspace.WorkspaceStore;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The whole view-model graph, wired as the app wires it, on a synchronous executor and no toolkit. */
public final class Workbench {

    public final FakeCatalogService service = new FakeCatalogService();
    public final RecordingDialogs dialogs = new RecordingDialogs();
    public final List<String> openedLinks = new ArrayList<>();
    public final TaskStatusViewModel taskStatus = new TaskStatusViewModel();
    public final CatalogSessionViewModel catalogs;
    public final SelectionModel selection = new SelectionModel();
    public final FilterViewModel filters;
    public final List<ChartPageViewModel<?>> charts = new ArrayList<>();
    public final ProblemsViewModel problems;
    public final CatalogTableViewModel table;
    public final InspectorViewModel inspector;
    public final MainViewModel main;
    public final Path configDir;
    public final RecoveryStore recovery;

    @SuppressWarnings({"unchecked", "rawtypes"})
    public Workbench(Path configDir) {
        this(configDir, PreviewCharts.registrations());
    }

    /** With these chart registrations, e.g. the real ones ({@code ChartKind.all()}). */
    public Workbench(Path configDir, List<ChartDefinition<?>> registrations) {
        this.configDir = configDir;
        CurrentThreadTaskExecutor executor = new CurrentThreadTaskExecutor();
        catalogs = new CatalogSessionViewModel(service, executor, taskStatus::track);
        filters = new FilterViewModel(catalogs.catalogProperty());
        selection.highlightIdsProperty().bind(filters.searchHighlightProperty()); // as AppAssembly
        for (ChartDefinition<?> r : registrations) {
            charts.add(new ChartPageViewModel(r, filters.filteredCatalogProperty(), executor));
        }
        problems = new ProblemsViewModel(catalogs.getProblems());
        table = new CatalogTableViewModel(filters.filteredCatalogProperty(), selection);
        inspector = new InspectorViewModel(catalogs.catalogProperty(), selection, openedLinks::add);
        WorkspaceStore store = new WorkspaceStore();
        recovery = new RecoveryStore(configDir, store);
        main = new MainViewModel(catalogs, filters, selection, charts, taskStatus, problems, store,
                recovery, new PreferencesStore(configDir), dialogs);
    }

    /** Starts as the app does: bundled catalog loaded, no recovery accepted. */
    public Workbench started() {
        main.session().start(ws -> dialogs.confirm("Recover unsaved work?", "crashed"));
        return this;
    }
}

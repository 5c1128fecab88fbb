package dev.scalinglens.app;

import dev.scalinglens.app.catalog.CatalogSessionViewModel;
import dev.scalinglens.app.catalogtable.CatalogTableView;
import dev.scalinglens.app.catalogtable.CatalogTableViewModel;
import dev.scalinglens.app.charts.ChartPageView;
import dev.scalinglens.app.charts.ChartPageViewModel;
import dev.scalinglens.charts.ChartDefinition;
import dev.scalinglens.app.dialogs.UserDialogs;
import dev.scalinglens.app.export.FigureActions;
import dev.scalinglens.app.filters.FilterView;
import dev.scalinglens.app.filters.FilterViewModel;
import dev.scalinglens.app.inspector.InspectorView;
import dev.scalinglens.app.inspector.InspectorViewModel;
import dev.scalinglens.app.startup.FirstPaintClock;
import dev.scalinglens.app.main.MainView;
import dev.scalinglens.app.main.MainViewModel;
import dev.scalinglens.app.prefs.AppPreferences;
import dev.scalinglens.app.prefs.PreferencesStore;
import dev.scalinglens.app.problems.ProblemsView;
import dev.scalinglens.app.problems.ProblemsViewModel;
import dev.scalinglens.app.selection.SelectionModel;
import dev.scalinglens.app.task.TaskStatusViewModel;
import dev.scalinglens.app.theme.ThemeManager;
import dev.scalinglens.app.workspace.RecoveryStore;
import dev.scalinglens.app.workspace.WindowLayout;
import dev.scalinglens.app.workspace.WorkspaceStore;
import java.util.ArrayList;
import java.util.List;
import javafx.animation.KeyFrame;
import javafx.animation.PauseTransition;
import javafx.animation.Timeline;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.util.Duration;

/** The composition root: services in, a wired window out. Used by the app and by UI tests alike. */
public final class AppAssembly {

    /** Autosave period: 30 s bounds the work lost in a crash without writing constantly. */
    /** Build all chart pages at start instead of on first display (a benchmark baseline). */
    public static final String EAGER_PROPERTY = "scalinglens.eagerCharts";

    static final Duration AUTOSAVE_PERIOD = Duration.seconds(30);
    /** The side panels appear by then even when no chart gets data to paint. */
    static final Duration SIDE_PANELS_AT_LATEST = Duration.seconds(3);

    private final MainViewModel mainViewModel;
    private final MainView mainView;
    private final Scene scene;
    private final Timeline autosave;
    private final UserDialogs dialogs;

    private AppAssembly(MainViewModel mainViewModel, MainView mainView, Scene scene, Timeline autosave,
                        UserDialogs dialogs) {
        this.dialogs = dialogs;
        this.mainViewModel = mainViewModel;
        this.mainView = mainView;
        this.scene = scene;
        this.autosave = autosave;
    }

    /** Builds the window's content into {@code stage} (not yet shown), side panels included. */
    public static AppAssembly assemble(AppServices services, Stage stage) {
        return assemble(services, stage, false);
    }

    /**
     * As {@link #assemble(AppServices, Stage)}; with {@code deferSidePanels} the filter panel and inspector
     * are left for {@link #buildSidePanelsAfterFirstChart()}.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static AppAssembly assemble(AppServices services, Stage stage, boolean deferSidePanels) {
        UserDialogs dialogs = services.dialogs().apply(stage);
        TaskStatusViewModel taskStatus = new TaskStatusViewModel();
        CatalogSessionViewModel catalogs = new CatalogSessionViewModel(services.catalogService(), services.executor(),
                taskStatus::track);
        SelectionModel selection = new SelectionModel();
        FilterViewModel filters = new FilterViewModel(catalogs.catalogProperty());
        selection.highlightIdsProperty().bind(filters.searchHighlightProperty());
        List<ChartPageViewModel<?>> charts = new ArrayList<>();
        for (ChartDefinition<?> registration : services.charts()) {
            charts.add(new ChartPageViewModel(registration, registration.followsFilters()
                    ? filters.filteredCatalogProperty() : catalogs.catalogProperty(), services.executor()));
        }
        ProblemsViewModel problems = new ProblemsViewModel(catalogs.getProblems());
        WorkspaceStore workspaces = new WorkspaceStore();
        MainViewModel main = new MainViewModel(catalogs, filters, selection, charts, taskStatus, problems, workspaces,
                new RecoveryStore(services.configDirectory(), workspaces),
                new PreferencesStore(services.configDirectory()), dialogs);

        CatalogTableViewModel table = new CatalogTableViewModel(filters.filteredCatalogProperty(), selection);
        InspectorViewModel inspector = new InspectorViewModel(catalogs.catalogProperty(), selection, services.links());
        MainView view = new MainView(main, dialogs, () -> new FilterView(filters),
                new CatalogTableView(table, dialogs::chooseCsvTarget,
                        e -> dialogs.showError("Cannot export CSV", "The table was not exported: " + e.getMessage(), null)),
                () -> new InspectorView(inspector), new ProblemsView(problems),
                id -> new ChartPageView(main.chart(id).orElseThrow(), services.surfaces().create(), selection,
                        main.themeProperty(), main.fontScaleProperty()));

        // Exports draw from what the chart shows: filtered, or the whole catalog for a chart that ignores filters.
        new FigureActions(stage, main, () -> main.currentChart().map(ChartPageViewModel::catalogShown)
                .orElseGet(() -> filters.filteredCatalogProperty().get()), services.executor(),
                taskStatus::track, dialogs, services.links()::open).install();
        view.setLiveSources(new dev.scalinglens.app.live.LiveSourcesViewModel(catalogs, services.executor(),
                taskStatus::track, dialogs, dev.scalinglens.app.live.LiveSourceSettings.load(services.configDirectory()),
                services.configDirectory().resolve("live")));

        WindowLayout layout = main.windowLayoutProperty().get();
        AppPreferences.WindowBounds bounds = main.session().preferences().window();
        Scene scene = new Scene(view, bounds == null ? layout.width() : bounds.width(),
                bounds == null ? layout.height() : bounds.height());
        Runnable restyle = () -> ThemeManager.apply(scene, main.themeProperty().get(), main.fontScaleProperty().get());
        main.themeProperty().addListener(o -> restyle.run());
        main.fontScaleProperty().addListener(o -> restyle.run());
        restyle.run();
        if (bounds != null) {
            stage.setX(bounds.x());
            stage.setY(bounds.y());
            stage.setMaximized(bounds.maximized());
        }
        stage.titleProperty().bind(main.titleBinding());
        stage.setScene(scene);
        main.windowLayoutProperty().addListener((obs, old, l) -> {
            if (stage.isShowing() && l.width() > 0 && l.height() > 0) {
                stage.setWidth(l.width());
                stage.setHeight(l.height());
            }
        });

        Timeline autosave = new Timeline(new KeyFrame(AUTOSAVE_PERIOD, e -> {
            view.syncLayout();
            main.session().autosave();
        }));
        autosave.setCycleCount(Timeline.INDEFINITE);
        stage.setOnHidden(e -> {
            autosave.stop();
            main.session().shutdown(new AppPreferences.WindowBounds(stage.getX(), stage.getY(), stage.getWidth(),
                    stage.getHeight(), stage.isMaximized()));
            services.executor().shutdown();
        });
        if (!deferSidePanels) {
            view.buildSidePanels();
        }
        return new AppAssembly(main, view, scene, autosave, dialogs);
    }

    /**
     * Starts loading the bundled catalog. Call before the stage first shows: when the catalog was prefetched,
     * the first chart is computed in the background while the window is laid out.
     */
    public void loadCatalog() {
        mainViewModel.session().loadCatalog();
    }

    /**
     * Builds the side panels right after the first chart with data has been laid out (its frame renders
     * first), or after {@link #SIDE_PANELS_AT_LATEST} if no chart gets data (e.g. a failed catalog).
     */
    public void buildSidePanelsAfterFirstChart() {
        FirstPaintClock.onFirstChart(scene, this::currentChartHasData, mainView::buildSidePanels);
        PauseTransition atLatest = new PauseTransition(SIDE_PANELS_AT_LATEST);
        atLatest.setOnFinished(e -> mainView.buildSidePanels());
        atLatest.play();
    }

    /** Whether the chart page on show has a chart with data to draw. */
    public boolean currentChartHasData() {
        var page = mainView.currentChartPage();
        var spec = page == null ? null : page.surface().specProperty().get();
        return spec != null && spec.hasData();
    }

    /** Loads the catalog and offers a crashed run's work back. Call once the stage is shown. */
    public void start() {
        start(null);
    }

    /** As {@link #start()}, opening {@code file} (a workspace, catalog or exported figure) once loaded. */
    public void start(java.nio.file.Path file) {
        if (Boolean.getBoolean(EAGER_PROPERTY)) {
            // For "bench startup" only: build every chart page now, to measure what lazy pages save.
            mainViewModel.charts().forEach(c -> mainView.ensureBuilt(c.id()));
            mainViewModel.charts().forEach(ChartPageViewModel::activate);
        }
        autosave.play();
        mainViewModel.session().start(ws -> dialogs.confirm("Recover unsaved work?",
                "Scaling Lens did not close cleanly last time. Restore the view you had then?"), file);
    }

    public MainViewModel mainViewModel() {
        return mainViewModel;
    }

    public MainView mainView() {
        return mainView;
    }

    public Scene scene() {
        return scene;
    }
}

package dev.scalinglens.app.main;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.scalinglens.app.catalog.CatalogSessionViewModel;
import dev.scalinglens.app.mergereport.MergeReportViewModel;
import dev.scalinglens.app.charts.ChartPageState;
import dev.scalinglens.app.charts.ChartPageViewModel;
import dev.scalinglens.app.dialogs.ErrorReporter;
import dev.scalinglens.app.filters.FilterViewModel;
import dev.scalinglens.app.prefs.AppPreferences;
import dev.scalinglens.app.prefs.PreferencesStore;
import dev.scalinglens.app.problems.ProblemsViewModel;
import dev.scalinglens.app.selection.SelectionModel;
import dev.scalinglens.app.task.TaskStatusViewModel;
import dev.scalinglens.app.workspace.RecoveryStore;
import dev.scalinglens.app.workspace.WindowLayout;
import dev.scalinglens.app.workspace.Workspace;
import dev.scalinglens.app.workspace.WorkspaceException;
import dev.scalinglens.app.workspace.WorkspaceStore;
import dev.scalinglens.charts.registry.ChartKind;
import dev.scalinglens.export.ChartView;
import dev.scalinglens.export.TextOverrides;
import dev.scalinglens.plot.Theme;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The window's state and commands: pages, catalogs, workspace files, theme and font size. It owns no
 * widgets; the view binds to it and forwards menu actions here.
 */
public final class MainViewModel {

    private boolean bundledCatalogRequested;
    private boolean bundledCatalogLoaded;
    /** What {@link #start} does once the bundled catalog is in, if it was not yet when start was called. */
    private Runnable afterBundledCatalog;

    /** Id of the catalog table page (the chart pages use their chart ids). */
    public static final String TABLE_PAGE = "table";
    /** Font scale steps: ±10% per step, between 70% and 200% (readable on a projector, still fits 1280×800). */
    static final double FONT_STEP = 0.1;
    static final double FONT_MIN = 0.7;
    static final double FONT_MAX = 2.0;

    private final CatalogSessionViewModel catalogs;
    private final FilterViewModel filters;
    private final SelectionModel selection;
    private final List<ChartPageViewModel<?>> charts;
    private final TaskStatusViewModel taskStatus;
    private final ProblemsViewModel problems;
    private final WorkspaceStore workspaces;
    private final RecoveryStore recovery;
    private final PreferencesStore preferencesStore;
    private final ErrorReporter errors;
    private final ObjectMapper json;

    private final ObservableList<String> pageIds = FXCollections.observableArrayList();
    /** Held here: an unmodifiable wrapper made per call would be collected with its listeners. */
    private final ObservableList<String> readOnlyPageIds = FXCollections.unmodifiableObservableList(pageIds);
    private final StringProperty selectedPage = new SimpleStringProperty();
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(Theme.LIGHT);
    private final DoubleProperty fontScale = new SimpleDoubleProperty(1.0);
    private final ObjectProperty<WindowLayout> windowLayout = new SimpleObjectProperty<>(WindowLayout.defaults());
    private final ReadOnlyObjectWrapper<Path> workspaceFile = new ReadOnlyObjectWrapper<>();
    private final ObservableList<Path> recentCatalogs = FXCollections.observableArrayList();
    /** Held here: an unmodifiable wrapper made per call would be collected with its listeners. */
    private final ObservableList<Path> readOnlyRecent = FXCollections.unmodifiableObservableList(recentCatalogs);
    private final ReadOnlyBooleanWrapper exportAvailable = new ReadOnlyBooleanWrapper(false);
    private final StringBinding title;
    private final StringBinding shownText;
    private final MergeReportViewModel mergeReport;
    private Runnable exportAction;
    private Runnable copyAction;
    private java.util.function.Consumer<Path> figureOpener;
    private AppPreferences preferences;
    private Workspace lastAutosaved;
    private final ViewHistory history;

    public MainViewModel(CatalogSessionViewModel catalogs, FilterViewModel filters, SelectionModel selection,
                         List<ChartPageViewModel<?>> charts, TaskStatusViewModel taskStatus, ProblemsViewModel problems,
                         WorkspaceStore workspaces, RecoveryStore recovery, PreferencesStore preferencesStore,
                         ErrorReporter errors) {
        this.catalogs = catalogs;
        this.filters = filters;
        this.selection = selection;
        this.charts = List.copyOf(charts);
        this.taskStatus = taskStatus;
        this.problems = problems;
        this.workspaces = workspaces;
        this.recovery = recovery;
        this.preferencesStore = preferencesStore;
        this.errors = errors;
        this.json = workspaces.json();
        this.charts.forEach(c -> pageIds.add(c.id()));
        pageIds.add(TABLE_PAGE);
        selectedPage.addListener((obs, old, id) -> chart(id).ifPresent(ChartPageViewModel::activate));
        selectedPage.set(pageIds.get(0));
        this.title = Bindings.createStringBinding(() -> workspaceFile.get() == null ? "Scaling Lens"
                // Always starts with the app's name (window lists, packaging's smoke test find it by that).
                : "Scaling Lens — " + workspaceFile.get().getFileName(), workspaceFile);
        this.mergeReport = new MergeReportViewModel(catalogs.lastMergeReportProperty(),
                catalogs.lastMergeNameProperty());
        // After File › Merge the status bar also says what the merge did (details: File › Merge report).
        this.shownText = Bindings.createStringBinding(() -> "Shown " + filters.shownCountProperty().get() + " of "
                        + filters.totalCountProperty().get() + " models"
                        + (catalogs.lastMergeReportProperty().get() == null ? ""
                        : " · " + MergeReportViewModel.statusText(catalogs.lastMergeNameProperty().get(),
                        catalogs.lastMergeReportProperty().get())),
                filters.shownCountProperty(), filters.totalCountProperty(), catalogs.lastMergeReportProperty());
        this.preferences = preferencesStore.load();
        theme.set(preferences.theme());
        fontScale.set(preferences.fontScale());
        preferences.recentCatalogs().forEach(f -> recentCatalogs.add(Path.of(f)));
        this.history = new ViewHistory(filters, this.charts, json);
    }

    // ---- undo/redo ------------------------------------------------------------------------------

    /** The window's undo history of view changes (filters, chart settings, zoom, pins, toggles). */
    public ViewHistory history() {
        return history;
    }

    /** Ctrl+Z outside a text field. */
    public void undo() {
        history.undo();
    }

    /** Ctrl+Shift+Z outside a text field. */
    public void redo() {
        history.redo();
    }

    // ---- start-up -------------------------------------------------------------------------------

    /** Loads the bundled catalog; then offers a crashed run's work back via {@code offerRecovery}. */
    public void start(java.util.function.Predicate<Workspace> offerRecovery) {
        start(offerRecovery, null);
    }

    /**
     * As {@link #start(java.util.function.Predicate)}, then opens {@code file} (from the command line)
     * instead of the last workspace, once the bundled catalog is loaded (a workspace's catalogs merge over it).
     */
    public void start(java.util.function.Predicate<Workspace> offerRecovery, Path file) {
        loadCatalog();
        Runnable resume = () -> {
            // Only a dead instance's autosave is offered, once; a live window's autosave is never touched.
            Optional<RecoveryStore.Crashed> crashed = recovery.claimCrashed();
            if (crashed.isPresent()) {
                boolean accepted = offerRecovery.test(crashed.get().workspace());
                if (accepted) {
                    applyWorkspace(crashed.get().workspace(), null);
                }
                crashed.get().discard();
                if (accepted) {
                    history.forget();
                    return;
                }
            }
            if (file != null) {
                openFile(file);
            } else {
                reopenLastWorkspace();
            }
            history.forget(); // undo starts from the view the window opened with
        };
        if (bundledCatalogLoaded) {
            resume.run();
        } else {
            afterBundledCatalog = resume;
        }
    }

    /**
     * Starts loading the bundled catalog, once. The app calls this before its window first shows, so the
     * first chart is computed while the window is laid out; {@link #start} then continues after it.
     */
    public void loadCatalog() {
        if (bundledCatalogRequested) {
            return;
        }
        bundledCatalogRequested = true;
        catalogs.loadBundled(() -> {
            bundledCatalogLoaded = true;
            Runnable next = afterBundledCatalog;
            afterBundledCatalog = null;
            if (next != null) {
                next.run();
            }
        });
    }

    /** Continues where the user left off; a last workspace that has since vanished is simply forgotten. */
    private void reopenLastWorkspace() {
        String last = preferences.lastWorkspace();
        if (last != null && java.nio.file.Files.isRegularFile(Path.of(last))) {
            openWorkspace(Path.of(last));
        }
    }

    // ---- catalogs -------------------------------------------------------------------------------

    public void openCatalogs(List<Path> files) {
        if (files.isEmpty()) {
            return;
        }
        catalogs.open(files);
        remember(files);
    }

    public void mergeCatalogs(List<Path> files) {
        if (files.isEmpty()) {
            return;
        }
        catalogs.merge(files);
        remember(files);
    }

    private void remember(List<Path> files) {
        AppPreferences p = preferences;
        for (Path f : files) {
            p = p.withRecent(f.toAbsolutePath().toString());
        }
        savePreferences(p);
        recentCatalogs.setAll(p.recentCatalogs().stream().map(Path::of).toList());
    }

    public ObservableList<Path> getRecentCatalogs() {
        return readOnlyRecent;
    }

    // ---- workspace files ------------------------------------------------------------------------

    /** The whole view as a saveable value. */
    public Workspace snapshot() {
        Map<String, ChartPageState> pages = new LinkedHashMap<>();
        for (ChartPageViewModel<?> chart : charts) {
            pages.put(chart.id(), chart.state(json));
        }
        return new Workspace(Workspace.FORMAT,
                catalogs.getUserFiles().stream().map(p -> p.toAbsolutePath().toString()).toList(),
                filters.stateProperty().get(), pages, selectedPage.get(), new ArrayList<>(selection.getSelectedIds()),
                theme.get(), fontScale.get(), windowLayout.get());
    }

    /** Opens a workspace; a bad file changes nothing and says why. */
    public boolean openWorkspace(Path file) {
        Workspace ws;
        try {
            ws = workspaces.read(file);
        } catch (WorkspaceException e) {
            errors.showError("Cannot open workspace", "The workspace could not be opened. Nothing was changed.\n\n"
                    + e.getMessage(), stackOf(e));
            return false;
        }
        applyWorkspace(ws, file);
        savePreferences(preferences.withLastWorkspace(file.toAbsolutePath().toString()));
        return true;
    }

    private void applyWorkspace(Workspace ws, Path file) {
        Path base = file == null ? null : file.toAbsolutePath().getParent();
        List<Path> catalogFiles = ws.catalogFiles().stream().map(Path::of)
                .map(p -> p.isAbsolute() || base == null ? p : base.resolve(p)).toList();
        history.asOneStep(() -> {
            filters.apply(ws.filters());
            for (ChartPageViewModel<?> chart : charts) {
                ChartPageState state = ws.charts().get(chart.id());
                if (state != null) {
                    chart.apply(state, json);
                } else {
                    chart.resetSettings();
                }
            }
        });
        if (ws.selectedPage() != null && pageIds.contains(ws.selectedPage())) {
            selectedPage.set(ws.selectedPage());
        }
        theme.set(ws.theme());
        fontScale.set(clampFont(ws.fontScale()));
        windowLayout.set(ws.layout());
        workspaceFile.set(file);
        List<String> selected = ws.selectedModelIds();
        catalogs.openAll(catalogFiles, () -> selection.selectOnly(selected));
    }

    /** Ctrl+S: saves to the current file; returns false when there is none yet (the view asks "save as"). */
    public boolean saveWorkspace() {
        Path file = workspaceFile.get();
        return file != null && saveWorkspaceAs(file);
    }

    public boolean saveWorkspaceAs(Path file) {
        try {
            workspaces.write(file, snapshot());
        } catch (WorkspaceException e) {
            errors.showError("Cannot save workspace", "The workspace was not saved. The previous file, if any, is "
                    + "unchanged.\n\n" + e.getMessage(), stackOf(e));
            return false;
        }
        workspaceFile.set(file);
        savePreferences(preferences.withLastWorkspace(file.toAbsolutePath().toString()));
        return true;
    }

    /** Called every 30 s: writes the recovery file when the view changed since the last autosave. */
    public void autosave() {
        Workspace now = snapshot();
        if (now.equals(lastAutosaved)) {
            return;
        }
        try {
            recovery.save(now);
            lastAutosaved = now;
        } catch (WorkspaceException e) {
            System.err.println("Autosave failed: " + e.getMessage());
        }
    }

    /** A clean exit: no recovery needed next time; the look is remembered. */
    public void shutdown(AppPreferences.WindowBounds bounds) {
        recovery.delete();
        savePreferences(preferences.withLook(theme.get(), fontScale.get()).withWindow(bounds));
    }

    public ReadOnlyObjectProperty<Path> workspaceFileProperty() {
        return workspaceFile.getReadOnlyProperty();
    }

    public AppPreferences preferences() {
        return preferences;
    }

    /** Remembers the export dialog's choices for the next export (and the next run). */
    public void rememberExportChoices(Map<String, String> choices) {
        if (!choices.equals(preferences.exportChoices())) {
            savePreferences(preferences.withExportChoices(choices));
        }
    }

    private void savePreferences(AppPreferences p) {
        preferences = p;
        preferencesStore.save(p);
    }

    // ---- pages ----------------------------------------------------------------------------------

    public ObservableList<String> getPageIds() {
        return readOnlyPageIds;
    }

    /** User input: the page shown. */
    public StringProperty selectedPageProperty() {
        return selectedPage;
    }

    public void nextPage() {
        step(1);
    }

    public void previousPage() {
        step(-1);
    }

    private void step(int delta) {
        int i = pageIds.indexOf(selectedPage.get());
        selectedPage.set(pageIds.get(Math.floorMod(i + delta, pageIds.size())));
    }

    public List<ChartPageViewModel<?>> charts() {
        return charts;
    }

    public Optional<ChartPageViewModel<?>> chart(String id) {
        return charts.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /** The chart page shown, if a chart is shown. */
    public Optional<ChartPageViewModel<?>> currentChart() {
        return chart(selectedPage.get());
    }

    // ---- look -----------------------------------------------------------------------------------

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    public void toggleTheme() {
        theme.set(theme.get() == Theme.LIGHT ? Theme.DARK : Theme.LIGHT);
    }

    public DoubleProperty fontScaleProperty() {
        return fontScale;
    }

    public void largerFont() {
        fontScale.set(clampFont(fontScale.get() + FONT_STEP));
    }

    public void smallerFont() {
        fontScale.set(clampFont(fontScale.get() - FONT_STEP));
    }

    public void resetFont() {
        fontScale.set(1.0);
    }

    private static double clampFont(double scale) {
        return Math.round(Math.max(FONT_MIN, Math.min(FONT_MAX, scale)) * 10) / 10.0;
    }

    /** User input from the view: the window's size and dividers (saved with the workspace). */
    public ObjectProperty<WindowLayout> windowLayoutProperty() {
        return windowLayout;
    }

    // ---- export hook ----------------------------------------------------------------------------

    /** The export engineer's hook: set an action and the Export menu item enables. */
    public void setExportAction(Runnable action) {
        this.exportAction = action;
        exportAvailable.set(action != null);
    }

    public ReadOnlyBooleanProperty exportAvailableProperty() {
        return exportAvailable.getReadOnlyProperty();
    }

    public void onExport() {
        if (exportAction != null) {
            exportAction.run();
        }
    }

    /** Copy chart (Ctrl+C): the export engineer's clipboard action; without one the view copies a snapshot. */
    public void setCopyAction(Runnable action) {
        this.copyAction = action;
    }

    /** @return false when no copy action is set */
    public boolean onCopy() {
        if (copyAction == null) {
            return false;
        }
        copyAction.run();
        return true;
    }

    /** Opening an exported figure (File › Open figure…, a dropped .png/.svg/.pdf/.pptx, the command line). */
    public void setFigureOpener(java.util.function.Consumer<Path> opener) {
        this.figureOpener = opener;
    }

    public void openFigure(Path file) {
        if (figureOpener != null && file != null) {
            figureOpener.accept(file);
        }
    }

    /**
     * Opens a file given on the command line (the desktop entry's {@code %f}): an exported figure reopens
     * its chart, a workspace is opened, any other JSON is opened as a catalog over the bundled one.
     */
    public void openFile(Path file) {
        if (isFigureFile(file)) {
            openFigure(file);
        } else if (isWorkspaceFile(file)) {
            openWorkspace(file);
        } else {
            openCatalogs(List.of(file));
        }
    }

    /** A workspace says so in its "format" field; a file without one counts as a workspace only by name. */
    private boolean isWorkspaceFile(Path file) {
        if (String.valueOf(file.getFileName()).toLowerCase(java.util.Locale.ROOT).endsWith(".slens.json")) {
            return true;
        }
        try {
            JsonNode tree = json.readTree(file.toFile());
            return tree != null && Workspace.FORMAT.equals(tree.path("format").asText(null));
        } catch (java.io.IOException e) {
            return false; // the catalog loader will report what is wrong with it
        }
    }

    /** The files the window opens when given as the only command-line argument. */
    public static boolean isOpenableFile(Path file) {
        String name = String.valueOf(file.getFileName()).toLowerCase(java.util.Locale.ROOT);
        return java.nio.file.Files.isRegularFile(file) && (name.endsWith(".json") || isFigureFile(file));
    }

    /** True for the files {@link #openFigure} takes: figures this app exports. */
    public static boolean isFigureFile(Path file) {
        String name = String.valueOf(file.getFileName()).toLowerCase(java.util.Locale.ROOT);
        return name.endsWith(".png") || name.endsWith(".svg") || name.endsWith(".pdf") || name.endsWith(".pptx");
    }

    /**
     * The chart shown, as exports and the clipboard describe it: chart id, settings, viewport, pinned
     * labels and theme (the chart's own titles).
     */
    public Optional<ChartView> currentChartView() {
        return currentChart().map(this::viewOf);
    }

    private ChartView viewOf(ChartPageViewModel<?> chart) {
        JsonNode settings = ChartKind.byId(chart.id()).map(k -> k.settingsToJson(chart.settingsProperty().get()))
                .orElseGet(() -> json.valueToTree(chart.settingsProperty().get()));
        return new ChartView(chart.id(), settings, chart.viewportProperty().get(), List.copyOf(chart.getPinnedIds()),
                theme.get(), TextOverrides.NONE, chart.displayOptions());
    }

    /**
     * Shows a chart as a view describes it (a figure opened or pasted back): that page with its settings,
     * range, pins, theme, log/linear axes and labels on or off.
     *
     * @throws IllegalArgumentException when the chart is not known or its settings do not parse
     */
    public void showChartView(ChartView view) {
        ChartPageViewModel<?> chart = chart(view.chartId()).orElseThrow(() -> new IllegalArgumentException(
                "this version of Scaling Lens has no chart \"" + view.chartId() + "\""));
        JsonNode settings = view.settings();
        var kind = ChartKind.byId(view.chartId());
        if (kind.isPresent()) {
            settings = kind.get().settingsToJson(kind.get().settingsFromJson(settings));
        }
        chart.apply(new ChartPageState(settings, view.viewport(), view.display().xScale(), view.display().yScale(),
                view.display().labels(), view.pinnedIds(), view.display().colorBy(), view.display().hiddenSeries()), json);
        theme.set(view.theme());
        selectedPage.set(chart.id());
    }

    // ---- for the view ---------------------------------------------------------------------------

    public StringBinding titleBinding() {
        return title;
    }

    public StringBinding shownTextBinding() {
        return shownText;
    }

    /** The last merge's report, for the merge report view. */
    public MergeReportViewModel mergeReport() {
        return mergeReport;
    }

    public CatalogSessionViewModel catalogs() {
        return catalogs;
    }

    public FilterViewModel filters() {
        return filters;
    }

    public SelectionModel selection() {
        return selection;
    }

    public TaskStatusViewModel taskStatus() {
        return taskStatus;
    }

    public ProblemsViewModel problems() {
        return problems;
    }

    private static String stackOf(Throwable e) {
        java.io.StringWriter out = new java.io.StringWriter();
        e.printStackTrace(new java.io.PrintWriter(out));
        return out.toString();
    }
}

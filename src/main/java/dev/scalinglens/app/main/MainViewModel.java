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
import dev.scalinglens.app.workspace.WorkspaceStore;
import dev.scalinglens.charts.registry.ChartKind;
import dev.scalinglens.export.ChartView;
import dev.scalinglens.export.TextOverrides;
import dev.scalinglens.plot.Theme;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
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
    private final WorkspaceSession session;
    private final ObjectMapper json;

    private final ObservableList<String> pageIds = FXCollections.observableArrayList();
    /** Held here: an unmodifiable wrapper made per call would be collected with its listeners. */
    private final ObservableList<String> readOnlyPageIds = FXCollections.unmodifiableObservableList(pageIds);
    private final StringProperty selectedPage = new SimpleStringProperty();
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(Theme.LIGHT);
    private final DoubleProperty fontScale = new SimpleDoubleProperty(1.0);
    private final ObjectProperty<WindowLayout> windowLayout = new SimpleObjectProperty<>(WindowLayout.defaults());
    private final ObservableList<Path> recentCatalogs = FXCollections.observableArrayList();
    /** Held here: an unmodifiable wrapper made per call would be collected with its listeners. */
    private final ObservableList<Path> readOnlyRecent = FXCollections.unmodifiableObservableList(recentCatalogs);
    private final ReadOnlyBooleanWrapper exportAvailable = new ReadOnlyBooleanWrapper(false);
    private final StringBinding title;
    private final StringBinding shownText;
    private final MergeReportViewModel mergeReport;
    private FigureCommands figures;
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
        this.session = new WorkspaceSession(this, workspaces, recovery, preferencesStore, errors);
        this.json = workspaces.json();
        this.charts.forEach(c -> pageIds.add(c.id()));
        pageIds.add(TABLE_PAGE);
        selectedPage.addListener((obs, old, id) -> chart(id).ifPresent(ChartPageViewModel::activate));
        selectedPage.set(pageIds.get(0));
        ReadOnlyObjectProperty<Path> workspaceFile = session.workspaceFileProperty();
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
        AppPreferences preferences = session.preferences();
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

    /** Start-up, workspace files, autosave and preferences. */
    public WorkspaceSession session() {
        return session;
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
        AppPreferences p = session.preferences();
        for (Path f : files) {
            p = p.withRecent(f.toAbsolutePath().toString());
        }
        session.savePreferences(p);
        recentCatalogs.setAll(p.recentCatalogs().stream().map(Path::of).toList());
    }

    public ObservableList<Path> getRecentCatalogs() {
        return readOnlyRecent;
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

    static double clampFont(double scale) {
        return Math.round(Math.max(FONT_MIN, Math.min(FONT_MAX, scale)) * 10) / 10.0;
    }

    /** User input from the view: the window's size and dividers (saved with the workspace). */
    public ObjectProperty<WindowLayout> windowLayoutProperty() {
        return windowLayout;
    }

    // ---- figures --------------------------------------------------------------------------------

    /** The export feature's commands: once set, the Export menu item enables and Copy chart and figures work. */
    public void useFigureCommands(FigureCommands commands) {
        this.figures = commands;
        exportAvailable.set(commands != null);
    }

    public ReadOnlyBooleanProperty exportAvailableProperty() {
        return exportAvailable.getReadOnlyProperty();
    }

    public void onExport() {
        if (figures != null) {
            figures.export();
        }
    }

    /** Copy chart (Ctrl+C) through the export feature; false when it is not there (the view copies a snapshot). */
    public boolean onCopy() {
        if (figures == null) {
            return false;
        }
        figures.copy();
        return true;
    }

    /** Opening an exported figure (File › Open figure…, a dropped .png/.svg/.pdf/.pptx, the command line). */
    public void openFigure(Path file) {
        if (figures != null && file != null) {
            figures.open(file);
        }
    }

    /**
     * Opens a file given on the command line (the desktop entry's {@code %f}): an exported figure reopens
     * its chart, a workspace is opened, any other JSON is opened as a catalog over the bundled one.
     */
    public void openFile(Path file) {
        if (FileKinds.isFigureFile(file)) {
            openFigure(file);
        } else if (FileKinds.isWorkspaceFile(file, json)) {
            session.openWorkspace(file);
        } else {
            openCatalogs(List.of(file));
        }
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
}

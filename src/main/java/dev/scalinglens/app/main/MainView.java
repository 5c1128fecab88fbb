package dev.scalinglens.app.main;

import dev.scalinglens.app.catalogtable.CatalogTableView;
import dev.scalinglens.app.charts.ChartPageView;
import dev.scalinglens.app.dialogs.SystemClipboard;
import dev.scalinglens.app.dialogs.UserDialogs;
import dev.scalinglens.app.filters.FilterView;
import dev.scalinglens.app.inspector.InspectorView;
import dev.scalinglens.app.problems.ProblemsView;
import dev.scalinglens.app.workspace.WindowLayout;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.scene.layout.StackPane;
import org.controlsfx.control.StatusBar;

/**
 * The main window's content: menu bar, filters | pages | inspector, problems panel, status bar. It binds
 * and forwards; the work happens in {@link MainViewModel}.
 */
public final class MainView extends BorderPane {

    private final MainViewModel viewModel;
    private final UserDialogs dialogs;
    private final Function<String, ChartPageView<?>> chartPages;
    private final Map<String, Tab> tabs = new LinkedHashMap<>();
    private final Map<String, ChartPageView<?>> builtPages = new LinkedHashMap<>();
    private final TabPane tabPane = new TabPane();
    private final SplitPane split = new SplitPane();
    private final Supplier<FilterView> filterFactory;
    private final Supplier<InspectorView> inspectorFactory;
    private final ScrollPane filterSlot = new ScrollPane();
    private final StackPane inspectorSlot = new StackPane();
    /** View › Inspector: off gives a narrow window (1024 px) the inspector's width for the chart and settings. */
    private final javafx.beans.property.BooleanProperty inspectorShown =
            new javafx.beans.property.SimpleBooleanProperty(this, "inspectorShown", true);
    /** The inspector's divider while it is hidden, put back when it shows again. */
    private double hiddenInspectorDivider = WindowLayout.defaults().dividerPositions().get(1);
    private FilterView filterView;
    private final StatusBar statusBar = new StatusBar();
    private final ProblemsView problemsView;
    private final CatalogTableView tableContent;

    /**
     * @param filters    makes the filter panel; with {@code inspector}, called by {@link #buildSidePanels()}
     * @param chartPages makes a chart page's view on first display (lazy: start-up builds only the visible chart)
     */
    public MainView(MainViewModel viewModel, UserDialogs dialogs, Supplier<FilterView> filters,
                    CatalogTableView tableView, Supplier<InspectorView> inspector, ProblemsView problemsView,
                    Function<String, ChartPageView<?>> chartPages) {
        this.viewModel = viewModel;
        this.dialogs = dialogs;
        this.chartPages = chartPages;
        this.filterFactory = filters;
        this.inspectorFactory = inspector;
        this.problemsView = problemsView;
        setId("main-view");

        for (var chart : viewModel.charts()) {
            tabs.put(chart.id(), new Tab(chart.title()));
        }
        // The table is put in its tab when first shown: its skins are costly and start-up shows a chart.
        Tab table = new Tab("Catalog table");
        tableContent = tableView;
        tabs.put(MainViewModel.TABLE_PAGE, table);
        tabs.forEach((id, tab) -> {
            tab.setId("tab-" + id);
            tab.setClosable(false);
        });
        tabPane.getTabs().setAll(tabs.values());
        tabPane.getSelectionModel().selectedItemProperty().addListener((obs, old, tab) -> {
            String id = idOf(tab);
            ensureBuilt(id);
            viewModel.selectedPageProperty().set(id);
        });
        viewModel.selectedPageProperty().addListener((obs, old, id) -> showPage(id));
        showPage(viewModel.selectedPageProperty().get());

        filterSlot.setFitToWidth(true);
        filterSlot.setMinWidth(180);
        inspectorSlot.setMinWidth(200);
        split.getItems().setAll(filterSlot, tabPane, inspectorSlot);
        SplitPane.setResizableWithParent(filterSlot, false);
        SplitPane.setResizableWithParent(inspectorSlot, false);
        applyLayout(viewModel.windowLayoutProperty().get());
        viewModel.windowLayoutProperty().addListener((obs, old, layout) -> applyLayout(layout));
        inspectorShown.addListener((obs, was, shown) -> showInspector(shown));

        setTop(MainMenus.menuBar(this, viewModel, dialogs));
        setCenter(split);
        setBottom(new VBox(problemsView, statusBar()));
        enableDrop();
    }

    /**
     * Builds the filter panel and the inspector into their places, once. The app calls this after the first
     * chart is painted (they cost a good part of start-up and are not needed to see a chart); tests call it at once.
     */
    public void buildSidePanels() {
        if (filterView != null) {
            return;
        }
        filterView = filterFactory.get();
        filterSlot.setContent(filterView);
        inspectorSlot.getChildren().setAll(inspectorFactory.get());
    }

    /** Edit › Find: the filter panel's search field. */
    void focusSearch() {
        buildSidePanels();
        filterView.searchField().requestFocus();
    }

    /** True once {@link #buildSidePanels()} has run. */
    public boolean sidePanelsBuilt() {
        return filterView != null;
    }

    private String idOf(Tab tab) {
        return tabs.entrySet().stream().filter(e -> e.getValue() == tab).map(Map.Entry::getKey).findFirst().orElse(null);
    }

    private void showPage(String id) {
        Tab tab = tabs.get(id);
        if (tab != null) {
            ensureBuilt(id);
            tabPane.getSelectionModel().select(tab);
        }
    }

    /** Builds a chart page's view if not yet built (pages are built on first display). */
    public void ensureBuilt(String id) {
        if (MainViewModel.TABLE_PAGE.equals(id) && tabs.get(id).getContent() == null) {
            tabs.get(id).setContent(tableContent);
        }
        if (id == null || MainViewModel.TABLE_PAGE.equals(id) || builtPages.containsKey(id)) {
            return;
        }
        ChartPageView<?> page = chartPages.apply(id);
        builtPages.put(id, page);
        tabs.get(id).setContent(page);
    }

    /** The chart page shown, or null when the table is shown. */
    public ChartPageView<?> currentChartPage() {
        return builtPages.get(viewModel.selectedPageProperty().get());
    }

    /** A chart page's view, or null while it has not been shown. */
    public ChartPageView<?> chartPage(String id) {
        return builtPages.get(id);
    }

    // ---- layout ---------------------------------------------------------------------------------

    public javafx.beans.property.BooleanProperty inspectorShownProperty() {
        return inspectorShown;
    }

    private void showInspector(boolean shown) {
        if (shown && !split.getItems().contains(inspectorSlot)) {
            double left = split.getDividers().get(0).getPosition();
            split.getItems().add(inspectorSlot);
            split.setDividerPositions(left, hiddenInspectorDivider);
        } else if (!shown && split.getItems().contains(inspectorSlot)) {
            hiddenInspectorDivider = split.getDividers().get(1).getPosition();
            double left = split.getDividers().get(0).getPosition();
            split.getItems().remove(inspectorSlot);
            split.setDividerPositions(left);
        }
    }

    private void applyLayout(WindowLayout layout) {
        inspectorShown.set(true); // a saved layout always has both dividers
        List<Double> d = layout.dividerPositions();
        if (d.size() == split.getDividers().size()) {
            split.setDividerPositions(d.stream().mapToDouble(Double::doubleValue).toArray());
        } else {
            split.setDividerPositions(WindowLayout.defaults().dividerPositions().stream()
                    .mapToDouble(Double::doubleValue).toArray());
        }
        problemsView.setExpanded(layout.problemsExpanded() || problemsView.isExpanded());
    }

    /** The current layout, for saving (the view model asks through the window-layout property). */
    public WindowLayout currentLayout() {
        List<Double> d = new ArrayList<>();
        for (SplitPane.Divider divider : split.getDividers()) {
            d.add(Math.round(divider.getPosition() * 1000) / 1000.0);
        }
        if (!inspectorShown.get()) {
            d.add(Math.round(hiddenInspectorDivider * 1000) / 1000.0); // saved as if shown: restores with both
        }
        // A view being taken down may have lost its scene or window before a last autosave tick.
        javafx.stage.Window window = getScene() == null ? null : getScene().getWindow();
        double w = window == null ? WindowLayout.DEFAULT_WIDTH : window.getWidth();
        double h = window == null ? WindowLayout.DEFAULT_HEIGHT : window.getHeight();
        return new WindowLayout(w, h, d, problemsView.isExpanded());
    }

    // ---- what the menus do ---------------------------------------------------------------------

    /** Closes the window; the application ends cleanly when its last window closes. */
    void quit() {
        if (getScene() != null && getScene().getWindow() != null) {
            getScene().getWindow().hide();
        }
    }

    public void save() {
        syncLayout();
        if (!viewModel.session().saveWorkspace()) {
            if (viewModel.session().workspaceFileProperty().get() == null) {
                saveAs();
            }
        }
    }

    void saveAs() {
        Path p = dialogs.chooseWorkspaceToSave();
        if (p != null) {
            syncLayout();
            viewModel.session().saveWorkspaceAs(p);
        }
    }

    /** Pushes the live divider positions and size into the view model before a snapshot. */
    public void syncLayout() {
        viewModel.windowLayoutProperty().set(currentLayout());
    }

    /** Ctrl+Z: in a text field it undoes the field's typing; elsewhere the last view change. */
    void undo() {
        if (getScene() != null && getScene().getFocusOwner() instanceof javafx.scene.control.TextInputControl text) {
            text.undo();
            return;
        }
        viewModel.undo();
    }

    void redo() {
        if (getScene() != null && getScene().getFocusOwner() instanceof javafx.scene.control.TextInputControl text) {
            text.redo();
            return;
        }
        viewModel.redo();
    }

    void copyChart() {
        if (getScene() != null && getScene().getFocusOwner() instanceof javafx.scene.control.TextInputControl text) {
            text.copy(); // Ctrl+C in a text field copies its text, not the chart
            return;
        }
        ChartPageView<?> page = currentChartPage();
        if (page == null || viewModel.onCopy()) {
            return;
        }
        SystemClipboard.putImage(page.surface().node().snapshot(null, null));
    }

    // ---- live sources -----------------------------------------------------------------------------

    private dev.scalinglens.app.live.LiveSourcesViewModel liveSources;

    void updateFromEpoch() {
        if (liveSources != null) {
            liveSources.updateFromEpoch();
        }
    }

    /** File › Update from Epoch AI and Add from Hugging Face act through this (set once the app is assembled). */
    public void setLiveSources(dev.scalinglens.app.live.LiveSourcesViewModel liveSources) {
        this.liveSources = liveSources;
    }

    void addFromHuggingFace() {
        if (liveSources == null) {
            return;
        }
        javafx.scene.control.TextInputDialog ask = new javafx.scene.control.TextInputDialog();
        ask.setTitle("Add from Hugging Face");
        ask.setHeaderText("Model id on Hugging Face, e.g. deepseek-ai/DeepSeek-V3");
        ask.getEditor().setId("hf-model-id");
        if (getScene() != null) {
            ask.initOwner(getScene().getWindow());
        }
        ask.showAndWait().ifPresent(liveSources::addFromHuggingFace);
    }

    // ---- merge report -----------------------------------------------------------------------------

    private javafx.stage.Stage mergeReportStage;

    /** Opens (or brings forward) the window listing what the last merge added, filled and overrode. */
    void showMergeReport() {
        if (mergeReportStage == null) {
            var view = new dev.scalinglens.app.mergereport.MergeReportView(viewModel.mergeReport(),
                    dialogs::chooseCsvTarget, ex -> new javafx.scene.control.Alert(
                    javafx.scene.control.Alert.AlertType.ERROR, "The merge report could not be exported.\n\n"
                    + ex.getMessage()).show());
            mergeReportStage = new javafx.stage.Stage();
            mergeReportStage.setTitle("Merge report");
            if (getScene() != null) {
                mergeReportStage.initOwner(getScene().getWindow());
                mergeReportStage.setScene(new javafx.scene.Scene(view, 1080, 520));
                mergeReportStage.getScene().getStylesheets().setAll(getScene().getStylesheets());
            } else {
                mergeReportStage.setScene(new javafx.scene.Scene(view, 1080, 520));
            }
        }
        mergeReportStage.show();
        mergeReportStage.toFront();
    }

    // ---- status bar and drop ----------------------------------------------------------------------

    private Node statusBar() {
        statusBar.setId("status-bar");
        var task = viewModel.taskStatus();
        statusBar.textProperty().bind(Bindings.when(task.runningProperty())
                .then(task.messageProperty()).otherwise(viewModel.shownTextBinding()));
        statusBar.progressProperty().bind(Bindings.when(task.runningProperty()).then(task.progressProperty()).otherwise(0.0));
        Button cancel = new Button("Cancel");
        cancel.setId("cancel-task");
        cancel.visibleProperty().bind(task.runningProperty());
        cancel.managedProperty().bind(task.runningProperty());
        cancel.setOnAction(e -> task.cancel());
        statusBar.getRightItems().add(cancel);
        return statusBar;
    }

    /** Dropping .json files or folders merges them as catalogs; dropping an exported figure reopens its view. */
    private void enableDrop() {
        setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        setOnDragDropped(e -> {
            List<File> files = e.getDragboard().getFiles();
            List<Path> figures = files == null ? List.of() : files.stream().map(File::toPath)
                    .filter(FileKinds::isFigureFile).toList();
            if (!figures.isEmpty()) {
                // A dropped exported figure reopens its chart view (the first one when several are dropped).
                viewModel.openFigure(figures.get(0));
                e.setDropCompleted(true);
                e.consume();
                return;
            }
            List<Path> catalogs = files == null ? List.of() : files.stream().map(File::toPath)
                    .filter(p -> p.toFile().isDirectory() || p.toString().toLowerCase(java.util.Locale.ROOT).endsWith(".json"))
                    .toList();
            viewModel.mergeCatalogs(catalogs);
            e.setDropCompleted(!catalogs.isEmpty());
            e.consume();
        });
    }
}

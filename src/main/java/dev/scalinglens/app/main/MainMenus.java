package dev.scalinglens.app.main;

import dev.scalinglens.app.dialogs.UserDialogs;
import java.nio.file.Path;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;

/** The main window's menu bar: each item forwards to {@link MainViewModel} or to the window's own actions. */
final class MainMenus {

    private MainMenus() {
    }

    static MenuBar menuBar(MainView window, MainViewModel viewModel, UserDialogs dialogs) {
        MenuItem open = item("Open catalog…", "Shortcut+O", () -> viewModel.openCatalogs(dialogs.chooseCatalogs("Open catalog")));
        MenuItem merge = item("Merge catalog…", null, () -> viewModel.mergeCatalogs(dialogs.chooseCatalogs("Merge catalog")));
        MenuItem mergeReport = item("Merge report…", null, window::showMergeReport);
        mergeReport.setId("menu-merge-report");
        MenuItem epochUpdate = item("Update from Epoch AI…", null, window::updateFromEpoch);
        epochUpdate.setId("menu-update-epoch");
        MenuItem addHf = item("Add from Hugging Face…", null, window::addFromHuggingFace);
        addHf.setId("menu-add-hf");
        javafx.scene.control.CheckMenuItem keepCurated = new javafx.scene.control.CheckMenuItem(
                "Merge keeps curated values");
        keepCurated.setId("menu-keep-curated");
        keepCurated.selectedProperty().bindBidirectional(viewModel.catalogs().keepCuratedProperty());
        Menu recent = new Menu("Recent catalogs");
        Runnable fillRecent = () -> {
            recent.getItems().clear();
            for (Path p : viewModel.getRecentCatalogs()) {
                recent.getItems().add(item(p.toString(), null, () -> viewModel.mergeCatalogs(List.of(p))));
            }
            recent.setDisable(recent.getItems().isEmpty());
        };
        viewModel.getRecentCatalogs().addListener((ListChangeListener<Path>) c -> fillRecent.run());
        fillRecent.run();
        MenuItem openWs = item("Open workspace…", null, () -> {
            Path p = dialogs.chooseWorkspaceToOpen();
            if (p != null) {
                window.syncLayout();
                viewModel.session().openWorkspace(p);
            }
        });
        MenuItem openFigure = item("Open figure…", null, () -> {
            Path p = dialogs.chooseFigureToOpen();
            if (p != null) {
                viewModel.openFigure(p);
            }
        });
        openFigure.setId("menu-open-figure");
        MenuItem save = item("Save workspace", "Shortcut+S", window::save);
        save.setId("menu-save");
        MenuItem saveAs = item("Save workspace as…", "Shortcut+Shift+S", window::saveAs);
        MenuItem export = item("Export…", "Shortcut+E", viewModel::onExport);
        export.disableProperty().bind(viewModel.exportAvailableProperty().not());
        MenuItem quit = item("Quit", "Shortcut+Q", window::quit);
        // Some controls (a date picker's editor) swallow key presses before menu accelerators see them:
        // Ctrl+Q must quit from anywhere, so the scene filters it first.
        window.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                scene.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
                    if (quit.getAccelerator().match(e)) {
                        e.consume();
                        window.quit();
                    } else if (e.isShortcutDown() && e.isShiftDown() && e.getCode() == javafx.scene.input.KeyCode.EQUALS) {
                        // On a US layout "+" is Shift+=: Ctrl+Shift+Plus arrives as Ctrl+Shift+EQUALS.
                        e.consume();
                        viewModel.largerFont();
                    }
                });
            }
        });
        Menu file = new Menu("File", null, open, merge, mergeReport, keepCurated, recent, new SeparatorMenuItem(),
                epochUpdate, addHf, new SeparatorMenuItem(), openWs, openFigure, save, saveAs,
                new SeparatorMenuItem(), export, new SeparatorMenuItem(), quit);

        MenuItem copy = item("Copy chart", "Shortcut+C", window::copyChart);
        MenuItem find = item("Find", "Shortcut+F", window::focusSearch);
        MenuItem undo = item("Undo", "Shortcut+Z", window::undo);
        undo.setId("menu-undo");
        MenuItem redo = item("Redo", "Shortcut+Shift+Z", window::redo);
        redo.setId("menu-redo");
        Menu edit = new Menu("Edit", null, undo, redo, new SeparatorMenuItem(), copy, find);

        MenuItem next = item("Next chart", "Shortcut+Page_Down", viewModel::nextPage);
        MenuItem previous = item("Previous chart", "Shortcut+Page_Up", viewModel::previousPage);
        MenuItem reset = item("Reset view", "Shortcut+0",
                () -> viewModel.currentChart().ifPresent(c -> c.viewportProperty().set(null)));
        // Zoom factor per step: √2, so two steps double the magnification.
        MenuItem zoomIn = item("Zoom in", "Shortcut+Plus", () -> viewModel.currentChart().ifPresent(c -> c.zoom(Math.sqrt(2))));
        MenuItem zoomOut = item("Zoom out", "Shortcut+Minus",
                () -> viewModel.currentChart().ifPresent(c -> c.zoom(1 / Math.sqrt(2))));
        MenuItem theme = item("Toggle light/dark theme", "Shortcut+Shift+T", viewModel::toggleTheme);
        MenuItem larger = item("Larger font", "Shortcut+Shift+Plus", viewModel::largerFont);
        MenuItem smaller = item("Smaller font", "Shortcut+Shift+Minus", viewModel::smallerFont);
        MenuItem resetFont = item("Reset font size", "Shortcut+Shift+0", viewModel::resetFont);
        javafx.scene.control.CheckMenuItem inspector = new javafx.scene.control.CheckMenuItem("Inspector panel");
        inspector.setId("menu-inspector");
        inspector.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+I"));
        inspector.selectedProperty().bindBidirectional(window.inspectorShownProperty());
        Menu view = new Menu("View", null, next, previous, new SeparatorMenuItem(), reset, zoomIn, zoomOut,
                new SeparatorMenuItem(), theme, larger, smaller, resetFont, new SeparatorMenuItem(), inspector);

        MenuItem about = item("About Scaling Lens", null, () -> dialogs.showInformation("About Scaling Lens",
                "Scaling Lens: explore and present how large language models scale.\n"
                        + "Four charts from one model catalog; every point traceable to its source."));
        MenuItem keys = item(KeyboardShortcuts.TITLE, "F1", () -> dialogs.showInformation(KeyboardShortcuts.TITLE,
                KeyboardShortcuts.text()));
        keys.setId("menu-help-keys");
        Menu help = new Menu("Help", null, about, keys);
        MenuBar bar = new MenuBar(file, edit, view, help);
        bar.setId("menu-bar");
        return bar;
    }

    private static MenuItem item(String text, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(e -> action.run());
        return item;
    }

}

package dev.scalinglens.app.main;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.scalinglens.app.charts.ChartPageState;
import dev.scalinglens.app.charts.ChartPageViewModel;
import dev.scalinglens.app.dialogs.ErrorReporter;
import dev.scalinglens.app.prefs.AppPreferences;
import dev.scalinglens.app.prefs.PreferencesStore;
import dev.scalinglens.app.workspace.RecoveryStore;
import dev.scalinglens.app.workspace.Workspace;
import dev.scalinglens.app.workspace.WorkspaceException;
import dev.scalinglens.app.workspace.WorkspaceStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The window's work between runs: start-up (bundled catalog, then a crashed run's recovery, a file from the
 * command line or the last workspace), workspace files (open, save, save as), autosave and the remembered
 * preferences. It reads and applies the view through {@link MainViewModel}.
 */
public final class WorkspaceSession {

    private final MainViewModel main;
    private final WorkspaceStore workspaces;
    private final RecoveryStore recovery;
    private final PreferencesStore preferencesStore;
    private final ErrorReporter errors;
    private final ObjectMapper json;
    private final ReadOnlyObjectWrapper<Path> workspaceFile = new ReadOnlyObjectWrapper<>();
    private AppPreferences preferences;
    private Workspace lastAutosaved;
    private boolean bundledCatalogRequested;
    private boolean bundledCatalogLoaded;
    /** What {@link #start} does once the bundled catalog is in, if it was not yet when start was called. */
    private Runnable afterBundledCatalog;

    WorkspaceSession(MainViewModel main, WorkspaceStore workspaces, RecoveryStore recovery,
                     PreferencesStore preferencesStore, ErrorReporter errors) {
        this.main = main;
        this.workspaces = workspaces;
        this.recovery = recovery;
        this.preferencesStore = preferencesStore;
        this.errors = errors;
        this.json = workspaces.json();
        this.preferences = preferencesStore.load();
    }

    // ---- start-up -------------------------------------------------------------------------------

    /** Loads the bundled catalog; then offers a crashed run's work back via {@code offerRecovery}. */
    public void start(Predicate<Workspace> offerRecovery) {
        start(offerRecovery, null);
    }

    /**
     * As {@link #start(Predicate)}, then opens {@code file} (from the command line) instead of the last
     * workspace, once the bundled catalog is loaded (a workspace's catalogs merge over it).
     */
    public void start(Predicate<Workspace> offerRecovery, Path file) {
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
                    main.history().forget();
                    return;
                }
            }
            if (file != null) {
                main.openFile(file);
            } else {
                reopenLastWorkspace();
            }
            main.history().forget(); // undo starts from the view the window opened with
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
        main.catalogs().loadBundled(() -> {
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
        if (last != null && Files.isRegularFile(Path.of(last))) {
            openWorkspace(Path.of(last));
        }
    }

    // ---- workspace files ------------------------------------------------------------------------

    /** The whole view as a saveable value. */
    public Workspace snapshot() {
        Map<String, ChartPageState> pages = new LinkedHashMap<>();
        for (ChartPageViewModel<?> chart : main.charts()) {
            pages.put(chart.id(), chart.state(json));
        }
        return new Workspace(Workspace.FORMAT,
                main.catalogs().getUserFiles().stream().map(p -> p.toAbsolutePath().toString()).toList(),
                main.filters().stateProperty().get(), pages, main.selectedPageProperty().get(),
                new ArrayList<>(main.selection().getSelectedIds()), main.themeProperty().get(),
                main.fontScaleProperty().get(), main.windowLayoutProperty().get());
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
        main.history().asOneStep(() -> {
            main.filters().apply(ws.filters());
            for (ChartPageViewModel<?> chart : main.charts()) {
                ChartPageState state = ws.charts().get(chart.id());
                if (state != null) {
                    chart.apply(state, json);
                } else {
                    chart.resetSettings();
                }
            }
        });
        if (ws.selectedPage() != null && main.getPageIds().contains(ws.selectedPage())) {
            main.selectedPageProperty().set(ws.selectedPage());
        }
        main.themeProperty().set(ws.theme());
        main.fontScaleProperty().set(MainViewModel.clampFont(ws.fontScale()));
        main.windowLayoutProperty().set(ws.layout());
        workspaceFile.set(file);
        List<String> selected = ws.selectedModelIds();
        main.catalogs().openAll(catalogFiles, () -> main.selection().selectOnly(selected));
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
        savePreferences(preferences.withLook(main.themeProperty().get(), main.fontScaleProperty().get())
                .withWindow(bounds));
    }

    public ReadOnlyObjectProperty<Path> workspaceFileProperty() {
        return workspaceFile.getReadOnlyProperty();
    }

    // ---- preferences ----------------------------------------------------------------------------

    public AppPreferences preferences() {
        return preferences;
    }

    /** Remembers the export dialog's choices for the next export (and the next run). */
    public void rememberExportChoices(Map<String, String> choices) {
        if (!choices.equals(preferences.exportChoices())) {
            savePreferences(preferences.withExportChoices(choices));
        }
    }

    void savePreferences(AppPreferences p) {
        preferences = p;
        preferencesStore.save(p);
    }

    private static String stackOf(Throwable e) {
        java.io.StringWriter out = new java.io.StringWriter();
        e.printStackTrace(new java.io.PrintWriter(out));
        return out.toString();
    }
}

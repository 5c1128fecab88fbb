package dev.scalinglens.app.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scalinglens.app.charts.PreviewSettings;
import dev.scalinglens.app.filters.OpenWeightsFilter;
import dev.scalinglens.app.support.Workbench;
import dev.scalinglens.app.workspace.WindowLayout;
import dev.scalinglens.app.workspace.Workspace;
import dev.scalinglens.plot.Theme;
import dev.scalinglens.plot.Viewport;
import dev.scalinglens.plot.spec.ScaleType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainViewModelTest {

    @TempDir
    Path dir;

    /** Changes every kind of state a workspace holds. */
    private static void changeEverything(Workbench w, Path userCatalog) {
        w.main.mergeCatalogs(List.of(userCatalog));
        w.filters.searchProperty().set("l");
        w.filters.getFamilies().add("Llama 2");
        w.filters.openWeightsProperty().set(OpenWeightsFilter.OPEN);
        w.filters.releasedFromProperty().set(LocalDate.parse("2021-01-01"));
        w.filters.parametersLog10MaxProperty().set(11.5);
        w.main.selectedPageProperty().set("density");
        var chart = w.main.chart("tokens-params").orElseThrow();
        chart.activate();
        @SuppressWarnings("unchecked")
        var settings = (javafx.beans.property.ObjectProperty<PreviewSettings>) (Object) chart.settingsProperty();
        settings.set(new PreviewSettings(false, 25, List.of(1e22), PreviewSettings.Measure.ACTIVE_PARAMETERS));
        chart.toggleXScale();
        chart.labelsVisibleProperty().set(false);
        chart.getPinnedIds().add("llama-2-70b");
        chart.viewportProperty().set(new Viewport(1e9, 1e12, 1e11, 1e13));
        w.selection.selectOnly(List.of("llama-2-7b"));
        w.main.toggleTheme();
        w.main.largerFont();
        w.main.windowLayoutProperty().set(new WindowLayout(1200, 760, List.of(0.25, 0.7), true));
    }

    @Test
    void saveThenOpenInAFreshWindowGivesAnEqualState() {
        Workbench first = new Workbench(dir.resolve("a")).started();
        changeEverything(first, dir.resolve("mine.json"));
        Path file = dir.resolve("view.json");
        assertTrue(first.main.session().saveWorkspaceAs(file));
        Workspace saved = first.main.session().snapshot();

        Workbench second = new Workbench(dir.resolve("b")).started();
        assertNotEquals(saved, second.main.session().snapshot());
        assertTrue(second.main.session().openWorkspace(file));
        assertEquals(saved, second.main.session().snapshot());
        assertEquals(Theme.DARK, second.main.themeProperty().get());
        assertEquals(1.1, second.main.fontScaleProperty().get());
        assertEquals(ScaleType.LINEAR, second.main.chart("tokens-params").orElseThrow().xScaleProperty().get());
        assertEquals(6, second.catalogs.getCatalog().models().size());
        assertEquals("Scaling Lens — view.json", second.main.titleBinding().get());
    }

    @Test
    void openBrokenWorkspaceShowsErrorAndChangesNothing() throws Exception {
        Workbench w = new Workbench(dir).started();
        w.filters.searchProperty().set("llama");
        Workspace before = w.main.session().snapshot();
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"format\": \"scalinglens.workspace/1\", \"filters\": {\"openWeights\": \"MAYBE\"}}");
        assertFalse(w.main.session().openWorkspace(bad));
        assertEquals(before, w.main.session().snapshot());
        assertEquals(1, w.dialogs.errors.size());
        assertTrue(w.dialogs.errors.get(0).contains("bad.json:1:"), w.dialogs.errors.get(0));
    }

    @Test
    void openForeignJsonSaysItIsNotAWorkspace() throws Exception {
        Workbench w = new Workbench(dir).started();
        Path other = dir.resolve("catalog.json");
        Files.writeString(other, "{\"format\": \"something-else\"}");
        assertFalse(w.main.session().openWorkspace(other));
        assertTrue(w.dialogs.errors.get(0).contains("not a Scaling Lens workspace"), w.dialogs.errors.get(0));
    }

    @Test
    void saveWorkspaceWithoutFileAsksForSaveAs() {
        Workbench w = new Workbench(dir).started();
        assertFalse(w.main.session().saveWorkspace());
    }

    @Test
    void autosaveWritesRecoveryOnlyWhenChangedAndCleanExitDeletesIt() throws Exception {
        Workbench w = new Workbench(dir).started();
        Path recovery = w.recovery.file();
        w.main.session().autosave();
        assertTrue(Files.exists(recovery));
        long written = Files.getLastModifiedTime(recovery).toMillis();
        Files.delete(recovery);
        w.main.session().autosave();
        assertFalse(Files.exists(recovery), "unchanged state must not be written again");
        w.filters.searchProperty().set("gpt");
        w.main.session().autosave();
        assertTrue(Files.exists(recovery));
        assertTrue(written > 0);
        w.main.session().shutdown(null);
        assertFalse(Files.exists(recovery));
    }

    @Test
    void startAfterCrashOffersRecoveryAndRestoresIt() {
        Workbench crashed = new Workbench(dir).started();
        crashed.filters.searchProperty().set("chinchilla");
        crashed.main.session().autosave();
        crashed.recovery.abandon(); // as a killed process leaves it

        Workbench next = new Workbench(dir);
        next.dialogs.confirmAnswer = true;
        next.started();
        assertEquals(List.of("Recover unsaved work?"), next.dialogs.confirmations);
        assertEquals("chinchilla", next.filters.searchProperty().get());
    }

    @Test
    void catalogLoadedBeforeTheWindowShowsStillLeadsToOneRecoveryOffer() {
        Workbench crashed = new Workbench(dir).started();
        crashed.filters.searchProperty().set("chinchilla");
        crashed.main.session().autosave();
        crashed.recovery.abandon(); // as a killed process leaves it

        Workbench next = new Workbench(dir);
        next.dialogs.confirmAnswer = true;
        next.main.session().loadCatalog(); // what the app does before stage.show()
        assertTrue(next.dialogs.confirmations.isEmpty(), "no dialog before the window is up");
        assertEquals(5, next.filters.totalCountProperty().get());
        next.started();
        next.main.session().loadCatalog(); // a second request changes nothing
        assertEquals(List.of("Recover unsaved work?"), next.dialogs.confirmations);
        assertEquals("chinchilla", next.filters.searchProperty().get());
    }

    /**
     * The lost-work report: a second instance must neither offer nor delete a live first instance's
     * autosave; when the first is killed, the next start offers its work.
     */
    @Test
    void aSecondLiveInstanceNeverTakesTheFirstOnesAutosave() throws Exception {
        Workbench first = new Workbench(dir).started();
        first.filters.searchProperty().set("chinchilla");
        first.main.session().autosave();

        Workbench second = new Workbench(dir);
        second.dialogs.confirmAnswer = false;
        second.started();
        assertTrue(second.dialogs.confirmations.isEmpty(), "a live instance's work is not offered");
        second.filters.searchProperty().set("llama");
        second.main.session().autosave();
        second.main.session().shutdown(null); // clean exit of the second
        assertTrue(Files.exists(first.recovery.file()), "the first instance's autosave survives");

        first.recovery.abandon(); // kill -9 of the first
        Workbench restarted = new Workbench(dir);
        restarted.dialogs.confirmAnswer = true;
        restarted.started();
        assertEquals(List.of("Recover unsaved work?"), restarted.dialogs.confirmations);
        assertEquals("chinchilla", restarted.filters.searchProperty().get());
        assertFalse(Files.exists(first.recovery.file()), "offered once, then removed");

        Workbench again = new Workbench(dir).started();
        assertTrue(again.dialogs.confirmations.isEmpty(), "not offered a second time");
    }

    @Test
    void declinedRecoveryIsRemovedAndNotOfferedAgain() {
        Workbench crashed = new Workbench(dir).started();
        crashed.filters.searchProperty().set("chinchilla");
        crashed.main.session().autosave();
        crashed.recovery.abandon();

        Workbench next = new Workbench(dir);
        next.dialogs.confirmAnswer = false;
        next.started();
        assertEquals(List.of("Recover unsaved work?"), next.dialogs.confirmations);
        assertEquals("", next.filters.searchProperty().get());
        assertTrue(new Workbench(dir).started().dialogs.confirmations.isEmpty());
    }

    @Test
    void startWithoutRecoveryFileAsksNothing() {
        Workbench w = new Workbench(dir).started();
        assertTrue(w.dialogs.confirmations.isEmpty());
    }

    @Test
    void preferencesKeepThemeFontAndRecentCatalogsBetweenRuns() {
        Workbench w = new Workbench(dir).started();
        w.main.toggleTheme();
        w.main.smallerFont();
        w.main.mergeCatalogs(List.of(dir.resolve("x.json")));
        w.main.session().shutdown(null);
        Workbench again = new Workbench(dir).started();
        assertEquals(Theme.DARK, again.main.themeProperty().get());
        assertEquals(0.9, again.main.fontScaleProperty().get());
        assertEquals(List.of(dir.resolve("x.json").toAbsolutePath()), again.main.getRecentCatalogs());
    }

    @Test
    void nextAndPreviousPageWrapAround() {
        Workbench w = new Workbench(dir).started();
        assertEquals("tokens-params", w.main.selectedPageProperty().get());
        w.main.previousPage();
        assertEquals(MainViewModel.TABLE_PAGE, w.main.selectedPageProperty().get());
        w.main.nextPage();
        w.main.nextPage();
        assertEquals("density", w.main.selectedPageProperty().get());
    }

    @Test
    void fontScaleStaysWithinBounds() {
        Workbench w = new Workbench(dir).started();
        for (int i = 0; i < 30; i++) {
            w.main.largerFont();
        }
        assertEquals(2.0, w.main.fontScaleProperty().get());
        w.main.resetFont();
        for (int i = 0; i < 30; i++) {
            w.main.smallerFont();
        }
        assertEquals(0.7, w.main.fontScaleProperty().get());
    }

    @Test
    void exportIsDisabledUntilTheExportEngineerSetsAnAction() {
        Workbench w = new Workbench(dir).started();
        assertFalse(w.main.exportAvailableProperty().get());
        boolean[] ran = {false};
        w.main.useFigureCommands(figures(() -> ran[0] = true, p -> { }));
        w.main.onExport();
        assertTrue(ran[0]);
    }

    @Test
    void onlyTheVisibleChartIsBuiltAtStart() {
        Workbench w = new Workbench(dir).started();
        assertTrue(w.main.chart("tokens-params").orElseThrow().isActive());
        assertFalse(w.main.chart("pareto").orElseThrow().isActive());
        assertEquals(null, w.main.chart("pareto").orElseThrow().specProperty().get());
    }

    @Test
    void startReopensTheLastWorkspace() {
        Workbench first = new Workbench(dir).started();
        first.filters.searchProperty().set("gpt");
        assertTrue(first.main.session().saveWorkspaceAs(dir.resolve("last.json")));
        first.main.session().shutdown(null);
        Workbench next = new Workbench(dir).started();
        assertEquals("gpt", next.filters.searchProperty().get());
        assertEquals(dir.resolve("last.json"), next.main.session().workspaceFileProperty().get());
    }

    @Test
    void startWithAFileOpensAWorkspaceACatalogOrAFigure() throws Exception {
        Workbench first = new Workbench(dir.resolve("a")).started();
        first.filters.searchProperty().set("llama");
        Path workspace = dir.resolve("view.json");
        assertTrue(first.main.session().saveWorkspaceAs(workspace));

        Workbench second = new Workbench(dir.resolve("b"));
        second.main.session().start(ws -> false, workspace);
        assertEquals(workspace, second.main.session().workspaceFileProperty().get());
        assertEquals("llama", second.filters.searchProperty().get());

        Path catalog = dir.resolve("mine.json");
        java.nio.file.Files.writeString(catalog, "{\"schema\": \"scalinglens.catalog/1\", \"models\": []}");
        Workbench third = new Workbench(dir.resolve("c"));
        third.main.session().start(ws -> false, catalog);
        assertEquals(List.of(catalog), List.copyOf(third.catalogs.getUserFiles()));

        List<Path> figures = new java.util.ArrayList<>();
        Workbench fourth = new Workbench(dir.resolve("d"));
        fourth.main.useFigureCommands(figures(() -> { }, figures::add));
        fourth.main.session().start(ws -> false, dir.resolve("chart.PNG"));
        assertEquals(List.of(dir.resolve("chart.PNG")), figures);
    }

    private static FigureCommands figures(Runnable export, java.util.function.Consumer<Path> open) {
        return new FigureCommands() {
            @Override
            public void export() {
                export.run();
            }

            @Override
            public void copy() {
            }

            @Override
            public void open(Path figure) {
                open.accept(figure);
            }
        };
    }
}

package dev.scalinglens.app.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scalinglens.app.charts.ChartPageViewModel;
import dev.scalinglens.app.charts.PreviewSettings;
import dev.scalinglens.app.support.Workbench;
import dev.scalinglens.plot.Viewport;
import dev.scalinglens.plot.spec.ScaleType;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ViewHistoryTest {

    @TempDir
    Path dir;

    private Workbench w;
    private ChartPageViewModel<?> chart;
    private long now = 10_000;

    @BeforeEach
    void setUp() {
        w = new Workbench(dir).started();
        w.main.history().setClock(() -> now);
        chart = w.main.chart("tokens-params").orElseThrow();
        chart.activate();
    }

    @SuppressWarnings("unchecked")
    private ObjectProperty<PreviewSettings> settings() {
        return (ObjectProperty<PreviewSettings>) (Object) chart.settingsProperty();
    }

    /** Time passes between two gestures. */
    private void pause() {
        now += ViewHistory.COALESCE_MILLIS + 1;
    }

    @Test
    void undoRestoresEachKindOfViewChangeAndRedoReappliesIt() {
        PreviewSettings before = settings().get();
        settings().set(new PreviewSettings(false, 50, List.of(1e22), PreviewSettings.Measure.ACTIVE_PARAMETERS));
        pause();
        chart.toggleXScale();
        pause();
        chart.labelsVisibleProperty().set(false);
        pause();
        chart.getPinnedIds().add("llama-2-70b");
        pause();
        w.filters.getFamilies().add("Llama 2");
        assertTrue(w.main.history().canUndoProperty().get());

        w.main.undo();
        assertTrue(w.filters.getFamilies().isEmpty());
        w.main.undo();
        assertTrue(chart.getPinnedIds().isEmpty());
        w.main.undo();
        assertTrue(chart.labelsVisibleProperty().get());
        w.main.undo();
        assertNull(chart.xScaleProperty().get());
        w.main.undo();
        assertEquals(before, settings().get());
        assertFalse(w.main.history().canUndoProperty().get());

        w.main.redo();
        assertEquals(50, settings().get().tokensPerParameter());
        w.main.redo();
        assertEquals(ScaleType.LINEAR, chart.xScaleProperty().get());
        assertTrue(w.main.history().canRedoProperty().get());
    }

    @Test
    void aWheelZoomBurstIsOneStep() {
        for (int i = 0; i < 8; i++) {
            chart.viewportProperty().set(new Viewport(1e9, 1e12 / (i + 1), 1e11, 1e13));
            now += 30;
        }
        pause();
        chart.viewportProperty().set(new Viewport(2e9, 1e11, 1e11, 1e13)); // a later gesture

        w.main.undo();
        assertEquals(new Viewport(1e9, 1e12 / 8, 1e11, 1e13), chart.viewportProperty().get());
        w.main.undo();
        assertNull(chart.viewportProperty().get());
        assertFalse(w.main.history().canUndoProperty().get());
    }

    @Test
    void typingInSearchIsOneStepAndRestoresTheEmptyField() {
        for (String typed : List.of("l", "ll", "lla", "llam", "llama")) {
            w.filters.searchProperty().set(typed);
            now += 150; // a person typing
        }
        w.main.undo();
        assertEquals("", w.filters.searchProperty().get());
        assertFalse(w.main.history().canUndoProperty().get());
    }

    @Test
    void aNewChangeAfterUndoClearsRedo() {
        chart.labelsVisibleProperty().set(false);
        w.main.undo();
        assertTrue(w.main.history().canRedoProperty().get());
        pause();
        chart.getPinnedIds().add("llama-2-7b");
        assertFalse(w.main.history().canRedoProperty().get());
    }

    @Test
    void defaultsIsOneStepThatUndoTakesBackWhole() {
        chart.toggleYScale();
        pause();
        chart.labelsVisibleProperty().set(false);
        pause();
        chart.getPinnedIds().add("llama-2-7b");
        pause();
        chart.resetSettings();
        w.main.undo();
        assertEquals(List.of("llama-2-7b"), List.copyOf(chart.getPinnedIds()));
        assertFalse(chart.labelsVisibleProperty().get());
        assertEquals(ScaleType.LINEAR, chart.yScaleProperty().get());
    }

    @Test
    void aToggleAndItsReverseWithinAMomentAreTwoSteps() {
        chart.labelsVisibleProperty().set(false);
        chart.labelsVisibleProperty().set(true);
        w.main.undo();
        assertFalse(chart.labelsVisibleProperty().get());
        w.main.undo();
        assertTrue(chart.labelsVisibleProperty().get());
        assertFalse(w.main.history().canUndoProperty().get());
    }

    @Test
    void pinningSeveralAndUnpinningAllAreOneStepEach() {
        chart.pin(List.of("llama-2-7b", "llama-2-13b", "llama-2-70b"));
        pause();
        chart.unpinAll();
        w.main.undo();
        assertEquals(3, chart.getPinnedIds().size());
        w.main.undo();
        assertTrue(chart.getPinnedIds().isEmpty());
        assertFalse(w.main.history().canUndoProperty().get());
    }

    @Test
    void theViewReopenedAtStartUpIsNotAnUndoStep() throws Exception {
        chart.labelsVisibleProperty().set(false);
        java.nio.file.Path file = dir.resolve("view.slens.json");
        org.junit.jupiter.api.Assertions.assertTrue(w.main.session().saveWorkspaceAs(file));
        Workbench second = new Workbench(dir).started(); // same config directory: reopens the last workspace
        assertFalse(second.main.chart("tokens-params").orElseThrow().labelsVisibleProperty().get());
        assertFalse(second.main.history().canUndoProperty().get());
    }
}

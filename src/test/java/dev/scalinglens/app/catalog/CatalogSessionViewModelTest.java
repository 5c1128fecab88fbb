package dev.scalinglens.app.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scalinglens.app.support.FakeCatalogService;
import dev.scalinglens.app.support.TestCatalogs;
import dev.scalinglens.app.task.CurrentThreadTaskExecutor;
import dev.scalinglens.app.task.TaskExecutor;
import dev.scalinglens.app.task.TaskStatusViewModel;
import dev.scalinglens.catalog.Catalog;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogSessionViewModelTest {

    private final TaskStatusViewModel status = new TaskStatusViewModel();

    private CatalogSessionViewModel session(TaskExecutor executor) {
        CatalogSessionViewModel s = new CatalogSessionViewModel(new FakeCatalogService(), executor, status::track);
        s.loadBundled(() -> { });
        return s;
    }

    @Test
    void loadBundledPublishesTheBundledCatalog() {
        CatalogSessionViewModel s = session(new CurrentThreadTaskExecutor());
        assertEquals(TestCatalogs.base(), s.getCatalog());
        assertTrue(s.getProblems().isEmpty());
    }

    @Test
    void mergeAddsTheUserModelsOnTopOfTheBundledOnes() {
        CatalogSessionViewModel s = session(new CurrentThreadTaskExecutor());
        s.merge(List.of(Path.of("mine.json")));
        assertEquals(6, s.getCatalog().models().size());
        assertEquals(List.of(Path.of("mine.json")), s.getUserFiles());
    }

    @Test
    void mergePublishesWhatTheMergeDid() {
        CatalogSessionViewModel s = session(new CurrentThreadTaskExecutor());
        assertEquals(null, s.lastMergeReportProperty().get());
        s.merge(List.of(Path.of("mine.json")));
        assertEquals(1, s.lastMergeReportProperty().get().recordsAdded());
        assertEquals("mine.json", s.lastMergeNameProperty().get());
        s.merge(List.of(Path.of("mine.json")));
        assertEquals(0, s.lastMergeReportProperty().get().recordsAdded(), "the same file again adds nothing");
        assertTrue(s.lastMergeReportProperty().get().isEmpty());
    }

    @Test
    void brokenLoadLeavesTheCatalogIntactAndListsProblems() {
        CatalogSessionViewModel s = session(new CurrentThreadTaskExecutor());
        s.merge(List.of(Path.of("mine.json")));
        Catalog before = s.getCatalog();
        s.open(List.of(Path.of("broken.json")));
        assertSame(before, s.getCatalog());
        assertEquals(List.of(Path.of("mine.json")), s.getUserFiles());
        assertEquals(1, s.getProblems().size());
        assertEquals("broken.json:4:58: models[0].parameters: expected a number, got \"seven billion\"",
                s.getProblems().get(0).format());
    }

    @Test
    void cancelledLoadLeavesTheCatalogIntact() {
        CurrentThreadTaskExecutor executor = new CurrentThreadTaskExecutor();
        CatalogSessionViewModel s = session(executor);
        Catalog before = s.getCatalog();
        executor.cancelNextTaskWhileRunning();
        s.merge(List.of(Path.of("mine.json")));
        assertSame(before, s.getCatalog());
        assertTrue(s.getUserFiles().isEmpty());
        assertTrue(s.getProblems().isEmpty());
        assertFalse(status.runningProperty().get());
    }
}

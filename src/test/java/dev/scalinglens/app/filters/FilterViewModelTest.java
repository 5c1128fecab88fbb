package dev.scalinglens.app.filters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scalinglens.app.support.Workbench;
import dev.scalinglens.catalog.ModelRecord;
import dev.scalinglens.plot.spec.PointLayer;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FilterViewModelTest {

    @TempDir
    Path config;
    Workbench w;

    @BeforeEach
    void setUp() {
        w = new Workbench(config).started();
    }

    private List<String> tableIds() {
        return w.table.getRows().stream().map(r -> r.id()).toList();
    }

    @Test
    void searchFiltersTableRowsAndCount() {
        w.filters.searchFiltersProperty().set(true);
        w.filters.searchProperty().set("llama");
        assertEquals(List.of("llama-2-7b", "llama-2-70b"), tableIds());
        assertEquals("2 of 5", w.filters.countTextProperty().get());
        assertEquals("Shown 2 of 5 models", w.main.shownTextBinding().get());
    }

    @Test
    void searchMatchesOrganizationCaseInsensitively() {
        w.filters.searchProperty().set("DEEPMIND");
        assertEquals(java.util.Set.of("chinchilla-70b"), w.filters.searchHighlightProperty().get());
    }

    @Test
    void searchHighlightsByDefaultAndKeepsEveryRow() {
        assertEquals(null, w.filters.searchHighlightProperty().get(), "no search, no highlight");
        w.filters.searchProperty().set("llama");
        assertEquals(5, tableIds().size());
        assertEquals("5 of 5", w.filters.countTextProperty().get());
        assertEquals("2 match the search", w.filters.matchTextProperty().get());
        assertEquals(java.util.Set.of("llama-2-7b", "llama-2-70b"), w.filters.searchHighlightProperty().get());
        assertEquals(w.filters.searchHighlightProperty().get(), w.selection.highlightIdsProperty().get(),
                "the highlight reaches the shared selection model (charts and table)");
        w.filters.searchProperty().set("no such model");
        assertEquals(java.util.Set.of(), w.filters.searchHighlightProperty().get(), "a miss fades everything");
        assertEquals("none match the search", w.filters.matchTextProperty().get());
        w.filters.searchFiltersProperty().set(true);
        assertEquals("", w.filters.matchTextProperty().get(), "filtering: the count says it all");
        assertEquals(null, w.filters.searchHighlightProperty().get(), "filtering, nothing to highlight");
        assertEquals(0, tableIds().size());
    }

    @Test
    void resetKeepsWhetherSearchFilters() {
        w.filters.searchFiltersProperty().set(true);
        w.filters.searchProperty().set("gpt");
        w.filters.reset();
        assertEquals("", w.filters.searchProperty().get());
        assertTrue(w.filters.searchFiltersProperty().get());
    }

    @Test
    void familyFilterKeepsOnlyCheckedFamilies() {
        w.filters.getFamilies().addAll(List.of("Llama 2", "GPT-3"));
        assertEquals(List.of("gpt-3-175b", "llama-2-7b", "llama-2-70b"), tableIds());
    }

    @Test
    void openWeightsFilterIsTriState() {
        w.filters.openWeightsProperty().set(OpenWeightsFilter.CLOSED);
        assertEquals(List.of("gpt-3-175b", "chinchilla-70b"), tableIds());
        w.filters.openWeightsProperty().set(OpenWeightsFilter.OPEN);
        assertEquals(List.of("llama-2-7b", "llama-2-70b", "qwen2.5-72b"), tableIds());
        w.filters.openWeightsProperty().set(OpenWeightsFilter.ANY);
        assertEquals(5, tableIds().size());
    }

    @Test
    void releaseDateRangeIsInclusive() {
        w.filters.releasedFromProperty().set(LocalDate.parse("2022-03-29"));
        w.filters.releasedToProperty().set(LocalDate.parse("2023-07-18"));
        assertEquals(List.of("chinchilla-70b", "llama-2-7b", "llama-2-70b"), tableIds());
    }

    @Test
    void parameterRangeUsesLog10OfTotalParameters() {
        // 10^10 = 10B: keeps 70B, 72.7B, 175B; drops 7B.
        w.filters.parametersLog10MinProperty().set(10.0);
        w.filters.parametersLog10MaxProperty().set(11.0);
        assertEquals(List.of("chinchilla-70b", "llama-2-70b", "qwen2.5-72b"), tableIds());
    }

    @Test
    void resetShowsEveryModelAgain() {
        w.filters.searchProperty().set("gpt");
        w.filters.openWeightsProperty().set(OpenWeightsFilter.OPEN);
        w.filters.reset();
        assertEquals(5, tableIds().size());
        assertEquals(FilterState.none(), w.filters.stateProperty().get());
    }

    @Test
    void filtersReachTheActiveChartPage() {
        var page = w.main.currentChart().orElseThrow();
        assertEquals(5, points(page.specProperty().get()));
        w.filters.searchFiltersProperty().set(true);
        w.filters.searchProperty().set("llama");
        assertEquals(2, points(page.specProperty().get()));
    }

    @Test
    void availableFamiliesFollowTheCatalog() {
        assertEquals(List.of("Chinchilla", "GPT-3", "Llama 2", "Qwen2.5"), w.filters.getAvailableFamilies());
        w.main.mergeCatalogs(List.of(config.resolve("user.json")));
        assertTrue(w.filters.getAvailableFamilies().contains("DeepSeek"));
    }

    @Test
    void boundsSpanTheCatalog() {
        DataBounds b = w.filters.boundsProperty().get();
        assertEquals(LocalDate.parse("2020-05-28"), b.firstRelease());
        assertEquals(LocalDate.parse("2024-09-19"), b.lastRelease());
        assertEquals(9.0, b.parametersLog10Min());
        assertEquals(12.0, b.parametersLog10Max());
    }

    @Test
    void predicateHidesModelsWithoutDateOnlyWhileDateBoundIsSet() {
        ModelRecord undated = new ModelRecord("x", "X", "F", "O", null, null, null, null, null, null, null, null, null);
        assertTrue(FilterState.none().toPredicate().test(undated));
        FilterState dated = new FilterState(null, null, null, LocalDate.parse("2020-01-01"), null, null, null, null);
        assertEquals(false, dated.toPredicate().test(undated));
    }

    private static int points(dev.scalinglens.plot.spec.ChartSpec spec) {
        return spec.layers().stream().filter(l -> l instanceof PointLayer).mapToInt(l -> ((PointLayer) l).size()).sum();
    }
}

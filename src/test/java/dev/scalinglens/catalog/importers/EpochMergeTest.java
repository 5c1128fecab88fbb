package dev.scalinglens.catalog.importers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scalinglens.catalog.Catalog;
import dev.scalinglens.catalog.load.CatalogLoader;
import dev.scalinglens.catalog.load.CatalogMerger;
import dev.scalinglens.catalog.load.LoadResult;
import dev.scalinglens.catalog.MergePolicy;
import dev.scalinglens.catalog.MergeReport;
import dev.scalinglens.catalog.ModelRecord;
import dev.scalinglens.catalog.Quantity;
import dev.scalinglens.charts.tokensparams.TokensParamsChartBuilder;
import dev.scalinglens.charts.tokensparams.TokensParamsSettings;
import dev.scalinglens.plot.spec.ChartSpec;
import dev.scalinglens.plot.spec.PointLayer;
import dev.scalinglens.science.chinchilla.TrainingEstimates;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Epoch's real exports imported and merged over the bundled catalog (skipped when the exports are absent). */
class EpochMergeTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    private static LoadResult imported(String file) {
        ImportResult r = EpochModelsImporter.importFile(ExternalData.require("epoch/" + file), TODAY);
        assertFalse(r.hasErrors(), () -> r.problems().toString());
        return new LoadResult(r.catalog(), List.of());
    }

    private static String effectiveSource(Quantity q, ModelRecord m) {
        return q.source() != null ? q.source() : m.source();
    }

    @ParameterizedTest
    @ValueSource(strings = {"notable_ai_models_24_02_2025.csv", "frontier_ai_models.csv"})
    void mergeOverBundledKeepsEveryCuratedTokenCountAndSource(String file) {
        LoadResult bundled = CatalogLoader.loadBundled();
        LoadResult epoch = imported(file);
        CatalogMerger.Merged merged = CatalogMerger.mergeReporting(bundled, epoch, MergePolicy.OVERLAY_WINS);
        Catalog after = merged.result().catalog();
        int checked = 0;
        for (ModelRecord before : bundled.catalog().models()) {
            if (before.trainingTokens() == null) {
                continue;
            }
            ModelRecord now = after.model(before.id()).orElseThrow();
            assertNotNull(now.trainingTokens(), before.id());
            assertEquals(before.trainingTokens().value(), now.trainingTokens().value(), before.id());
            assertEquals(effectiveSource(before.trainingTokens(), before), effectiveSource(now.trainingTokens(), now),
                    before.id());
            checked++;
        }
        assertTrue(checked > 50, "bundled models with tokens: " + checked);

        MergeReport report = merged.report();
        Set<String> bundledIds = new HashSet<>();
        bundled.catalog().models().forEach(m -> bundledIds.add(m.id()));
        long overlapping = epoch.catalog().models().stream().filter(m -> bundledIds.contains(m.id())).count();
        long modelsAdded = report.changes().stream()
                .filter(c -> c.kind() == MergeReport.Kind.ADDED && c.section().equals("models")).count();
        assertEquals(epoch.catalog().models().size() - overlapping, modelsAdded);
        assertEquals(bundled.catalog().models().size() + modelsAdded, after.models().size());
        assertTrue(report.recordsChanged() <= overlapping);
        assertTrue(overlapping > 0, "the export shares models with the bundled catalog");
        // Every conflict names both values and both sources.
        report.changes().stream().filter(c -> c.kind() == MergeReport.Kind.OVERRIDDEN).forEach(c -> {
            assertFalse(c.oldValue().isEmpty(), c.toString());
            assertFalse(c.newValue().isEmpty(), c.toString());
            assertFalse(c.newSource().isEmpty(), c.toString());
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"notable_ai_models_24_02_2025.csv", "frontier_ai_models.csv"})
    void mergeKeepingCuratedValuesOverridesNothingReported(String file) {
        LoadResult bundled = CatalogLoader.loadBundled();
        CatalogMerger.Merged merged = CatalogMerger.mergeReporting(bundled, imported(file),
                MergePolicy.KEEP_CURATED_REPORTED);
        for (MergeReport.Change c : merged.report().changes()) {
            if (c.kind() == MergeReport.Kind.OVERRIDDEN) {
                assertTrue(c.oldValue().endsWith("(estimated)"), c.toString());
            }
        }
        ModelRecord before = bundled.catalog().models().stream().filter(m -> m.parameters() != null)
                .filter(m -> merged.report().changes().stream().anyMatch(c -> c.id().equals(m.id())
                        && c.field().equals("parameters"))).findFirst().orElse(null);
        if (before != null && !before.parameters().estimated()) {
            assertEquals(before.parameters().value(),
                    merged.result().catalog().model(before.id()).orElseThrow().parameters().value());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"notable_ai_models_24_02_2025.csv", "frontier_ai_models.csv"})
    void importPutsMostLanguageModelsWithComputeOnTheTokensChart(String file) {
        Catalog epoch = imported(file).catalog();
        List<ModelRecord> eligible = epoch.models().stream()
                .filter(m -> m.parameters() != null && m.trainingComputeFlop() != null).toList();
        assertTrue(eligible.size() > 20, "models with parameters and compute: " + eligible.size());
        ChartSpec spec = new TokensParamsChartBuilder().build(epoch, TokensParamsSettings.defaults());
        Set<String> plotted = new HashSet<>();
        for (var layer : spec.layers()) {
            if (layer instanceof PointLayer p) {
                plotted.addAll(List.of(p.pointIds()));
            }
        }
        long shown = eligible.stream().filter(m -> plotted.contains(m.id())).count();
        assertTrue(shown >= 0.7 * eligible.size(), shown + " of " + eligible.size());
        for (ModelRecord m : eligible) {
            assertTrue(TrainingEstimates.tokensDerived(m), "Epoch imports no tokens: " + m.id());
            assertTrue(TrainingEstimates.trainingTokens(m).estimated());
        }
    }
}

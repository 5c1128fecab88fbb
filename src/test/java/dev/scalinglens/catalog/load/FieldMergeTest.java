package dev.scalinglens.catalog.load;

import dev.scalinglens.catalog.Architecture;
import dev.scalinglens.catalog.Catalog;
import dev.scalinglens.catalog.MergePolicy;
import dev.scalinglens.catalog.MergeReport;
import dev.scalinglens.catalog.ModelRecord;
import dev.scalinglens.catalog.Quantity;
import dev.scalinglens.catalog.Source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FieldMergeTest {

    private static final ModelRecord CURATED = new ModelRecord("llama-2-7b", "Llama 2 7B", "Llama 2", "Meta",
            LocalDate.of(2023, 7, 18), Quantity.reported(6.74e9), null, Quantity.reported(2e12), true,
            new Architecture(32, 4096, 32, 32, 128, null, null, null, null, null, 4096, 32000, null),
            List.of(), "touvron2023", "curated note");
    private static final ModelRecord EPOCH = new ModelRecord("llama-2-7b", "Llama 2-7B", null, "Meta AI",
            LocalDate.of(2023, 7, 18), Quantity.reported(7e10), null, null, null, null, List.of(), "epoch",
            "Imported from Epoch", Quantity.reported(8.4e22), "United States of America", "Open weights", null, null,
            null, "Confident", null, "https://arxiv.org/abs/2307.09288");

    private static Catalog models(String sourceKey, ModelRecord... m) {
        return new Catalog(Catalog.SCHEMA, Map.of(sourceKey, new Source(sourceKey, sourceKey, null)), List.of(m),
                List.of(), List.of(), List.of(), List.of());
    }

    private static CatalogMerger.Merged merge(MergePolicy policy) {
        return CatalogMerger.mergeReporting(new LoadResult(models("touvron2023", CURATED), List.of()),
                new LoadResult(models("epoch", EPOCH, new ModelRecord("new", "New", null, null, null, null, null, null,
                        null, null, List.of(), "epoch", null)), List.of()), policy);
    }

    @Test
    void mergeNeverErasesWhatTheOverlayDoesNotCarry() {
        ModelRecord m = merge(MergePolicy.OVERLAY_WINS).result().catalog().model("llama-2-7b").orElseThrow();
        assertEquals(2e12, m.trainingTokens().value());
        assertEquals("touvron2023", m.trainingTokens().source(), "the implicit source is made explicit");
        assertEquals("Llama 2", m.family());
        assertEquals(32, m.architecture().layers());
        assertEquals("touvron2023", m.architecture().source());
        assertEquals(true, m.openWeights());
        assertEquals("touvron2023", m.source(), "the record keeps its source");
    }

    @Test
    void mergeFillsEmptyFieldsAndOverridesConflictsByDefault() {
        CatalogMerger.Merged merged = merge(MergePolicy.OVERLAY_WINS);
        ModelRecord m = merged.result().catalog().model("llama-2-7b").orElseThrow();
        assertEquals(8.4e22, m.trainingComputeFlop().value());
        assertEquals("epoch", m.trainingComputeFlop().source());
        assertEquals(7e10, m.parameters().value());
        assertEquals("epoch", m.parameters().source());
        assertEquals("curated note Imported from Epoch", m.notes());
        MergeReport r = merged.report();
        assertEquals(1, r.recordsAdded());
        assertEquals(1, r.recordsChanged());
        assertEquals(List.of("name", "organization", "parameters"), r.changes().stream()
                .filter(c -> c.kind() == MergeReport.Kind.OVERRIDDEN).map(MergeReport.Change::field).toList());
        MergeReport.Change p = r.changes().stream().filter(c -> c.field().equals("parameters")).findFirst()
                .orElseThrow();
        assertEquals(List.of("6.74e9", "touvron2023", "7e10", "epoch"),
                List.of(p.oldValue(), p.oldSource(), p.newValue(), p.newSource()));
        assertEquals(List.of("notes (appended)", "trainingComputeFlop", "country", "accessibility", "confidence",
                "url"), r.changes().stream().filter(c -> c.kind() == MergeReport.Kind.FILLED)
                .map(MergeReport.Change::field).toList());
        assertEquals(3, r.conflicts());
        assertTrue(merged.result().problems().get(0).message().contains("parameters 6.74e9 → 7e10"));
    }

    @Test
    void mergeKeepingCuratedKeepsReportedValuesAndListsThem() {
        CatalogMerger.Merged merged = merge(MergePolicy.KEEP_CURATED_REPORTED);
        ModelRecord m = merged.result().catalog().model("llama-2-7b").orElseThrow();
        assertEquals(6.74e9, m.parameters().value());
        assertEquals("Llama 2 7B", m.name());
        assertEquals(8.4e22, m.trainingComputeFlop().value(), "empty fields are still filled");
        assertEquals(3, merged.report().count(MergeReport.Kind.KEPT));
        assertEquals(0, merged.report().fieldsOverridden());
        assertTrue(merged.result().problems().isEmpty());
    }

    @Test
    void mergeKeepingCuratedStillReplacesAnEstimatedValue() {
        ModelRecord estimated = new ModelRecord("m", "M", null, null, null,
                Quantity.estimated(1e9, null, "guess"), null, null, null, null, List.of(), "a", null);
        ModelRecord reported = new ModelRecord("m", "M", null, null, null, Quantity.reported(2e9), null, null, null,
                null, List.of(), "b", null);
        CatalogMerger.Merged merged = CatalogMerger.mergeReporting(new LoadResult(models("a", estimated), List.of()),
                new LoadResult(models("b", reported), List.of()), MergePolicy.KEEP_CURATED_REPORTED);
        ModelRecord m = merged.result().catalog().model("m").orElseThrow();
        assertEquals(2e9, m.parameters().value());
        assertEquals("b", m.parameters().source());
        assertNull(m.trainingTokens());
    }
}

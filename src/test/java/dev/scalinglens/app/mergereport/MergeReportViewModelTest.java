package dev.scalinglens.app.mergereport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scalinglens.catalog.MergeReport;
import dev.scalinglens.catalog.MergeReport.Change;
import dev.scalinglens.catalog.MergeReport.Kind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MergeReportViewModelTest {

    private static final MergeReport REPORT = new MergeReport(List.of(
            new Change(Kind.ADDED, "models", "gpt-2", "", "", "", "", "epoch"),
            new Change(Kind.FILLED, "models", "llama-2-7b", "trainingComputeFlop", "", "", "8.4e22", "epoch"),
            new Change(Kind.OVERRIDDEN, "models", "llama-2-7b", "parameters", "6.74e9", "touvron2023", "7e10",
                    "epoch")));

    @TempDir
    Path dir;

    private final SimpleObjectProperty<MergeReport> report = new SimpleObjectProperty<>();
    private final SimpleObjectProperty<String> name = new SimpleObjectProperty<>("epoch.json");
    private final MergeReportViewModel vm = new MergeReportViewModel(report, name);

    @Test
    void rowsFollowTheReportAndTheKindFilter() {
        assertTrue(vm.getRows().isEmpty());
        assertEquals("No catalog merged yet", vm.summaryProperty().get());
        report.set(REPORT);
        assertEquals(3, vm.getRows().size());
        assertEquals("Merged epoch.json: 1 records added, 1 changed: 1 fields filled, 1 overridden, 1 conflicts",
                vm.summaryProperty().get());
        vm.kindProperty().set(Kind.OVERRIDDEN);
        assertEquals(List.of("parameters"), vm.getRows().stream().map(Change::field).toList());
    }

    @Test
    void exportCsvWritesEveryChangeWithBothValuesAndSources() throws IOException {
        report.set(REPORT);
        vm.kindProperty().set(Kind.FILLED);
        Path csv = dir.resolve("report.csv");
        vm.exportCsv(csv);
        List<String> lines = Files.readAllLines(csv);
        assertEquals("kind,section,id,field,oldValue,oldSource,newValue,newSource", lines.get(0));
        assertEquals("overridden,models,llama-2-7b,parameters,6.74e9,touvron2023,7e10,epoch", lines.get(3));
        assertEquals(4, lines.size(), "the export holds every change, not just the filtered ones");
    }
}

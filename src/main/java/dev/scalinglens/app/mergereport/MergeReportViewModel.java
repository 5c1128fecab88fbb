package dev.scalinglens.app.mergereport;

import dev.scalinglens.catalog.MergeReport;
import dev.scalinglens.catalog.MergeReportWriter;
import dev.scalinglens.export.AtomicFileWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The merge report view: every change of the last merge (records added, fields filled, overridden, kept),
 * filterable by kind, exportable as CSV.
 */
public final class MergeReportViewModel {

    private final ObservableValue<MergeReport> report;
    private final ObservableValue<String> name;
    /** Which kind of change to list; null lists all. */
    private final ObjectProperty<MergeReport.Kind> kind = new SimpleObjectProperty<>();
    private final ObservableList<MergeReport.Change> rows = FXCollections.observableArrayList();
    private final ObservableList<MergeReport.Change> readOnlyRows = FXCollections.unmodifiableObservableList(rows);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("No catalog merged yet");

    public MergeReportViewModel(ObservableValue<MergeReport> report, ObservableValue<String> name) {
        this.report = Objects.requireNonNull(report);
        this.name = Objects.requireNonNull(name);
        report.addListener(o -> refresh());
        kind.addListener(o -> refresh());
        refresh();
    }

    private void refresh() {
        MergeReport r = report.getValue();
        if (r == null) {
            rows.clear();
            summary.set("No catalog merged yet");
            return;
        }
        MergeReport.Kind k = kind.get();
        rows.setAll(k == null ? r.changes() : r.changes().stream().filter(c -> c.kind() == k).toList());
        summary.set(statusText(name.getValue(), r));
    }

    /** "Merged epoch.json: 377 records added, 22 changed: 188 fields filled, 27 overridden, 27 conflicts". */
    public static String statusText(String name, MergeReport r) {
        return "Merged " + (name == null ? "catalog" : name) + ": " + r.summary();
    }

    public ObjectProperty<MergeReport.Kind> kindProperty() {
        return kind;
    }

    public ObservableList<MergeReport.Change> getRows() {
        return readOnlyRows;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** The kinds offered in the filter, "all" first (null). */
    public List<MergeReport.Kind> kinds() {
        return List.of(MergeReport.Kind.values());
    }

    /** Writes every change of the report (not only the listed ones) as CSV. */
    public void exportCsv(Path target) throws IOException {
        MergeReport r = report.getValue() == null ? MergeReport.empty() : report.getValue();
        AtomicFileWriter.write(target, MergeReportWriter.csv(r).getBytes(StandardCharsets.UTF_8));
    }
}

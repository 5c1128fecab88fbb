package dev.scalinglens.app.inspector;

import dev.scalinglens.app.format.QuantityFormat;
import dev.scalinglens.app.selection.SelectionModel;
import dev.scalinglens.catalog.BenchmarkScore;
import dev.scalinglens.catalog.Catalog;
import dev.scalinglens.catalog.ModelRecord;
import dev.scalinglens.catalog.Quantity;
import dev.scalinglens.catalog.Source;
import dev.scalinglens.science.chinchilla.TrainingEstimates;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** Everything known about the focused model: every value, its unit, reported or estimated, and its source. */
public final class InspectorViewModel {

    private final ObservableValue<Catalog> catalog;
    private final SelectionModel selection;
    private final LinkOpener links;
    private final ReadOnlyObjectWrapper<ModelRecord> model = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper("No model selected");
    private final ObservableList<InspectorRow> rows = FXCollections.observableArrayList();
    /** Held here: an unmodifiable wrapper made per call would be collected with its listeners. */
    private final ObservableList<InspectorRow> readOnlyRows = FXCollections.unmodifiableObservableList(rows);

    public InspectorViewModel(ObservableValue<Catalog> catalog, SelectionModel selection, LinkOpener links) {
        this.catalog = Objects.requireNonNull(catalog);
        this.selection = Objects.requireNonNull(selection);
        this.links = Objects.requireNonNull(links);
        catalog.addListener(o -> refresh());
        selection.focusedIdProperty().addListener(o -> refresh());
        refresh();
    }

    private void refresh() {
        Catalog c = catalog.getValue();
        ModelRecord m = selection.focusedId().flatMap(id -> c == null ? java.util.Optional.empty() : c.model(id))
                .orElse(null);
        model.set(m);
        heading.set(m == null ? "No model selected" : m.name());
        rows.setAll(m == null ? List.of() : describe(m, c));
    }

    private static List<InspectorRow> describe(ModelRecord m, Catalog c) {
        List<InspectorRow> out = new ArrayList<>();
        // The record's source once; a value lists its own source only where it differs.
        out.add(new InspectorRow("Source", "", "", false, null, sourceLabel(m.source(), c), sourceUrl(m.source(), c)));
        out.add(text("Id", m.id(), m.source(), c));
        out.add(text("Family", m.family(), m.source(), c));
        out.add(text("Organization", m.organization(), m.source(), c));
        out.add(text("Released", m.releaseDate() == null ? "" : m.releaseDate().toString(), m.source(), c));
        out.add(quantity("Parameters", m.parameters(), "count", m.source(), c));
        if (m.activeParameters() != null) {
            out.add(quantity("Active parameters", m.activeParameters(), "count per token", m.source(), c));
        }
        // Reported, else derived with C = 6ND (estimated; the note gives the formula and its inputs).
        out.add(quantity("Training tokens", TrainingEstimates.trainingTokens(m), "tokens", m.source(), c));
        Quantity compute = TrainingEstimates.trainingCompute(m);
        out.add(compute == null ? new InspectorRow("Training compute", "unknown", "FLOP", false, null, null, null)
                : new InspectorRow("Training compute",
                (compute.estimated() ? QuantityFormat.ESTIMATED_MARK : "") + flop(compute.value()), "FLOP", compute.estimated(),
                compute.note(), ownSourceLabel(compute, m.source(), c), ownSourceUrl(compute, m.source(), c)));
        out.add(text("Open weights", m.openWeights() == null ? "unknown" : (m.openWeights() ? "yes" : "no"),
                m.source(), c));
        optionalText(out, "Accessibility", m.accessibility());
        optionalText(out, "Country", m.country());
        optionalText(out, "Training hardware", m.trainingHardware());
        if (m.trainingChipHours() != null) {
            out.add(quantity("Training chip-hours", m.trainingChipHours(), "accelerator-hours", m.source(), c));
        }
        if (m.trainingCostUsd2023() != null) {
            out.add(quantity("Training cost", m.trainingCostUsd2023(), "USD (2023)", m.source(), c));
        }
        optionalText(out, "Confidence", m.confidence());
        optionalText(out, "Notability", m.notability());
        if (m.url() != null) {
            out.add(new InspectorRow("Link", m.url(), "", false, null, "open", m.url()));
        }
        for (BenchmarkScore b : m.benchmarks()) {
            String label = b.benchmark().toUpperCase(java.util.Locale.ROOT)
                    + (b.setting() == null ? "" : " (" + b.setting() + ")");
            out.add(new InspectorRow(label, QuantityFormat.percent(b.scorePercent()), "%",
                    b.scorePercent() != null && b.scorePercent().estimated(),
                    b.scorePercent() == null ? null : b.scorePercent().note(),
                    ownSourceLabel(b.scorePercent(), m.source(), c), ownSourceUrl(b.scorePercent(), m.source(), c)));
        }
        if (m.notes() != null && !m.notes().isBlank()) {
            out.add(new InspectorRow("Notes", m.notes(), "", false, null, null, null));
        }
        return out;
    }

    private static void optionalText(List<InspectorRow> out, String label, String value) {
        if (value != null && !value.isBlank()) {
            out.add(new InspectorRow(label, value, "", false, null, null, null));
        }
    }

    /** 3.8e25, 5.9e23: compute reads best in scientific notation. */
    static String flop(double value) {
        return String.format(java.util.Locale.ROOT, "%.3g", value).replace("e+", "e");
    }

    private static InspectorRow text(String label, String value, String source, Catalog c) {
        return new InspectorRow(label, value == null ? "" : value, "", false, null, null, null);
    }

    private static String ownSourceLabel(Quantity q, String recordSource, Catalog c) {
        return q == null || q.source() == null || q.source().equals(recordSource) ? null : sourceLabel(q.source(), c);
    }

    private static String ownSourceUrl(Quantity q, String recordSource, Catalog c) {
        return q == null || q.source() == null || q.source().equals(recordSource) ? null : sourceUrl(q.source(), c);
    }

    private static InspectorRow quantity(String label, Quantity q, String unit, String recordSource, Catalog c) {
        if (q == null) {
            return new InspectorRow(label, "unknown", unit, false, null, null, null);
        }
        String exact = String.format(java.util.Locale.ROOT, "%,.0f", q.value());
        return new InspectorRow(label, QuantityFormat.count(q) + "  (" + exact + ")", unit, q.estimated(), q.note(),
                ownSourceLabel(q, recordSource, c), ownSourceUrl(q, recordSource, c));
    }


    /** A citation key resolves through the catalog's sources; a bare URL stands for itself. */
    static String sourceLabel(String key, Catalog c) {
        if (key == null) {
            return null;
        }
        Source s = c == null ? null : c.sources().get(key);
        return s != null && s.citation() != null ? s.citation() : key;
    }

    static String sourceUrl(String key, Catalog c) {
        if (key == null) {
            return null;
        }
        Source s = c == null ? null : c.sources().get(key);
        // Only web and DOI links are clickable: a catalog is untrusted, and the desktop would run anything.
        if (s != null && s.url() != null) {
            return dev.scalinglens.catalog.SourceLinks.openable(s.url()).orElse(null);
        }
        return key.startsWith("http://") || key.startsWith("https://")
                ? dev.scalinglens.catalog.SourceLinks.openable(key).orElse(null) : null;
    }

    /** The user clicked a source link. */
    public void openSource(InspectorRow row) {
        if (row.sourceUrl() != null) {
            links.open(row.sourceUrl());
        }
    }

    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    public ObservableList<InspectorRow> getRows() {
        return readOnlyRows;
    }
}

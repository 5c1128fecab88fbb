package dev.scalinglens.app.catalogtable;

import dev.scalinglens.app.format.QuantityFormat;
import dev.scalinglens.catalog.ModelRecord;
import dev.scalinglens.catalog.Quantity;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.SetChangeListener;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.HBox;

/**
 * The catalog table: the filtered models, sortable, with a column chooser (the table menu button),
 * estimated values marked "~" in italics with the estimate's note as tooltip, and CSV export of the
 * visible rows in their visible order.
 */
public final class CatalogTableView extends BorderPane {

    private final CatalogTableViewModel viewModel;
    private static final javafx.css.PseudoClass FADED = javafx.css.PseudoClass.getPseudoClass("faded");
    private static final javafx.css.PseudoClass MATCH = javafx.css.PseudoClass.getPseudoClass("match");
    private final TableView<ModelRow> table = new TableView<>();
    private boolean syncing;

    /** @param chooseCsvTarget asks where to save (null: cancelled) */
    public CatalogTableView(CatalogTableViewModel viewModel, java.util.function.Supplier<Path> chooseCsvTarget,
                            java.util.function.Consumer<Exception> onError) {
        this.viewModel = viewModel;
        table.setId("catalog-table");
        table.setTableMenuButtonVisible(true);
        // Unconstrained: eleven columns do not fit 1280 px legibly; scroll sideways instead of truncating.
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.setPlaceholder(new Label("No model matches the filters."));
        SortedList<ModelRow> sorted = new SortedList<>(viewModel.getRows());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.getColumns().setAll(List.of(
                text("Name", m -> m.name()),
                text("Family", ModelRecord::family),
                text("Organization", ModelRecord::organization),
                dateColumn(),
                quantity("Parameters", r -> r.model().parameters()),
                quantity("Active params", r -> r.model().activeParameters()),
                quantity("Training tokens", ModelRow::trainingTokens),
                ratioColumn(),
                percent("MMLU %", ModelRow::mmlu),
                text("Open weights", m -> m.openWeights() == null ? "" : (m.openWeights() ? "yes" : "no")),
                text("Source", ModelRecord::source),
                quantityColumn("Training FLOP", ModelRow::trainingCompute, CatalogTableView::flop),
                text("Country", ModelRecord::country),
                text("Accessibility", ModelRecord::accessibility),
                text("Training hardware", ModelRecord::trainingHardware),
                quantity("Chip-hours", r -> r.model().trainingChipHours()),
                quantity("Cost (2023 USD)", r -> r.model().trainingCostUsd2023()),
                text("Confidence", ModelRecord::confidence),
                text("Notability", ModelRecord::notability)));
        double[] widths = {130, 90, 100, 90, 85, 90, 100, 90, 70, 90, 110, 95, 110, 130, 130, 90, 100, 90, 130};
        for (int i = 0; i < widths.length; i++) {
            table.getColumns().get(i).setPrefWidth(widths[i]);
        }
        // Epoch's descriptive columns are in the column chooser (table menu button), hidden at first.
        for (int i = 14; i < widths.length; i++) {
            table.getColumns().get(i).setVisible(false);
        }

        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.getSelectionModel().getSelectedItems().addListener((ListChangeListener<ModelRow>) c -> {
            if (!syncing) {
                syncing = true;
                viewModel.select(table.getSelectionModel().getSelectedItems().stream().map(ModelRow::id).toList());
                syncing = false;
            }
        });
        viewModel.selection().getSelectedIds().addListener((SetChangeListener<String>) c -> selectFromModel());
        viewModel.getRows().addListener((ListChangeListener<ModelRow>) c -> selectFromModel());
        // Selection and search emphasis as on the charts: the rest of the rows fade.
        table.setRowFactory(t -> new javafx.scene.control.TableRow<>() {
            @Override
            protected void updateItem(ModelRow row, boolean empty) {
                super.updateItem(row, empty);
                var highlight = viewModel.selection().highlightIdsProperty().get();
                var selected = viewModel.selection().getSelectedIds();
                boolean match = !empty && row != null && highlight != null && highlight.contains(row.id());
                boolean emphasised = !empty && row != null && (selected.contains(row.id()) || match);
                boolean focusing = highlight != null || !selected.isEmpty();
                pseudoClassStateChanged(MATCH, match);
                pseudoClassStateChanged(FADED, !empty && row != null && focusing && !emphasised);
            }
        });
        viewModel.selection().getSelectedIds().addListener((SetChangeListener<String>) c -> table.refresh());
        viewModel.selection().highlightIdsProperty().addListener((o, a, b) -> table.refresh());

        Button export = new Button("Export visible rows as CSV…");
        export.setId("export-csv");
        export.setOnAction(e -> {
            Path target = chooseCsvTarget.get();
            if (target != null) {
                try {
                    viewModel.exportCsv(List.copyOf(table.getItems()), target);
                } catch (Exception ex) {
                    onError.accept(ex);
                }
            }
        });
        Label hint = new Label("~ marks an estimate (hover for how it was made)");
        hint.getStyleClass().add("hint");
        Pane spacer = new Pane();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        setTop(new ToolBar(export, spacer, hint));
        setCenter(table);
    }

    public TableView<ModelRow> table() {
        return table;
    }

    private void selectFromModel() {
        if (syncing) {
            return;
        }
        syncing = true;
        var ids = viewModel.selection().getSelectedIds();
        table.getSelectionModel().clearSelection();
        for (int i = 0; i < table.getItems().size(); i++) {
            if (ids.contains(table.getItems().get(i).id())) {
                table.getSelectionModel().select(i);
            }
        }
        syncing = false;
    }

    private static TableColumn<ModelRow, String> text(String title, Function<ModelRecord, String> value) {
        TableColumn<ModelRow, String> col = new TableColumn<>(title);
        col.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue().model())));
        return col;
    }

    private static TableColumn<ModelRow, LocalDate> dateColumn() {
        TableColumn<ModelRow, LocalDate> col = new TableColumn<>("Released");
        col.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().model().releaseDate()));
        col.setComparator(Comparator.nullsLast(Comparator.naturalOrder()));
        return col;
    }

    private static TableColumn<ModelRow, Quantity> quantity(String title, Function<ModelRow, Quantity> value) {
        return quantityColumn(title, value, QuantityFormat::count);
    }

    private static TableColumn<ModelRow, Quantity> percent(String title, Function<ModelRow, Quantity> value) {
        return quantityColumn(title, value, QuantityFormat::percent);
    }

    private static TableColumn<ModelRow, Quantity> quantityColumn(String title, Function<ModelRow, Quantity> value,
                                                                  Function<Quantity, String> format) {
        TableColumn<ModelRow, Quantity> col = new TableColumn<>(title);
        col.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        col.setComparator(Comparator.nullsLast(Comparator.comparingDouble(Quantity::value)));
        col.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Quantity q, boolean empty) {
                super.updateItem(q, empty);
                getStyleClass().remove("estimated");
                setTooltip(null);
                if (empty || q == null) {
                    setText(null);
                    return;
                }
                setText(format.apply(q));
                if (q.estimated()) {
                    getStyleClass().add("estimated");
                    setTooltip(new Tooltip("Estimated" + (q.note() == null ? "" : ": " + q.note())));
                }
            }
        });
        col.getStyleClass().add("number-column");
        return col;
    }

    /** Training compute in scientific notation, "~" when estimated: "3.8e25", "~5.9e23". */
    static String flop(Quantity q) {
        return (q.estimated() ? QuantityFormat.ESTIMATED_MARK : "")
                + String.format(java.util.Locale.ROOT, "%.2g", q.value()).replace("e+", "e").replace(".0e", "e");
    }

    private static TableColumn<ModelRow, Double> ratioColumn() {
        TableColumn<ModelRow, Double> col = new TableColumn<>("Tokens/param");
        col.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().tokensPerParameter()));
        col.setComparator(Comparator.nullsLast(Comparator.comparingDouble(d -> Double.isNaN(d) ? Double.MAX_VALUE : d)));
        col.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Double v, boolean empty) {
                super.updateItem(v, empty);
                getStyleClass().remove("estimated");
                ModelRow row = empty || getTableRow() == null ? null : getTableRow().getItem();
                if (empty || v == null || row == null) {
                    setText(null);
                    return;
                }
                boolean est = row.tokensPerParameterEstimated();
                setText((est && !Double.isNaN(v) ? QuantityFormat.ESTIMATED_MARK : "") + QuantityFormat.ratio(v));
                if (est) {
                    getStyleClass().add("estimated");
                }
            }
        });
        col.getStyleClass().add("number-column");
        return col;
    }
}

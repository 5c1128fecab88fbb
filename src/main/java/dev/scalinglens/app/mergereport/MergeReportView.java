package dev.scalinglens.app.mergereport;

import dev.scalinglens.catalog.MergeReport;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.BorderPane;

/** A table of the last merge's changes with a kind filter and CSV export. Binds and forwards only. */
public final class MergeReportView extends BorderPane {

    private final TableView<MergeReport.Change> table = new TableView<>();

    /**
     * @param chooseCsvTarget asks where to save (null: cancelled)
     * @param onError         shows a failed export
     */
    public MergeReportView(MergeReportViewModel viewModel, Supplier<Path> chooseCsvTarget,
                           Consumer<Exception> onError) {
        setId("merge-report");
        table.setId("merge-report-table");
        table.setPlaceholder(new Label("Nothing merged yet: File › Merge catalog…"));
        table.setItems(viewModel.getRows());
        table.getColumns().setAll(java.util.List.of(
                column("Change", c -> c.kind().name().toLowerCase(Locale.ROOT), 90),
                column("Section", MergeReport.Change::section, 80),
                column("Id", MergeReport.Change::id, 160),
                column("Field", MergeReport.Change::field, 140),
                column("Old value", MergeReport.Change::oldValue, 130),
                column("Old source", MergeReport.Change::oldSource, 130),
                column("New value", MergeReport.Change::newValue, 130),
                column("New source", MergeReport.Change::newSource, 150)));

        ComboBox<MergeReport.Kind> kind = new ComboBox<>();
        kind.setId("merge-report-kind");
        kind.getItems().add(null);
        kind.getItems().addAll(viewModel.kinds());
        kind.setButtonCell(kindCell());
        kind.setCellFactory(l -> kindCell());
        kind.valueProperty().bindBidirectional(viewModel.kindProperty());

        Button export = new Button("Export as CSV…");
        export.setId("merge-report-export");
        export.setOnAction(e -> {
            Path target = chooseCsvTarget.get();
            if (target != null) {
                try {
                    viewModel.exportCsv(target);
                } catch (Exception ex) {
                    onError.accept(ex);
                }
            }
        });
        Label summary = new Label();
        summary.setId("merge-report-summary");
        summary.textProperty().bind(viewModel.summaryProperty());
        setTop(new ToolBar(kind, export, summary));
        setCenter(table);
    }

    public TableView<MergeReport.Change> table() {
        return table;
    }

    private static ListCell<MergeReport.Kind> kindCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(MergeReport.Kind item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item == null ? "All changes" : switch (item) {
                    case ADDED -> "Records added";
                    case FILLED -> "Fields filled";
                    case OVERRIDDEN -> "Fields overridden";
                    case KEPT -> "Conflicts kept curated";
                });
            }
        };
    }

    private static TableColumn<MergeReport.Change, String> column(String title,
                                                                  Function<MergeReport.Change, String> value,
                                                                  double width) {
        TableColumn<MergeReport.Change, String> col = new TableColumn<>(title);
        col.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        col.setPrefWidth(width);
        return col;
    }
}

package dev.scalinglens.app.inspector;

import dev.scalinglens.app.format.QuantityFormat;

import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The right-hand inspector: the focused model's values, each with unit, estimate mark and source link.
 * Each value sits under its name, across the panel's whole width: beside each other in a panel this narrow,
 * a long name ("MMLU (5-shot)") left the values a few pixels, one character per line.
 */
public final class InspectorView extends VBox {

    private final InspectorViewModel viewModel;
    private final VBox rows = new VBox(6);

    public InspectorView(InspectorViewModel viewModel) {
        this.viewModel = viewModel;
        setId("inspector");
        getStyleClass().add("inspector");
        setPadding(new Insets(8));
        setSpacing(8);
        Label heading = new Label();
        heading.setId("inspector-heading");
        heading.getStyleClass().add("inspector-heading");
        heading.setWrapText(true);
        heading.textProperty().bind(viewModel.headingProperty());
        rows.setPadding(new Insets(2, 4, 2, 2));
        ScrollPane scroll = new ScrollPane(rows);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().addAll(heading, scroll);
        viewModel.getRows().addListener((ListChangeListener<InspectorRow>) c -> fill());
        fill();
    }

    private void fill() {
        rows.getChildren().clear();
        for (InspectorRow row : viewModel.getRows()) {
            VBox entry = new VBox(1);
            entry.getChildren().add(wrapping(new Label(row.label()), "inspector-label"));
            if (!row.value().isEmpty()) {
                // Values of estimates come marked from the view model; mark only those that are not.
                boolean mark = row.estimated() && !row.value().startsWith(QuantityFormat.ESTIMATED_MARK);
                Label value = wrapping(new Label((mark ? QuantityFormat.ESTIMATED_MARK : "") + row.value()
                        + (row.unit().isEmpty() ? "" : " " + row.unit())), "inspector-value");
                if (row.estimated()) {
                    value.getStyleClass().add("estimated");
                    value.setTooltip(new Tooltip("Estimated" + (row.note() == null ? "" : ": " + row.note())));
                }
                entry.getChildren().add(value);
                if (row.estimated() && row.note() != null) {
                    // How it was estimated, e.g. "D = C / (6N) with C = 1.05e25 FLOP and N = 2.5e11 …".
                    entry.getChildren().add(wrapping(new Label(row.note()), "inspector-source"));
                }
            }
            if (row.sourceLabel() != null) {
                Labeled source = row.sourceUrl() == null ? new Label(row.sourceLabel()) : link(row);
                entry.getChildren().add(wrapping(source, "inspector-source"));
            }
            rows.getChildren().add(entry);
        }
    }

    private static <T extends Labeled> T wrapping(T text, String styleClass) {
        text.getStyleClass().add(styleClass);
        text.setWrapText(true);
        text.setMinWidth(0);
        return text;
    }

    private Hyperlink link(InspectorRow row) {
        Hyperlink link = new Hyperlink(row.sourceLabel());
        link.setTooltip(new Tooltip(row.sourceUrl()));
        link.setOnAction(e -> viewModel.openSource(row));
        return link;
    }
}

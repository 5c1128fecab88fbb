package dev.scalinglens.app.problems;

import dev.scalinglens.app.dialogs.SystemClipboard;
import dev.scalinglens.catalog.Problem;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TitledPane;

/** The collapsible bottom panel listing load problems; double-click copies "file:line:column: message". */
public final class ProblemsView extends TitledPane {

    public ProblemsView(ProblemsViewModel viewModel) {
        setId("problems");
        textProperty().bind(viewModel.summaryBinding());
        expandedProperty().bindBidirectional(viewModel.expandedProperty());
        ListView<Problem> list = new ListView<>(viewModel.getProblems());
        list.setId("problem-list");
        list.setPrefHeight(120);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Problem p, boolean empty) {
                super.updateItem(p, empty);
                getStyleClass().removeAll("problem-error", "problem-warning");
                setText(empty || p == null ? null : p.format());
                if (!empty && p != null) {
                    getStyleClass().add(p.isError() ? "problem-error" : "problem-warning");
                }
            }
        });
        list.setOnMouseClicked(e -> {
            Problem p = list.getSelectionModel().getSelectedItem();
            if (e.getClickCount() == 2 && p != null) {
                SystemClipboard.putText(viewModel.textToCopy(p));
            }
        });
        // The list is put in when first expanded: the panel starts collapsed, and start-up need not skin it.
        expandedProperty().addListener((o, was, expanded) -> {
            if (expanded && getContent() == null) {
                setContent(list);
            }
        });
        if (isExpanded()) {
            setContent(list);
        }
        setAnimated(false);
    }
}

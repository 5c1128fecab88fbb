package dev.scalinglens.app.charts;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.controlsfx.control.PropertySheet;
import org.controlsfx.property.editor.AbstractPropertyEditor;

/**
 * A text field for a settings value that applies what was typed only on Enter or when the field loses
 * focus, never per keystroke: "4096" is one edit, not "4", "40", "409", "4096" each redrawing the chart.
 * Escape puts back the value in force.
 */
final class CommitTextEditor extends AbstractPropertyEditor<String, TextField> {

    /** The text last committed; ControlsFX forwards its changes to the item. */
    private StringProperty committed;

    CommitTextEditor(PropertySheet.Item item) {
        super(item, new TextField());
        TextField field = getEditor();
        field.getStyleClass().add("settings-text");
        field.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                commit();
                field.selectAll();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                Object inForce = getProperty().getValue();
                field.setText(inForce == null ? "" : inForce.toString());
                field.selectAll();
                e.consume();
            }
        });
        field.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                commit();
            }
        });
    }

    private void commit() {
        committed().set(getEditor().getText());
    }

    // Called from the superclass constructor, before this class's fields are assigned: created lazily.
    private StringProperty committed() {
        if (committed == null) {
            committed = new SimpleStringProperty(this, "committed", "");
        }
        return committed;
    }

    @Override
    protected ObservableValue<String> getObservableValue() {
        return committed();
    }

    @Override
    public void setValue(String value) {
        String text = value == null ? "" : value;
        getEditor().setText(text);
        committed().set(text);
    }
}

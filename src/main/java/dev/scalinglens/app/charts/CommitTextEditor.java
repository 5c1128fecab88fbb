package dev.scalinglens.app.charts;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.controlsfx.control.PropertySheet;
import org.controlsfx.property.editor.AbstractPropertyEditor;

/**
 * A text field for a settings value that applies what was typed only on Enter or when the field loses
 * focus, never per keystroke: "4096" is one edit, not "4", "40", "409", "4096" each redrawing the chart.
 * Escape puts back the value in force.
 */
final class CommitTextEditor extends AbstractPropertyEditor<String, VBox> {

    /** The text last committed; ControlsFX forwards its changes to the item. */
    private StringProperty committed;

    /**
     * @param message why the last value typed here was refused (the accepted range), shown under the field; the
     *                field keeps the refused text and the focus so the user can correct it
     */
    CommitTextEditor(PropertySheet.Item item, StringProperty message) {
        super(item, box(message));
        TextField field = field();
        field.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                commit();
                field.selectAll();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                Object inForce = getProperty().getValue();
                setValue(inForce == null ? "" : inForce.toString());
                message.set("");
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

    private static VBox box(StringProperty message) {
        TextField field = new TextField();
        field.getStyleClass().add("settings-text");
        Label refused = new Label();
        refused.getStyleClass().add("settings-field-error");
        refused.setWrapText(true);
        refused.textProperty().bind(message);
        refused.managedProperty().bind(message.isNotEmpty());
        refused.visibleProperty().bind(refused.managedProperty());
        message.addListener((o, was, now) -> field.pseudoClassStateChanged(INVALID, !now.isEmpty()));
        VBox box = new VBox(2, field, refused);
        box.getStyleClass().add("settings-text-box");
        return box;
    }

    private static final javafx.css.PseudoClass INVALID = javafx.css.PseudoClass.getPseudoClass("invalid");

    /** The text field (the editor's node is the field with its message under it). */
    TextField field() {
        return (TextField) getEditor().getChildren().get(0);
    }

    private void commit() {
        committed().set(field().getText());
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
        field().setText(text);
        committed().set(text);
    }
}

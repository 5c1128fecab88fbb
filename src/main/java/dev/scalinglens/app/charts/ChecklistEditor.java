package dev.scalinglens.app.charts;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.util.StringConverter;
import org.controlsfx.control.CheckComboBox;
import org.controlsfx.control.PropertySheet;
import org.controlsfx.property.editor.AbstractPropertyEditor;

/**
 * A list of ids the catalog offers (the decode chart's hardware) as a check list of names: the user ticks
 * "NVIDIA H200 SXM" instead of typing "h200". The row's value stays the comma-separated ids the sheet parses.
 */
final class ChecklistEditor extends AbstractPropertyEditor<String, CheckComboBox<String>> {

    /** Set while the editor follows the settings, so that does not echo back as an edit. */
    private boolean following;
    private ObservableValue<String> checkedIds;

    ChecklistEditor(PropertySheet.Item item, List<String> ids, UnaryOperator<String> name) {
        super(item, checklist(ids, name));
    }

    private static CheckComboBox<String> checklist(List<String> ids, UnaryOperator<String> name) {
        CheckComboBox<String> box = new CheckComboBox<>(FXCollections.observableArrayList(ids));
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(String id) {
                return id == null ? "" : name.apply(id);
            }

            @Override
            public String fromString(String text) {
                return ids.stream().filter(id -> name.apply(id).equals(text)).findFirst().orElse(text);
            }
        });
        box.setMaxWidth(Double.MAX_VALUE);
        return box;
    }

    @Override
    protected ObservableValue<String> getObservableValue() {
        // Called from the super constructor: built on first use.
        if (checkedIds == null) {
            var checked = getEditor().getCheckModel().getCheckedItems();
            var joined = Bindings.createStringBinding(() -> RecordEditing.formatStrings(new ArrayList<>(checked)),
                    checked);
            // While following the settings the ticks change one by one: report the value in force instead. The
            // joined ids are read every time, so that binding stays valid and keeps reporting changes.
            checkedIds = Bindings.createStringBinding(() -> {
                String ticked = joined.get();
                return following ? String.valueOf(getProperty().getValue()) : ticked;
            }, joined);
        }
        return checkedIds;
    }

    @Override
    public void setValue(String value) {
        List<String> wanted = value == null ? List.of() : RecordEditing.parseStrings(value);
        following = true;
        try {
            var model = getEditor().getCheckModel();
            for (String id : getEditor().getItems()) {
                if (wanted.contains(id) != model.isChecked(id)) {
                    if (wanted.contains(id)) {
                        model.check(id);
                    } else {
                        model.clearCheck(id);
                    }
                }
            }
        } finally {
            following = false;
        }
    }
}

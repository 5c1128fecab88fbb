package dev.scalinglens.app.charts;

import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.controlsfx.control.PropertySheet;
import org.controlsfx.property.editor.DefaultPropertyEditorFactory;
import org.controlsfx.property.editor.Editors;

/**
 * A ControlsFX PropertySheet over any settings record, built by reflection: enum → choice, boolean →
 * check box, double/int/long → validated number field, LocalDate → date picker, String → text (or a
 * choice when the catalog offers values), List&lt;Double&gt; and List&lt;String&gt; → comma-separated field. An edit makes a
 * new record through the canonical constructor; a value the record refuses is shown, not applied.
 */
public final class SettingsSheet<S extends Record> extends VBox {

    private final ObjectProperty<S> settings;
    private final PropertySheet sheet = new PropertySheet();
    private final Label error = new Label();
    private final java.util.function.Function<String, List<String>> choices;
    private Class<?> shownType;
    private final java.util.function.BinaryOperator<String> display;

    public SettingsSheet(ObjectProperty<S> settings) {
        this(settings, component -> List.of());
    }

    /**
     * @param choices values a component may take (e.g. model ids in the catalog): a String component gets a
     *                choice box, a List&lt;String&gt; component lists them in its tooltip; empty: free text
     */
    public SettingsSheet(ObjectProperty<S> settings, java.util.function.Function<String, List<String>> choices) {
        this(settings, choices, (component, value) -> value);
    }

    /** @param display how a choice reads (a name for an id); the sheet still stores the id */
    public SettingsSheet(ObjectProperty<S> settings, java.util.function.Function<String, List<String>> choices,
                         java.util.function.BinaryOperator<String> display) {
        this.settings = settings;
        this.choices = choices;
        this.display = display;
        DefaultPropertyEditorFactory defaults = new DefaultPropertyEditorFactory();
        sheet.setPropertyEditorFactory(item -> {
            if (item instanceof SettingsSheet<?>.ComponentItem c && c.kind == RecordEditing.Kind.STRING) {
                List<String> values = new java.util.ArrayList<>(choices.apply(c.component.getName()));
                if (!values.isEmpty()) {
                    Object current = c.getValue();
                    if (current != null && !values.contains(current.toString())) {
                        values.add(0, current.toString()); // keep a saved value the catalog lacks visible
                    }
                    var editor = Editors.createChoiceEditor(item, values);
                    if (editor.getEditor() instanceof javafx.scene.control.ComboBox<?> combo) {
                        setNameConverter(combo, c.component.getName());
                        fullValueTooltip(combo);
                    }
                    return editor;
                }
            }
            if (item instanceof SettingsSheet<?>.ComponentItem c && c.kind == RecordEditing.Kind.ENUM) {
                // Constants read as words ("Active parameters"), not as code (ACTIVE).
                var editor = Editors.createChoiceEditor(item, List.of(c.component.getType().getEnumConstants()));
                if (editor.getEditor() instanceof javafx.scene.control.ComboBox<?> combo) {
                    setEnumConverter(combo);
                    fullValueTooltip(combo);
                }
                return editor;
            }
            if (item instanceof SettingsSheet<?>.ComponentItem c && c.kind == RecordEditing.Kind.DATE) {
                // ISO dates (2024-01-31), whatever the locale: the same text as in workspaces and the CLI.
                var editor = Editors.createDateEditor(item);
                if (editor.getEditor() instanceof javafx.scene.control.DatePicker picker) {
                    picker.setConverter(isoDates(picker, item.getName()));
                    picker.setPromptText("yyyy-mm-dd");
                }
                return editor;
            }
            if (item instanceof SettingsSheet<?>.ComponentItem c && c.checklist()) {
                List<String> ids = new java.util.ArrayList<>(choices.apply(c.component.getName()));
                for (String saved : RecordEditing.parseStrings(String.valueOf(c.getValue()))) {
                    if (!ids.contains(saved)) {
                        ids.add(0, saved); // keep a saved id the catalog lacks visible
                    }
                }
                return new ChecklistEditor(item, ids, id -> display.apply(c.component.getName(), id));
            }
            if (item instanceof SettingsSheet<?>.ComponentItem c && c.editedAsText()) {
                return new CommitTextEditor(item, c.message);
            }
            return defaults.call(item);
        });
        sheet.setModeSwitcherVisible(false);
        sheet.setSearchBoxVisible(false);
        sheet.setMode(PropertySheet.Mode.NAME);
        error.getStyleClass().add("settings-error");
        error.setWrapText(true);
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        error.visibleProperty().bind(error.managedProperty());
        getChildren().addAll(sheet, error);
        settings.addListener((obs, old, now) -> rebuildItems());
        rebuildItems();
    }

    /** A choice of ids shows names ("Hoffmann et al. 2022 (Approach 3)" for "hoffmann"). */
    private <T> void setNameConverter(javafx.scene.control.ComboBox<T> combo, String component) {
        combo.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(T id) {
                return id == null ? "" : display.apply(component, id.toString());
            }

            @Override
            public T fromString(String text) {
                return combo.getItems().stream().filter(c -> toString(c).equals(text)).findFirst()
                        .orElse(combo.getValue());
            }
        });
    }

    /** A narrow sheet cuts long choices ("Hoffmann et al. 202…"): the tooltip gives the whole of it. */
    private static <T> void fullValueTooltip(javafx.scene.control.ComboBox<T> combo) {
        javafx.scene.control.Tooltip tip = new javafx.scene.control.Tooltip();
        Runnable sync = () -> tip.setText(combo.getConverter().toString(combo.getValue()));
        combo.valueProperty().addListener((o, a, b) -> sync.run());
        combo.converterProperty().addListener((o, a, b) -> sync.run());
        sync.run();
        combo.setTooltip(tip);
    }

    private static <T> void setEnumConverter(javafx.scene.control.ComboBox<T> combo) {
        combo.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(T constant) {
                return constant == null ? "" : RecordEditing.enumLabel(constant);
            }

            @Override
            public T fromString(String text) {
                return combo.getItems().stream().filter(c -> RecordEditing.enumLabel(c).equals(text)).findFirst()
                        .orElse(combo.getValue());
            }
        });
    }

    /**
     * Text typed into a date picker is committed when it loses focus: text that is not a date keeps the
     * current value and says why (the stock converter would throw on the FX thread).
     */
    private javafx.util.StringConverter<java.time.LocalDate> isoDates(javafx.scene.control.DatePicker picker,
                                                                     String name) {
        return new javafx.util.StringConverter<>() {
            @Override
            public String toString(java.time.LocalDate date) {
                return date == null ? "" : date.toString();
            }

            @Override
            public java.time.LocalDate fromString(String text) {
                try {
                    return RecordEditing.parseDate(text);
                } catch (IllegalArgumentException e) {
                    error.setText(name + ": " + e.getMessage());
                    return picker.getValue();
                }
            }
        };
    }

    /**
     * Rows are made once per settings type; a new value of the same type only refreshes what the editors
     * show, so an edit never rebuilds the sheet under the user's cursor (which moved focus away).
     */
    private void rebuildItems() {
        S current = settings.get();
        if (current == null) {
            sheet.getItems().clear();
            shownType = null;
            return;
        }
        if (current.getClass() == shownType) {
            for (PropertySheet.Item item : sheet.getItems()) {
                if (item instanceof SettingsSheet<?>.ComponentItem c) {
                    c.refresh();
                }
            }
            return;
        }
        shownType = current.getClass();
        ObservableList<PropertySheet.Item> items = FXCollections.observableArrayList();
        for (RecordComponent c : current.getClass().getRecordComponents()) {
            RecordEditing.Kind kind = RecordEditing.kindOf(c);
            if (kind != RecordEditing.Kind.UNSUPPORTED) {
                items.add(new ComponentItem(c, kind));
            }
        }
        sheet.getItems().setAll(items);
    }

    /** Applies {@code value}; throws the record's refusal. */
    private void edit(String name, Object value) {
        settings.set(RecordEditing.with(settings.get(), name, value));
        error.setText("");
    }

    /** One record component as a sheet row. Numbers and lists are edited as text, parsed here. */
    private final class ComponentItem implements PropertySheet.Item {
        private final RecordComponent component;
        private final RecordEditing.Kind kind;
        /** What the editor shows; set after every change of the settings, so editors follow undo or a restore. */
        private final javafx.beans.property.ObjectProperty<Object> shown = new javafx.beans.property.SimpleObjectProperty<>();
        /** Why the value last typed into this row's text field was refused; empty once a value is applied. */
        private final javafx.beans.property.StringProperty message = new javafx.beans.property.SimpleStringProperty("");

        ComponentItem(RecordComponent component, RecordEditing.Kind kind) {
            this.component = component;
            this.kind = kind;
            shown.set(getValue());
        }

        void refresh() {
            shown.set(getValue());
        }

        /** A list of ids the catalog offers: ticked in a check list of names, not typed. */
        boolean checklist() {
            return kind == RecordEditing.Kind.STRING_LIST && !choices.apply(component.getName()).isEmpty();
        }

        /** Typed as text and applied on Enter or focus loss (a free-text String included). */
        boolean editedAsText() {
            if (checklist()) {
                return false;
            }
            return switch (kind) {
                case DOUBLE, INTEGER, LONG, STRING, STRING_LIST, DOUBLE_LIST -> true;
                default -> false;
            };
        }

        @Override
        public Class<?> getType() {
            return switch (kind) {
                case ENUM -> component.getType();
                case BOOLEAN -> Boolean.class;
                case DATE -> java.time.LocalDate.class;
                default -> String.class;
            };
        }

        @Override
        public String getCategory() {
            return "Settings";
        }

        @Override
        public String getName() {
            return RecordEditing.label(component.getName());
        }

        @Override
        public String getDescription() {
            // Shown as the row's tooltip: the full name when the label column truncates it.
            String label = RecordEditing.label(component.getName());
            return checklist() ? label + ": tick the ones to draw" : label;
        }

        @Override
        public Object getValue() {
            Object v = RecordEditing.shown(settings.get(), component);
            return switch (kind) {
                case DOUBLE -> RecordEditing.formatDouble(((Number) v).doubleValue());
                case INTEGER, LONG -> String.valueOf(v);
                case STRING_LIST -> {
                    @SuppressWarnings("unchecked")
                    List<String> list = (List<String>) v;
                    yield RecordEditing.formatStrings(list);
                }
                case DOUBLE_LIST -> {
                    @SuppressWarnings("unchecked")
                    List<Double> list = (List<Double>) v;
                    yield RecordEditing.formatDoubles(list);
                }
                default -> v;
            };
        }

        @Override
        public void setValue(Object value) {
            Object current = getValue();
            if (java.util.Objects.equals(value, current) || (value == null && kind != RecordEditing.Kind.DATE)) {
                return;
            }
            Consumer<Object> apply = v -> edit(component.getName(), v);
            try {
                switch (kind) {
                    case DOUBLE -> apply.accept(RecordEditing.parseDouble(value.toString()));
                    case INTEGER -> apply.accept(wholeNumber(value.toString(), Integer.MAX_VALUE).intValue());
                    case LONG -> apply.accept(wholeNumber(value.toString(), Long.MAX_VALUE));
                    case STRING_LIST -> apply.accept(RecordEditing.parseStrings(value.toString()));
                    case DATE -> apply.accept(value instanceof java.time.LocalDate d ? d
                            : RecordEditing.parseDate(value.toString()));
                    case DOUBLE_LIST -> apply.accept(RecordEditing.parseDoubles(value.toString()));
                    default -> apply.accept(value);
                }
                message.set("");
            } catch (IllegalArgumentException e) {
                refuse(value, e);
            }
        }

        /**
         * A refused value: text fields say so under the field, stating the accepted range when the record declares
         * one ({@code SettingRange}); other editors in the sheet's message line. Nothing is applied.
         */
        private void refuse(Object value, IllegalArgumentException e) {
            if (!editedAsText()) {
                error.setText(getName() + ": " + e.getMessage());
                return;
            }
            String range = RecordEditing.rangeText(component);
            message.set(range.isEmpty() ? e.getMessage()
                    : "Enter " + range + " (not \"" + String.valueOf(value).strip() + "\")");
        }

        /** A whole number, with thousands separators allowed ("4,096"); otherwise a message that says what is. */
        private Long wholeNumber(String text, long max) {
            String digits = text.strip().replace(",", "").replace("_", "").replace(" ", "");
            try {
                long v = Long.parseLong(digits);
                if (Math.abs(v) > max) {
                    throw new NumberFormatException();
                }
                return v;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("must be a whole number (at most "
                        + String.format(java.util.Locale.ROOT, "%,d", max) + "), got \"" + text.strip() + "\"");
            }
        }

        @Override
        public Optional<ObservableValue<? extends Object>> getObservableValue() {
            return Optional.of(shown);
        }
    }
}

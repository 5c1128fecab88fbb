package dev.scalinglens.app.export;

import dev.scalinglens.export.ExportOptions;
import dev.scalinglens.export.ExportPreset;
import java.io.ByteArrayInputStream;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;

/** The export form beside its live preview. Binds to the view model; computes nothing itself. */
public final class ExportDialogView extends BorderPane {

    public ExportDialogView(ExportDialogViewModel model) {
        ComboBox<ExportPreset> presets = new ComboBox<>(FXCollections.observableArrayList(ExportPreset.ALL));
        presets.setId("preset");
        presets.setCellFactory(list -> new PresetCell());
        presets.setButtonCell(new PresetCell());
        presets.valueProperty().bindBidirectional(model.presetProperty());

        CheckBox custom = new CheckBox("Exact pixels");
        custom.setId("customPixels");
        custom.selectedProperty().bindBidirectional(model.customPixelsProperty());
        custom.disableProperty().bind(model.exactPixelsAvailableProperty().not());
        Spinner<Integer> width = pixelSpinner("pixelWidth", model.pixelWidthProperty().get());
        Spinner<Integer> height = pixelSpinner("pixelHeight", model.pixelHeightProperty().get());
        width.valueProperty().addListener((obs, old, value) -> model.pixelWidthProperty().set(value));
        height.valueProperty().addListener((obs, old, value) -> model.pixelHeightProperty().set(value));
        width.disableProperty().bind(custom.selectedProperty().not().or(custom.disabledProperty()));
        height.disableProperty().bind(width.disableProperty());

        CheckBox editableText = choice("svgEditableText", "Editable SVG text (font embedded)",
                "Off: text is drawn as outlines and looks the same in browsers, Inkscape and rsvg.\nOn: text stays"
                        + " selectable and editable; viewers that ignore the embedded font substitute another, which"
                        + " may be wider.", model.svgEditableTextProperty(), model.svgTextChoiceAvailableProperty());
        CheckBox slideLayout = choice("slideLayout", "Slide layout (text for a projector)",
                "The whole slide at 1080p projector size: text at least 24 px (12 pt), the chart's top 12 labels,\na"
                        + " legend of what is drawn, title-safe margins. Off: the screen layout at the preset's size.",
                model.slideLayoutProperty(), model.slideLayoutAvailableProperty());

        TextField title = textField("title", model.titleProperty());
        TextField subtitle = textField("subtitle", model.subtitleProperty());
        TextField footnote = textField("footnote", model.footnoteProperty());

        Label size = new Label();
        size.setId("size");
        size.textProperty().bind(model.sizeTextProperty());
        Label message = new Label();
        message.setId("message");
        message.textProperty().bind(model.messageProperty());

        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(8);
        form.addRow(0, new Label("Preset"), presets);
        form.addRow(1, new Label(""), slideLayout);
        form.addRow(2, custom, new HBox(4, width, new Label("×"), height));
        form.addRow(3, new Label("Size"), size);
        form.addRow(4, new Label("Title"), title);
        form.addRow(5, new Label("Subtitle"), subtitle);
        form.addRow(6, new Label("Source line"), footnote);
        form.addRow(7, new Label(""), editableText);

        ImageView preview = new ImageView();
        preview.setId("preview");
        preview.setPreserveRatio(true);
        preview.setFitWidth(ExportDialogViewModel.PREVIEW_WIDTH_PX);
        preview.imageProperty().bind(Bindings.createObjectBinding(
                () -> model.previewPngProperty().get() == null ? null
                        : new Image(new ByteArrayInputStream(model.previewPngProperty().get())),
                model.previewPngProperty()));

        setLeft(form);
        // Room for a 16:9 preview from the start: it is drawn in the background and arrives after the
        // dialog has been sized.
        javafx.scene.layout.StackPane previewBox = new javafx.scene.layout.StackPane(preview);
        previewBox.setMinSize(ExportDialogViewModel.PREVIEW_WIDTH_PX, ExportDialogViewModel.PREVIEW_WIDTH_PX * 9 / 16);
        previewBox.setAlignment(javafx.geometry.Pos.TOP_CENTER);
        setCenter(previewBox);
        setBottom(message);
        setPadding(new Insets(12));
        BorderPane.setMargin(previewBox, new Insets(0, 0, 0, 12));

        model.optionsProperty().addListener((obs, old, options) -> model.refreshPreview());
        model.refreshPreview();
    }

    /** A check box bound to {@code chosen}, greyed out while {@code available} is false. */
    private static CheckBox choice(String id, String text, String tip, javafx.beans.property.BooleanProperty chosen,
                                   javafx.beans.value.ObservableBooleanValue available) {
        CheckBox box = new CheckBox(text);
        box.setId(id);
        box.setTooltip(new Tooltip(tip));
        box.selectedProperty().bindBidirectional(chosen);
        box.disableProperty().bind(Bindings.not(available));
        return box;
    }

    private static Spinner<Integer> pixelSpinner(String id, int initial) {
        Spinner<Integer> spinner = new Spinner<>(1, ExportOptions.MAX_PIXELS_PER_SIDE, initial, 10);
        spinner.setId(id);
        spinner.setEditable(true);
        spinner.setPrefWidth(100);
        return spinner;
    }

    private static TextField textField(String id, javafx.beans.property.StringProperty property) {
        TextField field = new TextField();
        field.setId(id);
        field.setPrefColumnCount(28);
        field.textProperty().bindBidirectional(property);
        return field;
    }

    private static final class PresetCell extends ListCell<ExportPreset> {
        @Override
        protected void updateItem(ExportPreset preset, boolean empty) {
            super.updateItem(preset, empty);
            setText(empty || preset == null ? null : preset.label());
        }
    }
}

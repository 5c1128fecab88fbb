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

        CheckBox editableText = new CheckBox("Editable SVG text (font embedded)");
        editableText.setId("svgEditableText");
        editableText.setTooltip(new Tooltip("Off: text is drawn as outlines and looks the same in browsers, Inkscape"
                + " and rsvg.\nOn: text stays selectable and editable; viewers that ignore the embedded font"
                + " substitute another, which may be wider."));
        editableText.selectedProperty().bindBidirectional(model.svgEditableTextProperty());
        editableText.disableProperty().bind(model.svgTextChoiceAvailableProperty().not());

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
        form.addRow(1, custom, new HBox(4, width, new Label("×"), height));
        form.addRow(2, new Label("Size"), size);
        form.addRow(3, new Label("Title"), title);
        form.addRow(4, new Label("Subtitle"), subtitle);
        form.addRow(5, new Label("Source line"), footnote);
        form.addRow(6, new Label(""), editableText);

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

package dev.scalinglens.app.dialogs;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Production dialogs: file choosers and alerts owned by the main window. */
public final class FxUserDialogs implements UserDialogs {

    private static final FileChooser.ExtensionFilter JSON = new FileChooser.ExtensionFilter("JSON files", "*.json");

    private final Window owner;
    private final FxErrorReporter errors;
    private File lastDirectory;

    public FxUserDialogs(Window owner) {
        this.owner = owner;
        this.errors = new FxErrorReporter(owner);
    }

    @Override
    public List<Path> chooseCatalogs(String title) {
        FileChooser chooser = chooser(title, JSON);
        List<File> files = chooser.showOpenMultipleDialog(owner);
        return files == null ? List.of() : remember(files).stream().map(File::toPath).toList();
    }

    @Override
    public Path chooseWorkspaceToOpen() {
        File f = chooser("Open workspace", JSON).showOpenDialog(owner);
        return f == null ? null : remember(List.of(f)).get(0).toPath();
    }

    @Override
    public Path chooseFigureToOpen() {
        FileChooser chooser = chooser("Open figure", new FileChooser.ExtensionFilter(
                "Figures exported by Scaling Lens", "*.png", "*.svg", "*.pdf", "*.pptx"));
        File f = chooser.showOpenDialog(owner);
        return f == null ? null : remember(List.of(f)).get(0).toPath();
    }

    @Override
    public Path chooseWorkspaceToSave() {
        FileChooser chooser = chooser("Save workspace", JSON);
        chooser.setInitialFileName("workspace.json");
        File f = chooser.showSaveDialog(owner);
        return f == null ? null : remember(List.of(f)).get(0).toPath();
    }

    @Override
    public Path chooseCsvTarget() {
        FileChooser chooser = chooser("Export table as CSV", new FileChooser.ExtensionFilter("CSV files", "*.csv"));
        chooser.setInitialFileName("models.csv");
        File f = chooser.showSaveDialog(owner);
        return f == null ? null : remember(List.of(f)).get(0).toPath();
    }

    private FileChooser chooser(String title, FileChooser.ExtensionFilter filter) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(filter);
        if (lastDirectory != null && lastDirectory.isDirectory()) {
            chooser.setInitialDirectory(lastDirectory);
        }
        return chooser;
    }

    private List<File> remember(List<File> files) {
        if (!files.isEmpty()) {
            lastDirectory = files.get(0).getAbsoluteFile().getParentFile();
        }
        return files;
    }

    @Override
    public boolean confirm(String title, String message) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, message, ButtonType.YES, ButtonType.NO);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(title);
        return alert.showAndWait().filter(ButtonType.YES::equals).isPresent();
    }

    @Override
    public void showInformation(String title, String message) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, message, ButtonType.OK);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(title);
        if (message.lines().count() > 12) {
            // A long list (Help › Keys and mouse gestures): wide enough that its lines do not wrap.
            alert.getDialogPane().setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            alert.getDialogPane().setPrefWidth(720);
            alert.setResizable(true);
        }
        alert.show();
    }

    @Override
    public void showError(String title, String message, String details) {
        errors.showError(title, message, details);
    }
}

package dev.scalinglens.app.export;

import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.util.Duration;
import javafx.stage.Window;
import org.controlsfx.control.Notifications;
import org.controlsfx.control.action.Action;

/**
 * Says that an export or a copy happened, in the corner of the window, with "Open" and "Show in folder"
 * for a written file: a silent export left users unsure whether (and where) anything was written.
 */
final class ExportNotices {

    private static final Duration SHOWN_FOR = Duration.seconds(8);

    private final Window owner;
    private final Consumer<String> openLink;

    ExportNotices(Window owner, Consumer<String> openLink) {
        this.owner = owner;
        this.openLink = openLink;
    }

    void exported(Path file) {
        Path absolute = file.toAbsolutePath();
        Action open = new Action("Open", e -> openLink.accept(absolute.toUri().toString()));
        Action folder = new Action("Show in folder", e -> openLink.accept(absolute.getParent().toUri().toString()));
        base("Exported", absolute.getFileName() + " written to " + absolute.getParent())
                .action(open, folder)
                .showInformation();
    }

    void copied() {
        base("Copied", "The chart is on the clipboard as PNG and SVG, with its view.").showInformation();
    }

    private Notifications base(String title, String text) {
        Notifications n = Notifications.create().title(title).text(text).position(Pos.BOTTOM_RIGHT)
                .hideAfter(SHOWN_FOR);
        return owner == null ? n : n.owner(owner);
    }
}

package dev.scalinglens.app.dialogs;

import dev.scalinglens.export.ClipboardPayload;
import java.io.ByteArrayInputStream;
import javafx.scene.image.Image;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DataFormat;

/** The one place the app writes to the system clipboard: text, a snapshot image or an exported figure. */
public final class SystemClipboard {

    private SystemClipboard() {
    }

    public static void putText(String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
    }

    public static void putImage(Image image) {
        ClipboardContent content = new ClipboardContent();
        content.putImage(image);
        Clipboard.getSystemClipboard().setContent(content);
    }

    /** A copied chart: the PNG for image editors, HTML and the view JSON, and each text flavour it carries. */
    public static void putFigure(ClipboardPayload payload) {
        ClipboardContent content = new ClipboardContent();
        content.putImage(new Image(new ByteArrayInputStream(payload.png())));
        content.putHtml(payload.html());
        content.putString(payload.viewJson());
        payload.texts().forEach((type, text) -> {
            if (!"text/html".equals(type)) {
                content.put(format(type), text);
            }
        });
        Clipboard.getSystemClipboard().setContent(content);
    }

    /** A data format may be created once per JVM; later lookups find it. */
    private static synchronized DataFormat format(String mimeType) {
        DataFormat existing = DataFormat.lookupMimeType(mimeType);
        return existing != null ? existing : new DataFormat(mimeType);
    }
}

package dev.scalinglens.app.main;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.scalinglens.app.workspace.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** What a file given to the window is: an exported figure, a workspace or (any other JSON) a catalog. */
public final class FileKinds {

    private FileKinds() {
    }

    /** The files the window opens when given as the only command-line argument. */
    public static boolean isOpenableFile(Path file) {
        return Files.isRegularFile(file) && (lowerName(file).endsWith(".json") || isFigureFile(file));
    }

    /** True for figures this app exports (they embed the view that drew them). */
    public static boolean isFigureFile(Path file) {
        String name = lowerName(file);
        return name.endsWith(".png") || name.endsWith(".svg") || name.endsWith(".pdf") || name.endsWith(".pptx");
    }

    /** A workspace says so in its "format" field; a file without one counts as a workspace only by name. */
    static boolean isWorkspaceFile(Path file, ObjectMapper json) {
        if (lowerName(file).endsWith(".slens.json")) {
            return true;
        }
        try {
            JsonNode tree = json.readTree(file.toFile());
            return tree != null && Workspace.FORMAT.equals(tree.path("format").asText(null));
        } catch (IOException e) {
            return false; // the catalog loader will report what is wrong with it
        }
    }

    private static String lowerName(Path file) {
        return String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
    }
}

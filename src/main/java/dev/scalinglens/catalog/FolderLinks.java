package dev.scalinglens.catalog;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Symbolic links met while listing a folder of inputs (a catalog folder, a folder of result files) that cannot
 * be followed: a loop ({@code a.json → b.json → a.json}, or a link to its own folder or one above it) or a
 * broken link. Readers report them as a warning instead of skipping them without a word.
 */
public final class FolderLinks {

    /** Linux follows at most 40 links in a path (ELOOP beyond). */
    private static final int MAX_HOPS = 40;

    private FolderLinks() {
    }

    /** Why the folder entry, a symbolic link, cannot be followed; null when it is not a link or can be. */
    public static String problem(Path entry) {
        if (!Files.isSymbolicLink(entry)) {
            return null;
        }
        List<String> chain = new ArrayList<>();
        chain.add(entry.getFileName().toString());
        Set<Path> seen = new HashSet<>();
        seen.add(entry.toAbsolutePath().normalize());
        Path current = entry.toAbsolutePath().normalize();
        try {
            for (int hop = 0; hop < MAX_HOPS; hop++) {
                if (!Files.isSymbolicLink(current)) {
                    return folderLoop(entry, current);
                }
                Path target = Files.readSymbolicLink(current);
                Path parent = current.getParent();
                Path next = (parent == null ? target : parent.resolve(target)).normalize();
                chain.add(target.toString());
                if (!seen.add(next)) {
                    return "symbolic link loop (" + String.join(" → ", chain) + "): skipped";
                }
                current = next;
            }
            return "symbolic link chain longer than " + MAX_HOPS + " links (" + chain.get(0) + " → "
                    + chain.get(1) + " → ...): skipped";
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return "cannot follow symbolic link (" + e.getClass().getSimpleName() + "): skipped";
        }
    }

    private static String folderLoop(Path entry, Path end) throws IOException {
        if (!Files.exists(end)) {
            return "broken symbolic link (to " + end + ", which does not exist): skipped";
        }
        Path folder = entry.toAbsolutePath().getParent();
        if (Files.isDirectory(end) && folder != null && folder.toRealPath().startsWith(end.toRealPath())) {
            return "symbolic link loop (to " + end + ", its own folder or a folder above it): not followed";
        }
        return null;
    }
}

package dev.scalinglens.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a file so that readers see either the old file or the complete new one, never half of it:
 * content goes to a hidden temporary file in the same folder (so the final move stays on one file
 * system), which is flushed to disk and then replaces the target; the folder is flushed after the rename,
 * so a power cut cannot leave an empty file behind. On any failure the temporary file is deleted; one left
 * by a killed process (its name carries the writer's process id) is removed by the next write to that
 * folder or by {@link #removeStaleParts(Path)} at start-up.
 */
public final class AtomicFileWriter {

    /** Writes the content to a stream; may throw to abandon the file. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private static final String PART = ".part";
    private static final long OWN_PID = ProcessHandle.current().pid();
    /** {@code .NAME.PID-UUID.part}, or {@code .NAME.UUID.part} as older versions named them. */
    private static final Pattern PART_NAME = Pattern.compile(
            "\\..+\\.(?:(\\d+)-)?[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\.part");
    /** Temporary files this process is writing now, never stale. */
    private static final Set<Path> IN_PROGRESS = ConcurrentHashMap.newKeySet();

    private AtomicFileWriter() {
    }

    public static void write(Path target, byte[] bytes) throws ExportException {
        write(target, out -> out.write(bytes));
    }

    public static void write(Path target, Content content) throws ExportException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        checkFolder(absolute, folder);
        // Not Files.createTempFile: that makes the file owner-only (0600), and the moved file would keep
        // it. A plain new file gets the user's usual permissions.
        removeStaleParts(folder);
        Path temp = folder.resolve("." + absolute.getFileName() + "." + OWN_PID + "-" + UUID.randomUUID() + PART);
        FileChannel channel;
        try {
            channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new ExportException("cannot write " + absolute + ": folder " + folder
                    + " is not writable (" + reason(e) + ")", e);
        }
        IN_PROGRESS.add(temp);
        boolean moved = false;
        try {
            try (FileChannel ch = channel) {
                BufferedOutputStream out = new BufferedOutputStream(Channels.newOutputStream(ch));
                // Writers that close what they are given (Jackson does) must not close the channel before
                // it is flushed to disk.
                content.writeTo(new java.io.FilterOutputStream(out) {
                    @Override
                    public void write(byte[] b, int off, int len) throws IOException {
                        out.write(b, off, len);
                    }

                    @Override
                    public void close() throws IOException {
                        out.flush();
                    }
                });
                out.flush();
                ch.force(true);
            }
            move(temp, absolute);
            moved = true;
            syncFolder(folder);
        } catch (ExportException e) {
            throw e;
        } catch (IOException e) {
            throw new ExportException("cannot write " + absolute + ": " + reason(e), e);
        } finally {
            if (!moved) {
                deleteQuietly(temp);
            }
            IN_PROGRESS.remove(temp);
        }
    }

    /**
     * Deletes the temporary files of ours in {@code folder} that no live writer owns: those of a process
     * that is gone, and, for names without a process id (older versions), those over an hour old.
     */
    public static void removeStaleParts(Path folder) {
        if (folder == null || !Files.isDirectory(folder)) {
            return;
        }
        try (DirectoryStream<Path> parts = Files.newDirectoryStream(folder, ".*" + PART)) {
            for (Path part : parts) {
                if (isStale(part)) {
                    deleteQuietly(part);
                }
            }
        } catch (IOException | java.nio.file.DirectoryIteratorException e) {
            // An unlistable folder: the write itself will say what is wrong.
        }
    }

    private static boolean isStale(Path part) {
        if (IN_PROGRESS.contains(part)) {
            return false;
        }
        Matcher m = PART_NAME.matcher(part.getFileName().toString());
        if (!m.matches()) {
            return false; // not one of ours
        }
        if (m.group(1) != null) {
            long pid = Long.parseLong(m.group(1));
            return pid == OWN_PID || ProcessHandle.of(pid).map(ph -> !ph.isAlive()).orElse(true);
        }
        try {
            return Files.getLastModifiedTime(part).toMillis() < System.currentTimeMillis() - 3_600_000L;
        } catch (IOException e) {
            return false;
        }
    }

    /** Makes the rename itself durable; not every platform can open a folder (Windows cannot), which is fine. */
    private static void syncFolder(Path folder) {
        try (FileChannel dir = FileChannel.open(folder, StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // best effort
        }
    }

    private static void checkFolder(Path target, Path folder) throws ExportException {
        if (folder == null || !Files.isDirectory(folder)) {
            throw new ExportException("cannot write " + target + ": folder " + folder + " does not exist");
        }
        if (Files.isDirectory(target)) {
            throw new ExportException("cannot write " + target + ": it is a folder");
        }
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            // Some file systems (SMB shares, some FUSE mounts) cannot rename atomically; replacing is
            // still better than writing in place, because the temp file is already complete.
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static void deleteQuietly(Path temp) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException ignored) {
            // Nothing more we can do; the name starts with a dot and ends in .part, so it reads as debris.
        }
    }
}

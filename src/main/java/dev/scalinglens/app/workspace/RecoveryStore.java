package dev.scalinglens.app.workspace;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * One autosave file per running instance, in {@code recovery/} of the config folder, each beside a lock
 * file that its instance holds while it runs. A clean exit deletes both. At start-up an autosave whose
 * lock can be taken belongs to an instance that died: it is offered back once, then removed; an autosave
 * whose lock is held belongs to a live instance and is never touched, so two windows never take each
 * other's work.
 */
public final class RecoveryStore {

    private static final String PREFIX = "autosave-";
    private static final String WORKSPACE = ".json";
    private static final String LOCK = ".lock";

    private final Path folder;
    /** The single autosave file of versions before per-instance autosaves. */
    private final Path legacy;
    private final Path file;
    private final Path lockFile;
    private final WorkspaceStore store;
    private FileChannel lockChannel;
    private FileLock lock;

    public RecoveryStore(Path configDirectory, WorkspaceStore store) {
        this.folder = configDirectory.resolve("recovery");
        this.legacy = configDirectory.resolve("recovery-workspace.json");
        String instance = ProcessHandle.current().pid() + "-" + UUID.randomUUID().toString().substring(0, 8);
        this.file = folder.resolve(PREFIX + instance + WORKSPACE);
        this.lockFile = folder.resolve(PREFIX + instance + LOCK);
        this.store = store;
    }

    /** This instance's autosave file. */
    public Path file() {
        return file;
    }

    public void save(Workspace workspace) throws WorkspaceException {
        try {
            holdLock();
        } catch (IOException e) {
            throw new WorkspaceException("Cannot lock the autosave folder " + folder + ": " + e.getMessage(), e);
        }
        store.write(file, workspace);
    }

    private void holdLock() throws IOException {
        if (lock != null) {
            return;
        }
        Files.createDirectories(folder);
        lockChannel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        lock = lockChannel.tryLock();
        if (lock == null) {
            throw new IOException(lockFile + " is locked by another process");
        }
    }

    /**
     * The newest autosave left by an instance that is no longer running, claimed by this one (no other
     * instance can take it while the claim is held). Unreadable leftovers are removed on the way.
     */
    public Optional<Crashed> claimCrashed() {
        // Half-written files of a killed run (autosave, preferences) go at start-up.
        dev.scalinglens.export.AtomicFileWriter.removeStaleParts(folder.getParent());
        dev.scalinglens.export.AtomicFileWriter.removeStaleParts(folder);
        for (Path candidate : crashedCandidates()) {
            Optional<Crashed> claimed = claim(candidate);
            if (claimed.isPresent()) {
                return claimed;
            }
        }
        return Optional.empty();
    }

    private List<Path> crashedCandidates() {
        List<Path> found = new ArrayList<>();
        if (Files.isDirectory(folder)) {
            try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, PREFIX + "*" + WORKSPACE)) {
                for (Path f : files) {
                    if (!f.equals(file)) {
                        found.add(f);
                    }
                }
            } catch (IOException e) {
                System.err.println("Cannot list autosaves in " + folder + ": " + e.getMessage());
            }
        }
        found.sort(Comparator.comparingLong(RecoveryStore::modifiedMillis).reversed());
        if (Files.isRegularFile(legacy)) {
            found.add(legacy);
        }
        return found;
    }

    private static long modifiedMillis(Path p) {
        try {
            return Files.getLastModifiedTime(p).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }

    private Optional<Crashed> claim(Path workspaceFile) {
        Path ownerLock = workspaceFile.equals(legacy) ? null : lockOf(workspaceFile);
        FileChannel channel = null;
        FileLock held = null;
        try {
            if (ownerLock != null) {
                channel = FileChannel.open(ownerLock, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                held = channel.tryLock();
                if (held == null) {
                    channel.close();
                    return Optional.empty(); // its instance is alive
                }
            }
        } catch (OverlappingFileLockException e) {
            close(channel);
            return Optional.empty(); // held by a live window of this very process
        } catch (IOException e) {
            close(channel);
            System.err.println("Cannot check the autosave " + workspaceFile + ": " + e.getMessage());
            return Optional.empty();
        }
        Crashed crashed = new Crashed(workspaceFile, ownerLock, channel);
        try {
            return Optional.of(crashed.withWorkspace(store.read(workspaceFile)));
        } catch (WorkspaceException e) {
            System.err.println("Removing an unreadable autosave: " + e.getMessage());
            crashed.discard();
            return Optional.empty();
        }
    }

    private static Path lockOf(Path workspaceFile) {
        String name = workspaceFile.getFileName().toString();
        return workspaceFile.resolveSibling(name.substring(0, name.length() - WORKSPACE.length()) + LOCK);
    }

    /** A clean exit: this instance's autosave and lock go; other instances' files stay. */
    public void delete() {
        deleteQuietly(file);
        releaseLock();
        deleteQuietly(lockFile);
    }

    /** Lets go of the lock and leaves the autosave behind, as a killed process does (for tests of recovery). */
    public void abandon() {
        releaseLock();
    }

    private void releaseLock() {
        close(lockChannel); // closing the channel releases its lock
        lockChannel = null;
        lock = null;
    }

    private static void close(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                System.err.println("Could not close a lock: " + e.getMessage());
            }
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            System.err.println("Could not delete " + p + ": " + e.getMessage());
        }
    }

    /** A dead instance's autosave, claimed: offer {@link #workspace()}, then {@link #discard()} it. */
    public static final class Crashed {
        private final Path file;
        private final Path lockFile;
        private final FileChannel lockChannel;
        private Workspace workspace;

        private Crashed(Path file, Path lockFile, FileChannel lockChannel) {
            this.file = file;
            this.lockFile = lockFile;
            this.lockChannel = lockChannel;
        }

        private Crashed withWorkspace(Workspace read) {
            this.workspace = read;
            return this;
        }

        public Workspace workspace() {
            return workspace;
        }

        public Path file() {
            return file;
        }

        /** Offered once: the autosave and its lock are removed whatever the answer. */
        public void discard() {
            deleteQuietly(file);
            close(lockChannel);
            if (lockFile != null) {
                deleteQuietly(lockFile);
            }
        }
    }
}

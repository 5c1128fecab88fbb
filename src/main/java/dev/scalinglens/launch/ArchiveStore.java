package dev.scalinglens.launch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.zip.CRC32;

/**
 * Class-data archives of {@code java -jar} starts, in the user's cache folder: one per jar file (its path,
 * size and time), JVM and {@link RunKind}. The JVM refuses an archive made for another jar or JVM, so the name
 * carries both and a rebuilt jar gets a new archive; archives of an earlier build of the same jar are deleted
 * when the new one is published.
 */
final class ArchiveStore {

    private final Path directory;

    ArchiveStore(Path directory) {
        this.directory = directory;
    }

    /** {@code $XDG_CACHE_HOME}, {@code %LOCALAPPDATA%}, ~/Library/Caches or ~/.cache, then scalinglens/cds. */
    static ArchiveStore inUserCache() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        Path home = Path.of(System.getProperty("user.home"));
        String xdg = System.getenv("XDG_CACHE_HOME");
        String localAppData = System.getenv("LOCALAPPDATA");
        Path cache;
        if (os.startsWith("windows") && localAppData != null) {
            cache = Path.of(localAppData);
        } else if (os.startsWith("mac")) {
            cache = home.resolve("Library").resolve("Caches");
        } else if (xdg != null && !xdg.isBlank()) {
            cache = Path.of(xdg);
        } else {
            cache = home.resolve(".cache");
        }
        return new ArchiveStore(cache.resolve("scalinglens").resolve("cds"));
    }

    /** The archive for this jar, JVM and kind (it may not exist yet). */
    Path archiveFor(Path jar, RunKind kind) throws IOException {
        String build = Files.size(jar) + "|" + Files.getLastModifiedTime(jar).toMillis() + "|"
                + System.getProperty("java.home") + "|" + System.getProperty("java.vm.version");
        return directory.resolve(prefix(jar, kind) + crc(build) + ".jsa");
    }

    /** Where the JVM writes a new archive; {@link #publish} moves it into place once the JVM has exited. */
    Path temporaryFor(Path archive) throws IOException {
        Files.createDirectories(directory);
        return archive.resolveSibling(archive.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
    }

    /**
     * Moves a finished archive into place (two first starts at once: the last one wins, both archives are
     * good) and deletes the same jar's and kind's archives of earlier builds.
     */
    void publish(Path temporary, Path archive, Path jar, RunKind kind) throws IOException {
        if (!Files.isRegularFile(temporary) || Files.size(temporary) == 0) {
            Files.deleteIfExists(temporary);
            return;
        }
        try {
            Files.move(temporary, archive, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, archive, StandardCopyOption.REPLACE_EXISTING);
        }
        try (DirectoryStream<Path> earlier = Files.newDirectoryStream(directory, prefix(jar, kind) + "*.jsa")) {
            for (Path old : earlier) {
                if (!old.equals(archive)) {
                    Files.deleteIfExists(old);
                }
            }
        }
    }

    private static String prefix(Path jar, RunKind kind) {
        return kind.archiveName() + "-" + crc(jar.toAbsolutePath().normalize().toString()) + "-";
    }

    private static String crc(String text) {
        CRC32 crc = new CRC32();
        crc.update(text.getBytes(StandardCharsets.UTF_8));
        return String.format("%08x", crc.getValue());
    }
}

package dev.scalinglens.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArchiveStoreTest {

    @TempDir
    Path dir;

    @Test
    void aRebuiltJarGetsANewArchiveAndEachKindItsOwn() throws Exception {
        ArchiveStore store = new ArchiveStore(dir.resolve("cds"));
        Path jar = Files.writeString(dir.resolve("app.jar"), "build 1");
        Path first = store.archiveFor(jar, RunKind.WINDOW);
        assertNotEquals(first, store.archiveFor(jar, RunKind.EXPORT));
        Files.writeString(jar, "build two");
        assertNotEquals(first, store.archiveFor(jar, RunKind.WINDOW));
    }

    @Test
    void publishingReplacesTheArchivesOfEarlierBuildsOfTheSameJarAndKindOnly() throws Exception {
        Path cds = dir.resolve("cds");
        ArchiveStore store = new ArchiveStore(cds);
        Path jar = Files.writeString(dir.resolve("app.jar"), "build 1");
        Path oldWindow = publish(store, jar, RunKind.WINDOW);
        Path export = publish(store, jar, RunKind.EXPORT);
        Path otherJar = Files.writeString(dir.resolve("other.jar"), "x");
        Path otherJarsWindow = publish(store, otherJar, RunKind.WINDOW);
        Files.writeString(jar, "build two");
        Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 1000));
        Path newWindow = publish(store, jar, RunKind.WINDOW);

        assertEquals(List.of(export, newWindow, otherJarsWindow).stream().map(Path::getFileName).sorted().toList(),
                files(cds));
        assertFalse(Files.exists(oldWindow));
    }

    @Test
    void anArchiveTheJvmDidNotWriteIsNotPublished() throws Exception {
        Path cds = dir.resolve("cds");
        ArchiveStore store = new ArchiveStore(cds);
        Path jar = Files.writeString(dir.resolve("app.jar"), "build 1");
        Path archive = store.archiveFor(jar, RunKind.DECK);
        Path empty = Files.createFile(store.temporaryFor(archive));
        store.publish(empty, archive, jar, RunKind.DECK);
        assertTrue(files(cds).isEmpty());
        store.publish(store.temporaryFor(archive), archive, jar, RunKind.DECK);
        assertTrue(files(cds).isEmpty());
    }

    private static Path publish(ArchiveStore store, Path jar, RunKind kind) throws Exception {
        Path archive = store.archiveFor(jar, kind);
        Path temporary = Files.writeString(store.temporaryFor(archive), "archive of " + jar + " " + kind);
        store.publish(temporary, archive, jar, kind);
        assertTrue(Files.isRegularFile(archive));
        return archive;
    }

    private static List<Path> files(Path dir) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(Path::getFileName).sorted().toList();
        }
    }
}

package dev.scalinglens.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileWriterTest {

    @TempDir
    Path folder;

    @Test
    void writeReplacesTheFileAndLeavesNoTemporaryFile() throws Exception {
        Path target = folder.resolve("chart.png");
        Files.write(target, new byte[] {1, 2, 3});

        AtomicFileWriter.write(target, new byte[] {4, 5});

        assertArrayEquals(new byte[] {4, 5}, Files.readAllBytes(target));
        assertEquals(List.of("chart.png"), List.of(folder.toFile().list()));
    }

    @Test
    void writeGivesTheFileTheSamePermissionsAsAnyNewFile() throws Exception {
        assumeTrue(folder.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Path plain = Files.createFile(folder.resolve("plain.txt"));
        Path target = folder.resolve("chart.svg");

        AtomicFileWriter.write(target, new byte[] {1});

        assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(target));
    }

    @Test
    void writeFailingHalfwayKeepsTheOldFileAndDeletesTheTemporaryFile() throws Exception {
        Path target = folder.resolve("deck.pptx");
        Files.write(target, new byte[] {1, 2, 3});

        ExportException error = assertThrows(ExportException.class, () -> AtomicFileWriter.write(target, out -> {
            out.write(new byte[1000]);
            throw new IOException("disk full");
        }));

        assertEquals("cannot write " + target + ": disk full", error.getMessage());
        assertArrayEquals(new byte[] {1, 2, 3}, Files.readAllBytes(target));
        assertEquals(List.of("deck.pptx"), List.of(folder.toFile().list()));
    }

    @Test
    void writeFailingWithRuntimeErrorLeavesNothingBehind() {
        Path target = folder.resolve("new.svg");

        assertThrows(IllegalStateException.class, () -> AtomicFileWriter.write(target, out -> {
            out.write(42);
            throw new IllegalStateException("renderer bug");
        }));

        assertEquals(0, folder.toFile().list().length);
    }

    @Test
    void writeIntoMissingFolderSaysWhichFolder() {
        Path target = folder.resolve("missing").resolve("chart.png");

        ExportException error = assertThrows(ExportException.class, () -> AtomicFileWriter.write(target, new byte[1]));

        assertEquals("cannot write " + target + ": folder " + target.getParent() + " does not exist", error.getMessage());
    }

    @Test
    void writeOntoAFolderSaysItIsAFolder() throws Exception {
        Path target = Files.createDirectory(folder.resolve("chart.png"));

        ExportException error = assertThrows(ExportException.class, () -> AtomicFileWriter.write(target, new byte[1]));

        assertEquals("cannot write " + target + ": it is a folder", error.getMessage());
    }

    @org.junit.jupiter.api.Test
    void nextWriteRemovesPartsOfDeadWritersOnly(@org.junit.jupiter.api.io.TempDir Path folder) throws Exception {
        long livePid = ProcessHandle.current().parent().map(ProcessHandle::pid).orElseThrow();
        long deadPid = deadPid();
        Path dead = Files.writeString(folder.resolve(".talk.pptx." + deadPid + "-" + java.util.UUID.randomUUID() + ".part"), "x");
        Path live = Files.writeString(folder.resolve(".talk.pptx." + livePid + "-" + java.util.UUID.randomUUID() + ".part"), "x");
        Path oldStyleFresh = Files.writeString(folder.resolve(".a.png." + java.util.UUID.randomUUID() + ".part"), "x");
        Path notOurs = Files.writeString(folder.resolve(".notes.part"), "x");
        AtomicFileWriter.write(folder.resolve("other.png"), new byte[] {1, 2, 3});
        org.junit.jupiter.api.Assertions.assertFalse(Files.exists(dead), "a killed writer's part is removed");
        org.junit.jupiter.api.Assertions.assertTrue(Files.exists(live), "a live writer's part is kept");
        org.junit.jupiter.api.Assertions.assertTrue(Files.exists(oldStyleFresh), "a recent part without pid is kept");
        org.junit.jupiter.api.Assertions.assertTrue(Files.exists(notOurs));
        org.junit.jupiter.api.Assertions.assertArrayEquals(new byte[] {1, 2, 3}, Files.readAllBytes(folder.resolve("other.png")));
    }

    /** A process id that no process has now: one of a child that has exited. */
    private static long deadPid() throws Exception {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-version")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        p.waitFor();
        return p.pid();
    }

    @Test
    void contentThatClosesItsStreamIsStillWrittenWhole(@TempDir Path folder) throws Exception {
        Path target = folder.resolve("catalog.json");
        AtomicFileWriter.write(target, out -> {
            out.write("{\"a\": 1}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            out.close(); // as Jackson's writers do
        });
        assertEquals("{\"a\": 1}", Files.readString(target));
    }
}

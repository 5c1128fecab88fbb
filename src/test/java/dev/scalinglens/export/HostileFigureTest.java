package dev.scalinglens.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scalinglens.testing.HostileFiles;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Figures of any size are answered from their first bytes and their text chunks, never by loading them. */
class HostileFigureTest {

    @TempDir
    Path dir;

    private Path sparse(String name, byte[] head, long size) throws Exception {
        return HostileFiles.sparse(dir, name, head, size);
    }

    private static final int HEADER_BYTES = HostileFiles.PNG_HEADER_BYTES;

    private static byte[] signatureAndHeader() {
        return HostileFiles.pngSignatureAndHeader();
    }

    @Test
    void aThreeGigabyteSvgIsRefusedWithItsSize() throws Exception {
        Path svg = sparse("huge.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\">".getBytes(StandardCharsets.UTF_8),
                3L << 30);
        ExportException e = assertThrows(ExportException.class, () -> FigureViewReader.find(svg));
        assertTrue(e.getMessage().contains("huge.svg is 3072 MiB"), e.getMessage());
    }

    /** A PNG whose one IDAT chunk claims a gigabyte of zeros: the reader skips it instead of loading it. */
    @Test
    void aGigabytePngIsStreamedPastItsImageData() throws Exception {
        long idatLength = 1L << 30;
        ByteBuffer head = ByteBuffer.allocate(HEADER_BYTES + 8);
        head.put(signatureAndHeader()).putInt((int) idatLength).put("IDAT".getBytes(StandardCharsets.ISO_8859_1));
        long idatEnd = HEADER_BYTES + 8 + idatLength + 4;
        Path png = sparse("zeros.png", head.array(), idatEnd + 12);
        try (RandomAccessFile f = new RandomAccessFile(png.toFile(), "rw")) {
            f.seek(idatEnd);
            f.write(new byte[] {0, 0, 0, 0, 'I', 'E', 'N', 'D', 0, 0, 0, 0});
        }
        assertEquals(Optional.empty(), FigureViewReader.find(png));
    }

    @Test
    void aPngChunkRunningPastTheEndIsNamed() throws Exception {
        ByteBuffer head = ByteBuffer.allocate(HEADER_BYTES + 8 + 4);
        head.put(signatureAndHeader()).putInt(Integer.MAX_VALUE).put("tEXt".getBytes(StandardCharsets.ISO_8859_1));
        Path png = Files.write(dir.resolve("cut.png"), head.array());
        ExportException e = assertThrows(ExportException.class, () -> FigureViewReader.find(png));
        assertTrue(e.getMessage().contains("chunk tEXt runs past the end"), e.getMessage());
    }
}

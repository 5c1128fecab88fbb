package dev.scalinglens.testing;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Files that would be expensive if read whole, made cheaply for tests of the readers' bounds. */
public final class HostileFiles {

    /** The eight bytes every PNG starts with. */
    public static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    /** Signature plus an IHDR chunk (13 data bytes; CRC not checked by the reader), as every PNG starts. */
    public static final int PNG_HEADER_BYTES = 8 + 12 + 13;

    private HostileFiles() {
    }

    /** A sparse file: {@code head}, then zeros up to {@code size}; the size costs no disk. */
    public static Path sparse(Path dir, String name, byte[] head, long size) throws IOException {
        Path file = dir.resolve(name);
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.write(head);
            f.setLength(size);
        }
        return file;
    }

    /** The signature and a 1 x 1 pixel IHDR chunk. */
    public static byte[] pngSignatureAndHeader() {
        ByteBuffer b = ByteBuffer.allocate(PNG_HEADER_BYTES);
        b.put(PNG_SIGNATURE).putInt(13).put("IHDR".getBytes(StandardCharsets.ISO_8859_1));
        b.putInt(1).putInt(1).put(new byte[] {8, 2, 0, 0, 0}).putInt(0);
        return b.array();
    }
}

package dev.scalinglens.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.zip.CRC32;

/**
 * Stores the view JSON in a PNG as an uncompressed international-text chunk (iTXt, PNG specification
 * 3rd ed., section 11.3.3.4) with the keyword {@value #KEYWORD}, placed just before IEND so no image
 * data moves. Viewers ignore it; image editors usually keep text chunks.
 */
public final class PngViewChunk {

    public static final String KEYWORD = "scalinglens:view";

    /** The eight bytes every PNG starts with (PNG specification, section 5.2). */
    /** The largest text chunk read: a view is a few kilobytes; 16 MiB leaves room for thousands of pins. */
    static final int MAX_TEXT_CHUNK_BYTES = 16 << 20;
    static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private static final int LENGTH_TYPE_CRC_BYTES = 12;
    /**
     * The most chunks read before giving up. Encoders split image data into IDAT chunks of 8–64 KiB, so even a
     * gigabyte-sized real PNG has well under this many; a file of empty chunks is refused in about a second.
     */
    static final int MAX_CHUNKS = 1_000_000;

    private PngViewChunk() {
    }

    public static boolean isPng(byte[] bytes) {
        return bytes.length >= SIGNATURE.length && Arrays.equals(bytes, 0, SIGNATURE.length, SIGNATURE, 0, SIGNATURE.length);
    }

    /** The PNG with the view chunk inserted before IEND; an older view chunk is replaced. */
    public static byte[] embed(byte[] png, String viewJson) throws ExportException {
        byte[] clean = remove(png);
        int iend = findChunk(clean, "IEND");
        byte[] chunk = chunk("iTXt", itxtData(viewJson));
        ByteArrayOutputStream out = new ByteArrayOutputStream(clean.length + chunk.length);
        out.write(clean, 0, iend);
        out.write(chunk, 0, chunk.length);
        out.write(clean, iend, clean.length - iend);
        return out.toByteArray();
    }

    /** The view JSON, if this PNG carries one (iTXt or tEXt with our keyword). */
    public static Optional<String> read(byte[] png) throws ExportException {
        for (Chunk chunk : chunks(png)) {
            Optional<String> text = ourText(png, chunk);
            if (text.isPresent()) {
                return text;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> ourText(byte[] png, Chunk chunk) throws ExportException {
        if (!isText(chunk.type)) {
            return Optional.empty();
        }
        return ourText(chunk.type, Arrays.copyOfRange(png, chunk.dataStart(), chunk.dataStart() + chunk.length));
    }

    private static boolean isText(String type) {
        return type.equals("iTXt") || type.equals("tEXt");
    }

    /**
     * The view JSON read from a PNG file without loading it: chunk headers are read and image data is
     * skipped, so a huge or hostile file costs no more memory than its text chunks (each at most
     * {@link #MAX_TEXT_CHUNK_BYTES}).
     */
    public static Optional<String> read(Path file) throws ExportException {
        try (FileChannel in = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = in.size();
            ByteBuffer header = ByteBuffer.allocate(8);
            in.position(SIGNATURE.length);
            int count = 0;
            while (in.position() + LENGTH_TYPE_CRC_BYTES <= size) {
                header.clear();
                readFully(in, header);
                long length = Integer.toUnsignedLong(header.getInt(0));
                String type = new String(header.array(), 4, 4, StandardCharsets.ISO_8859_1);
                checkChunk(type, count++, in.position() - 8);
                long dataStart = in.position();
                if (length > Integer.MAX_VALUE || dataStart + length + 4 > size) {
                    throw new ExportException("damaged PNG: chunk " + type + " runs past the end of the file");
                }
                if (type.equals("IEND")) {
                    return Optional.empty();
                }
                if (isText(type)) {
                    if (length > MAX_TEXT_CHUNK_BYTES) {
                        throw new ExportException("PNG text chunk of " + length + " bytes; views are at most "
                                + MAX_TEXT_CHUNK_BYTES + " bytes");
                    }
                    ByteBuffer data = ByteBuffer.allocate((int) length);
                    readFully(in, data);
                    Optional<String> text = ourText(type, data.array());
                    if (text.isPresent()) {
                        return text;
                    }
                }
                in.position(dataStart + length + 4); // past the data and the CRC
            }
            throw new ExportException("damaged PNG: the file ends before its IEND chunk");
        } catch (ExportException e) {
            throw e;
        } catch (IOException e) {
            throw new ExportException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static void readFully(FileChannel in, ByteBuffer into) throws IOException {
        while (into.hasRemaining()) {
            if (in.read(into) < 0) {
                throw new java.io.EOFException("the file ends inside a chunk");
            }
        }
    }

    private static Optional<String> ourText(String type, byte[] data) throws ExportException {
        int nul = indexOf(data, 0);
        if (nul < 0 || !new String(data, 0, nul, StandardCharsets.ISO_8859_1).equals(KEYWORD)) {
            return Optional.empty();
        }
        if (type.equals("tEXt")) {
            return Optional.of(new String(data, nul + 1, data.length - nul - 1, StandardCharsets.ISO_8859_1));
        }
        // iTXt: keyword NUL, compression flag, compression method, language NUL, translated keyword NUL, text
        if (nul + 2 >= data.length || data[nul + 1] != 0) {
            throw new ExportException("the " + KEYWORD + " text chunk is compressed; Scaling Lens writes it uncompressed");
        }
        int language = indexOf(data, nul + 3);
        int translated = language < 0 ? -1 : indexOf(data, language + 1);
        if (translated < 0) {
            throw new ExportException("damaged PNG: the " + KEYWORD + " text chunk is truncated");
        }
        return Optional.of(new String(data, translated + 1, data.length - translated - 1, StandardCharsets.UTF_8));
    }

    private static byte[] itxtData(String text) {
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        data.writeBytes(KEYWORD.getBytes(StandardCharsets.ISO_8859_1));
        data.write(0); // end of keyword
        data.write(0); // compression flag: uncompressed
        data.write(0); // compression method
        data.write(0); // empty language tag
        data.write(0); // empty translated keyword
        data.writeBytes(text.getBytes(StandardCharsets.UTF_8));
        return data.toByteArray();
    }

    private static byte[] chunk(String type, byte[] data) {
        byte[] typeBytes = type.getBytes(StandardCharsets.ISO_8859_1);
        CRC32 crc = new CRC32(); // over type and data, not length (PNG specification, section 5.3)
        crc.update(typeBytes);
        crc.update(data);
        ByteBuffer chunk = ByteBuffer.allocate(LENGTH_TYPE_CRC_BYTES + data.length);
        chunk.putInt(data.length).put(typeBytes).put(data).putInt((int) crc.getValue());
        return chunk.array();
    }

    /** The PNG without any of our view chunks. */
    private static byte[] remove(byte[] png) throws ExportException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(png.length);
        out.write(png, 0, SIGNATURE.length);
        for (Chunk chunk : chunks(png)) {
            if (ourText(png, chunk).isEmpty()) {
                out.write(png, chunk.start, chunk.totalLength());
            }
        }
        return out.toByteArray();
    }

    /** Offset of the chunk of this type, or -1. */
    private static int findChunk(byte[] png, String wanted) throws ExportException {
        return chunks(png).stream().filter(c -> c.type.equals(wanted)).mapToInt(Chunk::start).findFirst().orElse(-1);
    }

    /** One chunk: its type and where it starts (at its length field). */
    private record Chunk(String type, int start, int length) {
        int dataStart() {
            return start + 8;
        }

        int totalLength() {
            return LENGTH_TYPE_CRC_BYTES + length;
        }
    }

    /** The chunks up to and including IEND, checked to lie inside the file. */
    private static List<Chunk> chunks(byte[] png) throws ExportException {
        requirePng(png);
        List<Chunk> chunks = new ArrayList<>();
        int at = SIGNATURE.length;
        while (at + LENGTH_TYPE_CRC_BYTES <= png.length) {
            int length = ByteBuffer.wrap(png, at, 4).getInt();
            String type = new String(png, at + 4, 4, StandardCharsets.ISO_8859_1);
            checkChunk(type, chunks.size(), at);
            if (length < 0 || at + LENGTH_TYPE_CRC_BYTES + (long) length > png.length) {
                throw new ExportException("damaged PNG: chunk " + type + " runs past the end of the file");
            }
            chunks.add(new Chunk(type, at, length));
            if (type.equals("IEND")) {
                return chunks;
            }
            at += LENGTH_TYPE_CRC_BYTES + length;
        }
        throw new ExportException("damaged PNG: the file ends before its IEND chunk");
    }

    /**
     * Refuses what no PNG encoder writes, before walking further: a first chunk other than IHDR (PNG
     * specification, section 5.6), a chunk type that is not four ASCII letters (section 5.4), or more than
     * {@link #MAX_CHUNKS} chunks. A zero-filled file after the signature is refused at its first chunk.
     */
    private static void checkChunk(String type, int index, long offset) throws ExportException {
        if (index == 0 && !type.equals("IHDR")) {
            throw new ExportException("damaged PNG: the first chunk is not IHDR (at byte " + offset + ")");
        }
        for (int i = 0; i < type.length(); i++) {
            char c = type.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z')) {
                throw new ExportException("damaged PNG: a chunk type at byte " + offset + " is not four letters");
            }
        }
        if (index >= MAX_CHUNKS) {
            throw new ExportException("PNG with more than " + MAX_CHUNKS + " chunks; not read further (at byte "
                    + offset + ")");
        }
    }

    private static void requirePng(byte[] bytes) throws ExportException {
        if (!isPng(bytes)) {
            throw new ExportException("not a PNG file (the PNG signature is missing)");
        }
    }

    private static int indexOf(byte[] data, int from) {
        for (int i = from; i < data.length; i++) {
            if (data[i] == 0) {
                return i;
            }
        }
        return -1;
    }
}

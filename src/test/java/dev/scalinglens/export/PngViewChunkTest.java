package dev.scalinglens.export;

import dev.scalinglens.charts.registry.ChartKind;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

class PngViewChunkTest {

    private final byte[] png = new FakeFigureRenderer().render(ChartView.defaults(ChartKind.DENSITY.id()), ExportFormat.PNG,
            ExportOptions.of(ExportFormat.PNG, SizePreset.SLIDE_16_9, 1));

    @Test
    void embedThenReadGivesTheJsonBack() throws Exception {
        String json = "{\"chart\":\"density\",\"title\":\"Dichte ρ — “quoted”\"}";

        assertEquals(Optional.of(json), PngViewChunk.read(PngViewChunk.embed(png, json)));
    }

    /** ImageIO's PNG reader is an independent check of chunk layout, CRC and iTXt fields. */
    @Test
    void embedWritesAnITxtChunkThatImageIoReads() throws Exception {
        byte[] tagged = PngViewChunk.embed(png, "{\"chart\":\"pareto\"}");

        ImageReader reader = ImageIO.getImageReadersByFormatName("png").next();
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(tagged))) {
            reader.setInput(in);
            assertEquals(90, reader.read(0).getHeight()); // 900 px slide, drawn at 1/10 by the fake
            IIOMetadata metadata = reader.getImageMetadata(0);
            Element entry = findEntry(metadata.getAsTree("javax_imageio_png_1.0"), "iTXtEntry");
            assertEquals(PngViewChunk.KEYWORD, entry.getAttribute("keyword"));
            assertEquals("{\"chart\":\"pareto\"}", entry.getAttribute("text"));
            assertEquals("FALSE", entry.getAttribute("compressionFlag"));
        } finally {
            reader.dispose();
        }
    }

    @Test
    void embedTwiceKeepsOnlyTheNewView() throws Exception {
        byte[] twice = PngViewChunk.embed(PngViewChunk.embed(png, "{\"old\":1}"), "{\"new\":2}");

        assertEquals(Optional.of("{\"new\":2}"), PngViewChunk.read(twice));
        assertEquals(PngViewChunk.embed(png, "{\"new\":2}").length, twice.length);
    }

    @Test
    void readPlainPngFindsNothing() throws Exception {
        assertEquals(Optional.empty(), PngViewChunk.read(png));
    }

    @Test
    void readNonPngSaysSo() {
        ExportException error = assertThrows(ExportException.class, () -> PngViewChunk.read("GIF89a".getBytes()));

        assertEquals("not a PNG file (the PNG signature is missing)", error.getMessage());
    }

    @Test
    void readTruncatedPngSaysWhichChunkIsDamaged() {
        byte[] truncated = java.util.Arrays.copyOf(png, png.length - 30);

        ExportException error = assertThrows(ExportException.class, () -> PngViewChunk.read(truncated));

        assertEquals("damaged PNG: chunk IDAT runs past the end of the file", error.getMessage());
    }

    @Test
    void readPngCutAtAChunkBoundarySaysTheEndIsMissing() {
        byte[] headerOnly = java.util.Arrays.copyOf(png, 33); // signature and IHDR

        ExportException error = assertThrows(ExportException.class, () -> PngViewChunk.read(headerOnly));

        assertEquals("damaged PNG: the file ends before its IEND chunk", error.getMessage());
    }

    /** A sparse gigabyte of zeros after the signature: refused at its first chunk, not walked (issue 18). */
    @Test
    void zeroFilledGigabyteIsRefusedAtItsFirstChunk(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("zeros.png");
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.write(PngViewChunk.SIGNATURE);
            raf.setLength(1L << 30);
        }

        ExportException error = assertThrows(ExportException.class, () -> PngViewChunk.read(file));

        assertEquals("damaged PNG: the first chunk is not IHDR (at byte 8)", error.getMessage());
    }

    @Test
    void chunkTypeThatIsNotFourLettersIsRefused() {
        byte[] damaged = png.clone();
        damaged[37] = 0; // the type of the chunk after IHDR (8 + 25 + 4)

        ExportException error = assertThrows(ExportException.class, () -> PngViewChunk.read(damaged));

        assertEquals("damaged PNG: a chunk type at byte 33 is not four letters", error.getMessage());
    }

    /** Empty but well-formed chunks by the million: the reader stops at its cap instead of walking them all. */
    @Test
    void millionsOfEmptyChunksStopAtTheCap(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("many.png");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
            out.write(png, 0, 33); // signature and IHDR
            byte[] empty = {0, 0, 0, 0, 'a', 'b', 'C', 'd', 0, 0, 0, 0};
            for (int i = 0; i < PngViewChunk.MAX_CHUNKS + 10; i++) {
                out.write(empty);
            }
        }

        ExportException error = assertThrows(ExportException.class, () -> PngViewChunk.read(file));

        assertTrue(error.getMessage().startsWith("PNG with more than 1000000 chunks; not read further"),
                error.getMessage());
    }

    private static Element findEntry(Node node, String name) {
        if (node instanceof Element element && element.getTagName().equals(name)) {
            return element;
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            Element found = findEntry(child, name);
            if (found != null) {
                return found;
            }
        }
        return null;
    }
}

package dev.scalinglens.export;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.sl.usermodel.PictureData.PictureType;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFPictureShape;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;

/**
 * Reads the chart views embedded in an exported figure: one for PNG, SVG and PDF, one per slide for a
 * deck. The format is told by the file's first bytes, not its name.
 */
public final class FigureViewReader {

    private FigureViewReader() {
    }

    /** The views in this file; fails with a message saying why when the file has none. */
    public static List<ChartView> read(Path file) throws ExportException {
        return find(file).orElseThrow(() -> new ExportException(file.getFileName()
                + ": no Scaling Lens view in this " + describe(file) + "; it was not exported by Scaling Lens,"
                + " or an editor removed the view when saving it"));
    }

    /** The views in this file, or empty when it carries none; fails if the file cannot be read. */
    public static Optional<List<ChartView>> find(Path file) throws ExportException {
        try {
            return findIn(file);
        } catch (ExportException e) {
            // Every message names the file, also the readers' own ("damaged PNG: ...", "not a readable SVG ...").
            String fileName = file.getFileName().toString();
            if (e.getMessage() != null && e.getMessage().contains(fileName)) {
                throw e;
            }
            throw new ExportException(fileName + ": " + e.getMessage(), e);
        }
    }

    private static Optional<List<ChartView>> findIn(Path file) throws ExportException {
        String name = file.getFileName() + " (embedded view)";
        ExportFormat format = detect(head(file))
                .orElseThrow(() -> new ExportException(file.getFileName() + ": not a PNG, SVG, PDF or PowerPoint file"));
        if (format == ExportFormat.PNG) {
            // Streamed: the view chunk is read, the image never is, whatever the file's size.
            Optional<String> json = PngViewChunk.read(file);
            return json.isEmpty() ? Optional.empty() : Optional.of(List.of(ChartViewJson.fromJson(json.get(), name)));
        }
        byte[] bytes = readBytes(file);
        if (format == ExportFormat.PPTX) {
            List<ChartView> views = readDeck(bytes, file);
            return views.isEmpty() ? Optional.empty() : Optional.of(views);
        }
        Optional<String> json = switch (format) {
            case PNG -> throw new AssertionError("handled above");
            case SVG -> SvgViewMetadata.read(bytes);
            case PDF -> PdfViewInfo.read(bytes);
            case PPTX -> throw new AssertionError("handled above");
        };
        if (json.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(List.of(ChartViewJson.fromJson(json.get(), name)));
    }

    /** The format told by the first bytes: PNG signature, ZIP (OOXML), %PDF, or XML text. */
    static Optional<ExportFormat> detect(byte[] bytes) {
        if (PngViewChunk.isPng(bytes)) {
            return Optional.of(ExportFormat.PNG);
        }
        if (startsWith(bytes, "PK\u0003\u0004")) {
            return Optional.of(ExportFormat.PPTX);
        }
        if (startsWith(bytes, "%PDF-")) {
            return Optional.of(ExportFormat.PDF);
        }
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.UTF_8)
                .replace("\uFEFF", "").stripLeading();
        return head.startsWith("<") && head.contains("<svg") ? Optional.of(ExportFormat.SVG) : Optional.empty();
    }

    private static List<ChartView> readDeck(byte[] bytes, Path file) throws ExportException {
        List<ChartView> views = new ArrayList<>();
        try (XMLSlideShow ppt = new XMLSlideShow(new ByteArrayInputStream(bytes))) {
            List<XSLFSlide> slides = ppt.getSlides();
            for (int i = 0; i < slides.size(); i++) {
                Optional<String> json = PptxViewTags.read(slides.get(i));
                if (json.isEmpty()) {
                    json = pictureView(slides.get(i));
                }
                if (json.isPresent()) {
                    views.add(ChartViewJson.fromJson(json.get(), file.getFileName() + " (slide " + (i + 1) + " view)"));
                }
            }
        } catch (ExportException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // POI reports damaged packages with unchecked exceptions too
            throw new ExportException(file.getFileName() + ": not a readable PowerPoint file: " + rootReason(e), e);
        }
        return views;
    }

    /** The innermost cause in words, without the chain of library class names POI wraps it in. */
    private static String rootReason(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        if (message.contains("DOCTYPE")) {
            return "its XML declares a DOCTYPE, which PowerPoint never writes and which is refused for safety";
        }
        return message.replaceFirst("^(?:[a-z]+\\.)+[A-Za-z]+(?:Exception|Error): ", "").replaceFirst("^error: ", "");
    }

    /**
     * The view in the slide's chart PNG. Editors that drop slide tags may keep the picture: LibreOffice
     * 7.4 re-saving a deck keeps our PNGs (with their view chunk) but neither the tags nor the SVGs.
     */
    private static Optional<String> pictureView(XSLFSlide slide) throws ExportException {
        for (XSLFShape shape : slide.getShapes()) {
            if (shape instanceof XSLFPictureShape picture && picture.getPictureData() != null
                    && picture.getPictureData().getType() == PictureType.PNG) {
                Optional<String> json = PngViewChunk.read(picture.getPictureData().getData());
                if (json.isPresent()) {
                    return json;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The largest SVG, PDF or PowerPoint figure read whole (PNGs are streamed): our own 1M-point SVG is
     * about 150 MB, so 512 MiB leaves room, while a multi-gigabyte file gets a message instead of
     * exhausting memory.
     */
    static final long MAX_FIGURE_BYTES = 512L << 20;

    /** The first bytes, enough to tell the format. */
    private static byte[] head(Path file) throws ExportException {
        try (java.io.InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(4096);
        } catch (NoSuchFileException e) {
            throw new ExportException("cannot read " + file + ": no such file");
        } catch (IOException e) {
            throw new ExportException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static byte[] readBytes(Path file) throws ExportException {
        try {
            long size = Files.size(file);
            if (size > MAX_FIGURE_BYTES) {
                throw new ExportException(file.getFileName() + " is " + (size >> 20) + " MiB; figures of at most "
                        + (MAX_FIGURE_BYTES >> 20) + " MiB are read for their view");
            }
            return Files.readAllBytes(file);
        } catch (ExportException e) {
            throw e;
        } catch (NoSuchFileException e) {
            throw new ExportException("cannot read " + file + ": no such file");
        } catch (IOException e) {
            throw new ExportException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static String describe(Path file) {
        try {
            return detect(head(file)).map(f -> f.name() + " file").orElse("file");
        } catch (IOException e) {
            return "file";
        }
    }

    private static boolean startsWith(byte[] bytes, String prefix) {
        byte[] p = prefix.getBytes(StandardCharsets.ISO_8859_1);
        if (bytes.length < p.length) {
            return false;
        }
        for (int i = 0; i < p.length; i++) {
            if (bytes[i] != p[i]) {
                return false;
            }
        }
        return true;
    }
}

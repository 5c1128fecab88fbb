package dev.scalinglens.plot.render;

import dev.scalinglens.plot.scene.PlotScene;
import dev.scalinglens.plot.text.ChartFont;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/** A one-page vector PDF (PDFBox 3): everything as paths and text, the bundled font embedded as a subset. */
public final class PdfRenderer {

    private final MarkSink observer;
    private final java.util.Map<String, String> customInfo = new java.util.LinkedHashMap<>();

    public PdfRenderer() {
        this(null);
    }

    /** @param observer also receives every mark drawn (for tests and tracing); null for none */
    public PdfRenderer(MarkSink observer) {
        this.observer = observer;
    }

    /**
     * Also stores {@code key → value} in the document information dictionary, in the same pass (reopening a
     * 100,000-point PDF to add it cost as much as drawing it).
     */
    public PdfRenderer withCustomInfo(String key, String value) {
        customInfo.put(key, value);
        return this;
    }

    /** One point per layout pixel. */
    public void write(PlotScene scene, OutputStream out) {
        write(scene, out, scene.widthPx(), scene.heightPx());
    }

    /**
     * On a page of {@code pageWidthPt × pageHeightPt} points: the scene is scaled uniformly to fit and centred,
     * so a figure can be given a physical size (a 960 × 540 pt slide, A4) whatever its layout size.
     */
    public void write(PlotScene scene, OutputStream out, double pageWidthPt, double pageHeightPt) {
        double scale = Math.min(pageWidthPt / scene.widthPx(), pageHeightPt / scene.heightPx());
        write(scene, out, pageWidthPt, pageHeightPt, scale, (pageWidthPt - scene.widthPx() * scale) / 2,
                (pageHeightPt - scene.heightPx() * scale) / 2);
    }

    /**
     * On a page of the given size, the scene scaled by {@code scale} points per pixel with its top-left corner
     * {@code leftPt, topPt} from the page's top-left; the rest of the page takes the scene's background.
     */
    public void write(PlotScene scene, OutputStream out, double pageWidthPt, double pageHeightPt, double scale,
                      double leftPt, double topPt) {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(new PDRectangle((float) pageWidthPt, (float) pageHeightPt));
            double bottomPt = pageHeightPt - topPt - scene.heightPx() * scale;
            doc.addPage(page);
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(scene.spec().title());
            info.setCreator("Scaling Lens");
            customInfo.forEach(info::setCustomMetadataValue);
            PDType0Font regular = loadFont(doc, false);
            PDType0Font bold = loadFont(doc, true);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                if (scale != 1 || pageWidthPt != scene.widthPx() || pageHeightPt != scene.heightPx()) {
                    if (scene.background() != null) {
                        cs.setNonStrokingColor(new java.awt.Color(scene.background().red(), scene.background().green(),
                                scene.background().blue()));
                        cs.addRect(0, 0, (float) pageWidthPt, (float) pageHeightPt);
                        cs.fill();
                    }
                    cs.transform(new org.apache.pdfbox.util.Matrix((float) scale, 0, 0, (float) scale,
                            (float) leftPt, (float) bottomPt));
                }
                SceneWalker.walk(scene, new PdfSink(cs, regular, bold, new PdfMarkerForms(doc)), observer);
            }
            doc.save(out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write PDF: " + e.getMessage(), e);
        }
    }

    private static PDType0Font loadFont(PDDocument doc, boolean bold) throws IOException {
        try (InputStream in = ChartFont.open(ChartFont.resource(bold))) {
            return PDType0Font.load(doc, in, true);
        }
    }
}

package dev.scalinglens.plot.render;

import dev.scalinglens.plot.spec.MarkerShape;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;

/**
 * Each marker (shape, size, paint) once per PDF as a form XObject centred on the origin, which every point
 * then draws by reference, as matplotlib's PDF backend does: with 100,000 points the page's content stream
 * holds a short translate-and-draw per point instead of a whole path, so there is far less to write and
 * compress. Colour, alpha and line width are not in the form: it takes them from where it is drawn.
 */
final class PdfMarkerForms {

    /** How a marker is painted. */
    enum Paint { FILL, STROKE, FILL_AND_STROKE }

    private final PDDocument document;
    private final Map<String, PDFormXObject> forms = new HashMap<>();

    PdfMarkerForms(PDDocument document) {
        this.document = document;
    }

    PDFormXObject form(MarkerShape shape, double sizePx, Paint paint) throws IOException {
        String key = shape + "|" + sizePx + "|" + paint;
        PDFormXObject form = forms.get(key);
        if (form == null) {
            form = create(shape, sizePx, paint);
            forms.put(key, form);
        }
        return form;
    }

    private PDFormXObject create(MarkerShape shape, double sizePx, Paint paint) throws IOException {
        StringBuilder content = new StringBuilder(256);
        MarkerGeometry.emit(shape, 0, 0, sizePx, PdfPaths.asText(content));
        content.append(switch (paint) {
            case FILL -> "f\n";
            case STROKE -> "S\n";
            case FILL_AND_STROKE -> "B\n";
        });
        PDFormXObject form = new PDFormXObject(new PDStream(document,
                new ByteArrayInputStream(content.toString().getBytes(StandardCharsets.US_ASCII)), COSName.FLATE_DECODE));
        // The form clips to its box: the marker, its stroke and room to spare.
        float extent = (float) (sizePx + 2 * PointRaster.STROKE_WIDTH_PX);
        form.setBBox(new PDRectangle(-extent, -extent, 2 * extent, 2 * extent));
        form.setResources(new PDResources());
        return form;
    }
}

package dev.scalinglens.export;

import java.awt.Dimension;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.OutputStream;
import dev.scalinglens.export.pptx.ChartSlideShow;
import dev.scalinglens.export.pptx.NativeChart;
import dev.scalinglens.plot.text.ChartFont;
import java.util.List;
import org.apache.poi.common.usermodel.fonts.FontGroup;
import org.apache.poi.sl.usermodel.Insets2D;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import java.util.Set;
import org.apache.poi.sl.usermodel.PictureData.PictureType;
import org.apache.poi.sl.usermodel.Placeholder;
import org.apache.poi.sl.usermodel.TextParagraph.TextAlign;
import org.apache.poi.xslf.usermodel.SlideLayout;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.sl.usermodel.TextShape;
import org.apache.poi.xslf.usermodel.XSLFNotes;
import org.apache.poi.xslf.usermodel.XSLFPictureData;
import org.apache.poi.xslf.usermodel.XSLFPictureShape;
import org.apache.poi.util.Units;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSimpleShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFSlideLayout;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.openxmlformats.schemas.drawingml.x2006.main.CTPoint2D;
import org.openxmlformats.schemas.drawingml.x2006.main.CTPositiveSize2D;
import org.openxmlformats.schemas.drawingml.x2006.main.CTShapeProperties;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTransform2D;
import org.openxmlformats.schemas.presentationml.x2006.main.CTPicture;
import org.openxmlformats.schemas.presentationml.x2006.main.CTShape;

/**
 * Writes finished slides as a PowerPoint deck (16:9 or 4:3) with Apache POI: per slide a title placeholder
 * (so outlines, screen readers and LibreOffice see the title) in the chart's font, the chart as native
 * shapes ({@link NativeChart}) or as a picture (PNG, plus SVG through POI's svgBlip extension when given),
 * speaker notes in the same font without the notes master's date, header, footer and slide-number
 * placeholders, and the view JSON in the slide's tags.
 */
public final class PptxDeckWriter {

    private PptxDeckWriter() {
    }

    public static void write(String deckTitle, List<DeckSlide> slides, OutputStream out) throws IOException {
        write(deckTitle, slides, SlideFormat.WIDE_16_9, out);
    }

    public static void write(String deckTitle, List<DeckSlide> slides, SlideFormat format, OutputStream out)
            throws IOException {
        write(new ChartSlideShow(), deckTitle, slides, format, out);
    }

    /** Fills {@code empty} (POI's empty presentation, maybe opened ahead: {@link PresentationPreload}) and closes it. */
    static void write(ChartSlideShow empty, String deckTitle, List<DeckSlide> slides, SlideFormat format,
                      OutputStream out) throws IOException {
        try (ChartSlideShow ppt = empty) {
            ppt.setPageSize(new Dimension((int) format.widthPt(), (int) format.heightPt()));
            if (deckTitle != null) {
                ppt.getProperties().getCoreProperties().setTitle(deckTitle);
            }
            XSLFSlideLayout titleOnly = ppt.getSlideMasters().get(0).getLayout(SlideLayout.TITLE_ONLY);
            // The master's title where this deck's one-line titles go, for slides a presenter adds later.
            titleOnly.getPlaceholder(0).setAnchor(SlideGeometry.titleBox(format, SlideHeading.oneLineTitle()));
            int number = 1;
            for (DeckSlide content : slides) {
                XSLFSlide slide = ppt.createSlide(titleOnly);
                SlideHeading heading = SlideHeading.fit(content.title(), content.subtitle(), format);
                writeTitle(slide, heading, format);
                if (heading.hasSubtitle()) {
                    writeSubtitle(slide, heading, format);
                }
                if (content.scene() != null) {
                    NativeChart.add(ppt, slide, content.scene(), SlideGeometry.pictureBox(format, heading),
                            "Chart: " + content.title());
                } else {
                    writePicture(ppt, slide, content, SlideGeometry.pictureBox(format, heading));
                }
                writeNotes(ppt, slide, content.notes(), format);
                PptxViewTags.write(slide, number++, content.viewJson(), content.valuesJson());
            }
            ppt.writeWithCharts(out);
        }
    }

    private static void writeTitle(XSLFSlide slide, SlideHeading heading, SlideFormat format) {
        XSLFTextShape shape = slide.getPlaceholder(0);
        placeOnThisSlide(shape, SlideGeometry.titleBox(format, heading));
        shape.setInsets(new Insets2D(0, 0, 0, 0));
        shape.clearText();
        XSLFTextParagraph paragraph = shape.addNewTextParagraph();
        paragraph.setTextAlign(TextAlign.LEFT);
        XSLFTextRun run = paragraph.addNewTextRun();
        run.setText(heading.title());
        run.setFontSize(heading.titleFontPt());
        inChartFont(run);
        run.setBold(true);
    }

    /**
     * Gives a placeholder its own position. POI's {@code setAnchor} on a placeholder without one moves the
     * layout's or master's shape it inherits from, which every slide shares.
     */
    private static void placeOnThisSlide(XSLFTextShape shape, Rectangle2D box) {
        CTShapeProperties properties = ((CTShape) shape.getXmlObject()).getSpPr();
        CTTransform2D xfrm = properties.isSetXfrm() ? properties.getXfrm() : properties.addNewXfrm();
        CTPoint2D offset = xfrm.isSetOff() ? xfrm.getOff() : xfrm.addNewOff();
        offset.setX(Units.toEMU(box.getX()));
        offset.setY(Units.toEMU(box.getY()));
        CTPositiveSize2D size = xfrm.isSetExt() ? xfrm.getExt() : xfrm.addNewExt();
        size.setCx(Units.toEMU(box.getWidth()));
        size.setCy(Units.toEMU(box.getHeight()));
    }

    private static void writeSubtitle(XSLFSlide slide, SlideHeading heading, SlideFormat format) {
        XSLFTextBox box = slide.createTextBox();
        box.setAnchor(SlideGeometry.subtitleBox(format, heading));
        ((CTShape) box.getXmlObject()).getNvSpPr().getCNvPr().setName("Subtitle");
        box.setWordWrap(true);
        box.setInsets(new Insets2D(0, 0, 0, 0));
        box.clearText();
        XSLFTextRun run = box.addNewTextParagraph().addNewTextRun();
        run.setText(heading.subtitle());
        run.setFontSize(heading.subtitleFontPt());
        inChartFont(run);
        run.setFontColor(new java.awt.Color(0x55, 0x5b, 0x66));
    }

    private static void writePicture(XMLSlideShow ppt, XSLFSlide slide, DeckSlide content, Rectangle2D chartBox) {
        XSLFPictureData png = ppt.addPicture(content.png(), PictureType.PNG);
        XSLFPictureShape picture = slide.createPicture(png);
        if (content.svg() != null) {
            picture.setSvgImage(ppt.addPicture(content.svg(), PictureType.SVG));
        }
        picture.setAnchor(fit(png.getImageDimension(), chartBox));
        picture.setName("Chart: " + content.title());
        // Alt text for screen readers and PowerPoint's accessibility checker: what the chart says.
        String description = content.notes().isBlank() ? content.title() : content.title() + "\n" + content.notes();
        ((CTPicture) picture.getXmlObject()).getNvPicPr().getCNvPr().setDescr(description);
    }

    /**
     * The chart's font for Latin and complex-script text, as the chart's own text boxes name it
     * ({@code DrawingMlText}), so title, subtitle, chart and notes are one font.
     */
    private static void inChartFont(XSLFTextRun run) {
        run.setFontFamily(ChartFont.FAMILY, FontGroup.LATIN);
        run.setFontFamily(ChartFont.FAMILY, FontGroup.COMPLEX_SCRIPT);
    }

    /** The largest box of the picture's aspect that fits in {@code area}, centred. */
    static Rectangle2D fit(Dimension image, Rectangle2D area) {
        double scale = Math.min(area.getWidth() / image.getWidth(), area.getHeight() / image.getHeight());
        double width = image.getWidth() * scale;
        double height = image.getHeight() * scale;
        return new Rectangle2D.Double(area.getX() + (area.getWidth() - width) / 2,
                area.getY() + (area.getHeight() - height) / 2, width, height);
    }

    private static final double NOTES_FONT_PT = 12;

    /** Notes-master placeholders that would print a date, header, footer or "‹#›" under the notes. */
    private static final Set<Placeholder> NOTES_CLUTTER = Set.of(Placeholder.DATETIME, Placeholder.SLIDE_NUMBER,
            Placeholder.HEADER, Placeholder.FOOTER);

    private static void writeNotes(XMLSlideShow ppt, XSLFSlide slide, String notes, SlideFormat format) {
        XSLFNotes notesSlide = ppt.getNotesSlide(slide);
        // POI's notes master places its shapes for a landscape page while the notes page is portrait,
        // so the body would run off the right edge (seen in LibreOffice): place both shapes ourselves.
        double pageWidth = Units.toPoints(ppt.getCTPresentation().getNotesSz().getCx());
        double pageHeight = Units.toPoints(ppt.getCTPresentation().getNotesSz().getCy());
        double margin = pageWidth * SafeMargins.TITLE_SAFE_FRACTION_PER_SIDE * 2;
        double width = pageWidth - 2 * margin;
        double imageHeight = width * format.heightPt() / format.widthPt();
        boolean bodyFound = false;
        List<XSLFShape> clutter = new java.util.ArrayList<>();
        for (XSLFShape shape : notesSlide) {
            if (shape instanceof XSLFSimpleShape simple && NOTES_CLUTTER.contains(simple.getPlaceholder())) {
                clutter.add(shape);
                continue;
            }
            if (!(shape instanceof XSLFSimpleShape simple) || simple.getPlaceholder() == null) {
                continue;
            }
            if (simple.getPlaceholder() == Placeholder.SLIDE_IMAGE) {
                simple.setAnchor(new Rectangle2D.Double(margin, margin, width, imageHeight));
            } else if (simple.getPlaceholder() == Placeholder.BODY && simple instanceof XSLFTextShape text) {
                double top = 2 * margin + imageHeight;
                text.setAnchor(new Rectangle2D.Double(margin, top, width, pageHeight - top - margin));
                text.clearText();
                // PowerPoint's own notes size; the master's (LibreOffice: 20 pt) ran long notes off a printed
                // notes page. Text that is still too long shrinks to fit (normAutofit).
                text.setTextAutofit(TextShape.TextAutofit.NORMAL);
                for (String line : notes.split("\n", -1)) {
                    XSLFTextRun run = text.addNewTextParagraph().addNewTextRun();
                    run.setText(line);
                    run.setFontSize(NOTES_FONT_PT);
                    inChartFont(run);
                }
                bodyFound = true;
            }
        }
        clutter.forEach(notesSlide::removeShape);
        if (!bodyFound) {
            throw new IllegalStateException("POI's notes master has no body placeholder");
        }
    }
}

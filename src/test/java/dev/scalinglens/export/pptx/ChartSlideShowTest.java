package dev.scalinglens.export.pptx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.sl.usermodel.PictureData.PictureType;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFGroupShape;
import org.apache.poi.xslf.usermodel.XSLFPictureData;
import org.apache.poi.xslf.usermodel.XSLFPictureShape;
import org.apache.poi.xslf.usermodel.XSLFRelation;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.junit.jupiter.api.Test;

/** Charts spliced into slides as XML text come back as POI shapes, pictures included. */
class ChartSlideShowTest {

    /** A 1×1 transparent PNG. */
    private static final byte[] PNG = java.util.Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    @Test
    void splicedGroupsReopenAsShapesInPlace() throws Exception {
        byte[] deck;
        try (ChartSlideShow show = new ChartSlideShow()) {
            for (int i = 0; i < 2; i++) {
                XSLFSlide slide = show.createSlide();
                slide.createTextBox().setText("before " + i);
                XSLFPictureData data = show.addPicture(PNG, PictureType.PNG);
                String rid = slide.addRelation(null, XSLFRelation.IMAGES, data).getRelationship().getId();
                show.addChart(slide, group("Chart " + i + " & co", rid).getBytes(StandardCharsets.UTF_8));
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            show.writeWithCharts(out);
            deck = out.toByteArray();
        }
        try (XMLSlideShow reopened = new XMLSlideShow(new ByteArrayInputStream(deck))) {
            assertEquals(2, reopened.getSlides().size());
            for (int i = 0; i < 2; i++) {
                List<XSLFShape> shapes = reopened.getSlides().get(i).getShapes();
                assertEquals(2, shapes.size());
                XSLFGroupShape chart = (XSLFGroupShape) shapes.get(1);
                assertEquals("Chart " + i + " & co", chart.getShapeName());
                assertEquals("Probe ×", chart.getShapes().get(0).getShapeName());
                XSLFPictureShape picture = (XSLFPictureShape) chart.getShapes().get(1);
                assertEquals(PNG.length, picture.getPictureData().getData().length);
                String xml = new String(reopened.getSlides().get(i).getPackagePart().getInputStream().readAllBytes(),
                        StandardCharsets.UTF_8);
                assertFalse(xml.contains("scalinglens-chart"), xml);
            }
        }
    }

    @Test
    void elementDeclaresPrefixesOnlyWhenTheRootDoesNot() {
        String declared = "<?xml version=\"1.0\"?>\n<p:sld xmlns:p=\"" + PartSplice.P + "\" xmlns:a=\"" + PartSplice.A
                + "\" xmlns:r=\"" + PartSplice.R + "\"><p:cSld/></p:sld>";
        assertTrue(PartSplice.rootDeclaresPrefixes(declared.getBytes(StandardCharsets.UTF_8)));
        String other = "<p:sld xmlns:p=\"" + PartSplice.P + "\" xmlns:a=\"urn:else\"><p:cSld/></p:sld>";
        assertFalse(PartSplice.rootDeclaresPrefixes(other.getBytes(StandardCharsets.UTF_8)));
        assertEquals("<p:grpSp xmlns:p=\"" + PartSplice.P + "\" xmlns:a=\"" + PartSplice.A + "\" xmlns:r=\"" + PartSplice.R
                + "\"><p:sp/></p:grpSp>", new String(PartSplice.withDeclarations(
                        "<p:grpSp><p:sp/></p:grpSp>".getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8));
    }

    private static String group(String name, String rid) {
        return "<p:grpSp><p:nvGrpSpPr><p:cNvPr id=\"1000\" name=\"" + DrawingMlXml.escape(name) + "\"/><p:cNvGrpSpPr/>"
                + "<p:nvPr/></p:nvGrpSpPr><p:grpSpPr/>"
                + "<p:sp><p:nvSpPr><p:cNvPr id=\"1001\" name=\"Probe ×\"/><p:cNvSpPr/><p:nvPr/></p:nvSpPr><p:spPr>"
                + "<a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></p:spPr></p:sp>"
                + "<p:pic><p:nvPicPr><p:cNvPr id=\"1002\" name=\"Picture\"/><p:cNvPicPr/><p:nvPr/></p:nvPicPr>"
                + "<p:blipFill><a:blip r:embed=\"" + rid + "\"/><a:stretch><a:fillRect/></a:stretch></p:blipFill>"
                + "<p:spPr><a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></p:spPr></p:pic></p:grpSp>";
    }
}

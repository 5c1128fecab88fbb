package dev.scalinglens.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;
import javax.xml.stream.XMLOutputFactory;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.openxmlformats.schemas.presentationml.x2006.main.CTCommonSlideData;

/**
 * The view JSON of a slide, kept in the slide's own tags: ECMA-376 part 1, 19.3.1.14 ({@code custDataLst})
 * lets a slide point at a tags part (19.3.3.2 {@code tagLst}) of name/value strings. PowerPoint keeps
 * tags when slides are moved, copied between decks or reordered (its VBA exposes them as
 * {@code Slide.Tags}), which document-level custom properties keyed by slide number would not survive.
 * POI has no API for tags parts, so the part is written here with the OPC package API.
 */
final class PptxViewTags {

    /** PowerPoint upper-cases tag names, so ours is upper case to begin with. */
    static final String TAG_NAME = "SCALINGLENS_VIEW";

    /** The values the slide was drawn from ({@link SlideValues}), for the "what changed" note of a rebuild. */
    static final String VALUES_TAG_NAME = "SCALINGLENS_VALUES";

    private static final String TAGS_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.presentationml.tags+xml";
    private static final String TAGS_RELATIONSHIP = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/tags";
    private static final String PRESENTATION_NS = "http://schemas.openxmlformats.org/presentationml/2006/main";

    private PptxViewTags() {
    }

    static void write(XSLFSlide slide, int slideNumber, String viewJson) throws IOException {
        write(slide, slideNumber, viewJson, null);
    }

    /** The view, and when not null the values the slide was drawn from, as the slide's tags. */
    static void write(XSLFSlide slide, int slideNumber, String viewJson, String valuesJson) throws IOException {
        PackagePart slidePart = slide.getPackagePart();
        OPCPackage pkg = slidePart.getPackage();
        try {
            PackagePartName name = PackagingURIHelper.createPartName("/ppt/tags/scalinglens-view" + slideNumber + ".xml");
            PackagePart tags = pkg.createPart(name, TAGS_CONTENT_TYPE);
            try (OutputStream out = tags.getOutputStream()) {
                writeTagList(out, viewJson, valuesJson);
            }
            PackageRelationship relation = slidePart.addRelationship(name, TargetMode.INTERNAL, TAGS_RELATIONSHIP);
            CTCommonSlideData common = slide.getXmlObject().getCSld();
            if (!common.isSetCustDataLst()) {
                common.addNewCustDataLst();
            }
            common.getCustDataLst().addNewTags().setId(relation.getId());
        } catch (InvalidFormatException | XMLStreamException e) {
            throw new IOException("cannot store the view in slide " + slideNumber + ": " + e.getMessage(), e);
        }
    }

    /** The view JSON stored in this slide's tags, if any. */
    static Optional<String> read(XSLFSlide slide) throws IOException {
        CTCommonSlideData common = slide.getXmlObject().getCSld();
        if (!common.isSetCustDataLst() || !common.getCustDataLst().isSetTags()) {
            return Optional.empty();
        }
        PackagePart slidePart = slide.getPackagePart();
        try {
            PackageRelationship relation = slidePart.getRelationship(common.getCustDataLst().getTags().getId());
            if (relation == null) {
                return Optional.empty();
            }
            PackagePart tags = slidePart.getRelatedPart(relation);
            try (InputStream in = tags.getInputStream()) {
                return findTag(in);
            }
        } catch (InvalidFormatException | XMLStreamException e) {
            throw new IOException("the slide's tags are damaged: " + e.getMessage(), e);
        }
    }

    private static void writeTagList(OutputStream out, String viewJson, String valuesJson) throws XMLStreamException {
        XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out, "UTF-8");
        xml.writeStartDocument("UTF-8", "1.0");
        xml.setPrefix("p", PRESENTATION_NS);
        xml.writeStartElement("p", "tagLst", PRESENTATION_NS);
        xml.writeNamespace("p", PRESENTATION_NS);
        xml.writeEmptyElement("p", "tag", PRESENTATION_NS);
        xml.writeAttribute("name", TAG_NAME);
        xml.writeAttribute("val", viewJson);
        if (valuesJson != null) {
            xml.writeEmptyElement("p", "tag", PRESENTATION_NS);
            xml.writeAttribute("name", VALUES_TAG_NAME);
            xml.writeAttribute("val", valuesJson);
        }
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.close();
    }

    private static Optional<String> findTag(InputStream in) throws XMLStreamException {
        return Optional.ofNullable(readTags(in).get(TAG_NAME));
    }

    /**
     * Every tag of a tags part, names upper-cased (PowerPoint's habit), the first of each name kept. No DTDs,
     * no external entities.
     */
    static Map<String, String> readTags(InputStream in) throws XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newInstance();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        XMLStreamReader xml = factory.createXMLStreamReader(in);
        Map<String, String> tags = new HashMap<>();
        try {
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamReader.START_ELEMENT && "tag".equals(xml.getLocalName())) {
                    String name = xml.getAttributeValue(null, "name");
                    String value = xml.getAttributeValue(null, "val");
                    if (name != null && value != null) {
                        tags.putIfAbsent(name.toUpperCase(Locale.ROOT), value);
                    }
                }
            }
            return tags;
        } finally {
            xml.close();
        }
    }
}

package dev.scalinglens.export;

import dev.scalinglens.charts.registry.ChartKind;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class SvgViewMetadataTest {

    private final byte[] svg = new FakeFigureRenderer().render(ChartView.defaults(ChartKind.PARETO.id()), ExportFormat.SVG,
            ExportOptions.of(ExportFormat.SVG, SizePreset.SLIDE_16_9, 1));

    @Test
    void embedThenReadGivesTheJsonBackEvenWithMarkupCharacters() throws Exception {
        String json = "{\"title\":\"<b>a & b</b> ]]> ρ\"}";

        assertEquals(Optional.of(json), SvgViewMetadata.read(SvgViewMetadata.embed(svg, json)));
    }

    /** A DOM parser, independent of the StAX code, sees metadata as the root's first child in our namespace. */
    @Test
    void embedPutsNamespacedMetadataFirstAndKeepsTheDrawing() throws Exception {
        byte[] tagged = SvgViewMetadata.embed(svg, "{\"chart\":\"pareto\"}");

        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(tagged));
        Element root = document.getDocumentElement();
        Element metadata = (Element) root.getElementsByTagNameNS("http://www.w3.org/2000/svg", "metadata").item(0);
        assertEquals(metadata, firstElementChild(root));
        Element view = (Element) metadata.getElementsByTagNameNS(SvgViewMetadata.NAMESPACE, "view").item(0);
        assertEquals("{\"chart\":\"pareto\"}", view.getTextContent());
        assertEquals(1, root.getElementsByTagNameNS("http://www.w3.org/2000/svg", "circle").getLength());
        assertEquals("pareto & friends",
                root.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text").item(0).getTextContent());
    }

    @Test
    void embedTwiceKeepsOnlyTheNewView() throws Exception {
        byte[] twice = SvgViewMetadata.embed(SvgViewMetadata.embed(svg, "{\"old\":1}"), "{\"new\":2}");

        assertEquals(Optional.of("{\"new\":2}"), SvgViewMetadata.read(twice));
        assertEquals(1, new String(twice, StandardCharsets.UTF_8).split("scalinglens.dev/ns/view", -1).length - 1);
    }

    @Test
    void readPlainSvgFindsNothing() throws Exception {
        assertEquals(Optional.empty(), SvgViewMetadata.read(svg));
    }

    @Test
    void readRefusesExternalEntities() {
        byte[] hostile = ("<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<svg xmlns=\"http://www.w3.org/2000/svg\">&x;</svg>").getBytes(StandardCharsets.UTF_8);

        assertThrows(ExportException.class, () -> SvgViewMetadata.read(hostile));
    }

    /** Refused before the JDK's parser sees it: that parser prints to stderr when a file ends inside a DTD. */
    @Test
    void internalDtdSubsetsAndUnclosedDoctypesAreRefusedBeforeParsing() {
        assertEquals(null, SvgViewMetadata.doctypeProblem(svg));
        assertEquals(null, SvgViewMetadata.doctypeProblem(("<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" "
                + "\"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd\"><svg/>").getBytes(StandardCharsets.UTF_8)));
        assertEquals(null, SvgViewMetadata.doctypeProblem("<svg><!-- <!DOCTYPE [ --></svg>".getBytes(StandardCharsets.UTF_8)));
        String tiny = SvgViewMetadata.doctypeProblem("<!DOCTYPE svg [<!E<svg".getBytes(StandardCharsets.UTF_8));
        assertEquals("its document type declaration has an internal subset ([...]), which Scaling Lens never writes"
                + " and which is refused for safety", tiny);
        assertEquals("its document type declaration is never closed",
                SvgViewMetadata.doctypeProblem("<!DOCTYPE svg PUBLIC \"<svg".getBytes(StandardCharsets.UTF_8)));
        ExportException e = assertThrows(ExportException.class,
                () -> SvgViewMetadata.read("<!DOCTYPE svg [<!E<svg".getBytes(StandardCharsets.UTF_8)));
        assertEquals("not a readable SVG file: " + tiny, e.getMessage());
    }

    private static Element firstElementChild(Element parent) {
        for (var node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element) {
                return element;
            }
        }
        return null;
    }

    /** The splice (no parse) and the StAX rewrite give documents with the same view where the metadata is. */
    @Test
    void spliceAndParsingAgreeOnPrologCommentsAndPrefixedRoots() throws Exception {
        String json = "{\"t\":\"a > b & <c>\"}";
        for (String doc : java.util.List.of(
                new String(svg, StandardCharsets.UTF_8),
                "<?xml version=\"1.0\"?><!-- a '>' here --><svg xmlns=\"http://www.w3.org/2000/svg\" data-x='1>0'><g/></svg>",
                "<s:svg xmlns:s=\"http://www.w3.org/2000/svg\"><s:g/></s:svg>")) {
            byte[] bytes = doc.getBytes(StandardCharsets.UTF_8);
            byte[] spliced = SvgViewMetadata.splice(bytes, json);

            assertEquals(Optional.of(json), SvgViewMetadata.read(spliced), doc);
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            Element root = factory.newDocumentBuilder().parse(new ByteArrayInputStream(spliced)).getDocumentElement();
            Element first = firstElementChild(root);
            assertEquals("http://www.w3.org/2000/svg", first.getNamespaceURI(), doc);
            assertEquals("metadata", first.getLocalName(), doc);
        }
    }

    @Test
    void spliceInsertsAfterTheRootStartTagWithTextInOtherScriptsAround() {
        String json = "{\"t\":\"×\"}";
        String before = "<?xml version=\"1.0\"?><!-- ünïcödé > -->"
                + "<svg xmlns=\"http://www.w3.org/2000/svg\" aria-label='a × b > c'>";
        String after = "<text>10⁹ × — 日本</text></svg>";
        byte[] spliced = SvgViewMetadata.splice((before + after).getBytes(StandardCharsets.UTF_8), json);
        assertEquals(before + "<metadata><sl:view xmlns:sl=\"" + SvgViewMetadata.NAMESPACE + "\">" + json
                + "</sl:view></metadata>" + after, new String(spliced, StandardCharsets.UTF_8));
    }

    @Test
    void spliceLeavesSvgWithAViewOrADoctypeToTheParser() {
        assertEquals(null, SvgViewMetadata.splice(("<svg xmlns=\"http://www.w3.org/2000/svg\"><metadata><sl:view xmlns:sl=\""
                + SvgViewMetadata.NAMESPACE + "\">{}</sl:view></metadata></svg>").getBytes(StandardCharsets.UTF_8), "{}"));
        assertEquals(null, SvgViewMetadata.splice("<!DOCTYPE svg><svg/>".getBytes(StandardCharsets.UTF_8), "{}"));
    }
}

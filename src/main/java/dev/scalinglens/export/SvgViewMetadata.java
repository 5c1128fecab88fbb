package dev.scalinglens.export;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import javax.xml.namespace.QName;
import javax.xml.stream.XMLEventFactory;
import javax.xml.stream.XMLEventReader;
import javax.xml.stream.XMLEventWriter;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.events.StartElement;
import javax.xml.stream.events.XMLEvent;

/**
 * Stores the view JSON in an SVG as {@code <metadata><sl:view xmlns:sl="…">JSON</sl:view></metadata>},
 * the first child of the root element. SVG 1.1 section 21 reserves {@code metadata} for exactly this:
 * content from other namespaces that renderers skip.
 */
public final class SvgViewMetadata {

    public static final String NAMESPACE = "https://scalinglens.dev/ns/view/1";
    private static final String PREFIX = "sl";
    private static final String ELEMENT = "view";

    private SvgViewMetadata() {
    }

    /** The SVG with our metadata as the root's first child; an older view element is dropped. */
    public static byte[] embed(byte[] svg, String viewJson) throws ExportException {
        byte[] spliced = splice(svg, viewJson);
        return spliced != null ? spliced : embedByParsing(svg, viewJson);
    }

    /**
     * The fast path for SVG with no view of ours yet (what our renderer writes): the metadata goes in right
     * after the root's start tag, with no XML parse and rewrite of the whole file (a second or more for a
     * chart of 100,000 points). Null when the bytes are anything else (a view already there, a root we cannot
     * find simply); {@link #embedByParsing} then does it the careful way.
     */
    static byte[] splice(byte[] svg, String viewJson) {
        // Scanned as bytes, not decoded: every character looked for is ASCII, and in UTF-8 the bytes of
        // other characters never are, so the positions are the same and a 10 MB drawing is not copied twice.
        if (indexOf(svg, NAMESPACE, 0) >= 0) {
            return null;
        }
        int at = 0;
        while (true) {
            at = indexOf(svg, "<", at);
            if (at < 0 || at + 1 >= svg.length) {
                return null;
            }
            byte next = svg[at + 1];
            if (next == '?') {
                at = indexOf(svg, "?>", at);
            } else if (startsWith(svg, "<!--", at)) {
                at = indexOf(svg, "-->", at);
            } else if (next == '!') {
                return null; // a DOCTYPE, possibly with an internal subset: leave it to the parser
            } else {
                break;
            }
            if (at < 0) {
                return null;
            }
        }
        int nameEnd = at + 1;
        while (nameEnd < svg.length && !Character.isWhitespace(svg[nameEnd]) && svg[nameEnd] != '>'
                && svg[nameEnd] != '/') {
            if (svg[nameEnd] < 0) {
                return null; // a non-ASCII name: leave it to the parser
            }
            nameEnd++;
        }
        String rootName = new String(svg, at + 1, nameEnd - at - 1, StandardCharsets.US_ASCII);
        if (!rootName.equals("svg") && !rootName.endsWith(":svg")) {
            return null;
        }
        int end = nameEnd;
        byte quote = 0;
        for (; end < svg.length; end++) {
            byte c = svg[end];
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                break;
            }
        }
        if (end >= svg.length || svg[end - 1] == '/') {
            return null;
        }
        String prefix = rootName.equals("svg") ? "" : rootName.substring(0, rootName.length() - 3);
        byte[] metadata = ("<" + prefix + "metadata><" + PREFIX + ":" + ELEMENT + " xmlns:" + PREFIX + "=\"" + NAMESPACE
                + "\">" + escape(viewJson) + "</" + PREFIX + ":" + ELEMENT + "></" + prefix + "metadata>")
                .getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[svg.length + metadata.length];
        System.arraycopy(svg, 0, out, 0, end + 1);
        System.arraycopy(metadata, 0, out, end + 1, metadata.length);
        System.arraycopy(svg, end + 1, out, end + 1 + metadata.length, svg.length - end - 1);
        return out;
    }

    /** Where the ASCII text {@code ascii} first occurs in {@code bytes} at or after {@code from}, or -1. */
    private static int indexOf(byte[] bytes, String ascii, int from) {
        byte first = (byte) ascii.charAt(0);
        for (int i = Math.max(0, from); i <= bytes.length - ascii.length(); i++) {
            if (bytes[i] == first && startsWith(bytes, ascii, i)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean startsWith(byte[] bytes, String ascii, int at) {
        if (at < 0 || at + ascii.length() > bytes.length) {
            return false;
        }
        for (int k = 0; k < ascii.length(); k++) {
            if (bytes[at + k] != (byte) ascii.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    static byte[] embedByParsing(byte[] svg, String viewJson) throws ExportException {
        XMLEventFactory events = XMLEventFactory.newInstance();
        ByteArrayOutputStream out = new ByteArrayOutputStream(svg.length + viewJson.length() + 200);
        try {
            XMLEventReader reader = inputFactory().createXMLEventReader(new ByteArrayInputStream(svg));
            XMLEventWriter writer = XMLOutputFactory.newInstance().createXMLEventWriter(out, "UTF-8");
            boolean rootSeen = false;
            while (reader.hasNext()) {
                XMLEvent event = reader.nextEvent();
                if (event.isStartElement() && isOurs(event.asStartElement())) {
                    skipElement(reader);
                    continue;
                }
                writer.add(event);
                if (event.isStartElement() && !rootSeen) {
                    rootSeen = true;
                    QName root = event.asStartElement().getName();
                    QName metadata = new QName(root.getNamespaceURI(), "metadata", root.getPrefix());
                    writer.add(events.createStartElement(metadata, null, null));
                    writer.add(events.createStartElement(PREFIX, NAMESPACE, ELEMENT));
                    writer.add(events.createNamespace(PREFIX, NAMESPACE));
                    writer.add(events.createCharacters(viewJson));
                    writer.add(events.createEndElement(PREFIX, NAMESPACE, ELEMENT));
                    writer.add(events.createEndElement(metadata, null));
                }
            }
            writer.close();
            if (!rootSeen) {
                throw new ExportException("the renderer returned an SVG without a root element");
            }
            return out.toByteArray();
        } catch (XMLStreamException e) {
            throw new ExportException("the renderer returned SVG that is not well-formed XML: " + e.getMessage(), e);
        }
    }

    /** The view JSON, if this SVG carries one. */
    public static Optional<String> read(byte[] svg) throws ExportException {
        String doctype = doctypeProblem(svg);
        if (doctype != null) {
            throw new ExportException("not a readable SVG file: " + doctype);
        }
        try {
            XMLEventReader reader = inputFactory().createXMLEventReader(new ByteArrayInputStream(svg));
            while (reader.hasNext()) {
                XMLEvent event = reader.nextEvent();
                if (event.isStartElement() && isOurs(event.asStartElement())) {
                    return Optional.of(reader.getElementText());
                }
            }
            return Optional.empty();
        } catch (XMLStreamException e) {
            throw new ExportException("not a readable SVG file: " + oneLine(e.getMessage()), e);
        } catch (RuntimeException e) {
            // The JDK's parser throws unchecked exceptions for some malformed DTDs (MissingResourceException
            // "InvalidCharInDTD", found by fuzzing): still a damaged file, not a crash.
            throw new ExportException("not a readable SVG file: malformed XML near its document type declaration", e);
        }
    }

    /** How far into the file a document type declaration is looked for: prologs are short. */
    private static final int PROLOG_BYTES = 64 * 1024;

    /**
     * Why the SVG's document type declaration is refused, or null when it has none or a plain one
     * ({@code <!DOCTYPE svg PUBLIC "..." "...">}, as Inkscape writes). An internal subset ({@code [...]}) is
     * refused before parsing: Scaling Lens never writes one, entities are not expanded anyway, and the JDK's
     * parser prints to stderr when a file ends inside one (a 22-byte file did) and throws unchecked exceptions
     * for some malformed ones.
     */
    static String doctypeProblem(byte[] svg) {
        String head = new String(svg, 0, Math.min(svg.length, PROLOG_BYTES), StandardCharsets.ISO_8859_1);
        int start = head.indexOf("<!DOCTYPE");
        int root = head.indexOf("<svg");
        if (start < 0 || (root >= 0 && root < start)) {
            return null;
        }
        byte quote = 0;
        for (int i = start + "<!DOCTYPE".length(); i < svg.length; i++) {
            byte b = svg[i];
            if (quote != 0) {
                quote = b == quote ? 0 : quote;
            } else if (b == '"' || b == '\'') {
                quote = b;
            } else if (b == '>') {
                return null;
            } else if (b == '[') {
                return "its document type declaration has an internal subset ([...]), which Scaling Lens never"
                        + " writes and which is refused for safety";
            }
        }
        return "its document type declaration is never closed";
    }

    /** "ParseError at [row,col]:[1,45]\nMessage: ..." as "line 1, column 45: ..." (no place when unknown: -1). */
    private static String oneLine(String message) {
        if (message == null) {
            return "malformed XML";
        }
        String placed = message.replaceAll("(?s)ParseError at \\[row,col\\]:\\[-1,-1\\]\\s*Message:\\s*", "");
        return placed.replaceAll("(?s)ParseError at \\[row,col\\]:\\[(\\d+),(\\d+)\\]\\s*Message:\\s*", "line $1, column $2: ")
                .replace('\n', ' ');
    }

    private static boolean isOurs(StartElement element) {
        return NAMESPACE.equals(element.getName().getNamespaceURI()) && ELEMENT.equals(element.getName().getLocalPart());
    }

    private static void skipElement(XMLEventReader reader) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            XMLEvent event = reader.nextEvent();
            if (event.isStartElement()) {
                depth++;
            } else if (event.isEndElement()) {
                depth--;
            }
        }
    }

    /** No DTDs and no external entities: figures may come from anywhere. */
    private static XMLInputFactory inputFactory() {
        XMLInputFactory factory = XMLInputFactory.newInstance();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        return factory;
    }
}

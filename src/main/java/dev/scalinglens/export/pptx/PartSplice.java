package dev.scalinglens.export.pptx;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.poi.openxml4j.opc.PackagePart;

/**
 * Replaces a marker (an XML comment, ASCII) in a package part's saved UTF-8 XML with an element given as XML
 * text that uses the prefixes {@code p}, {@code a} and {@code r}; the element declares them itself only when
 * the part's root element does not declare them as PresentationML, DrawingML and relationships.
 */
final class PartSplice {

    static final String P = "http://schemas.openxmlformats.org/presentationml/2006/main";
    static final String A = "http://schemas.openxmlformats.org/drawingml/2006/main";
    static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private PartSplice() {
    }

    static void replace(PackagePart part, String marker, byte[] elementXml) throws IOException {
        byte[] xml;
        try (InputStream in = part.getInputStream()) {
            xml = in.readAllBytes();
        }
        int at = indexOf(xml, marker.getBytes(StandardCharsets.US_ASCII));
        if (at < 0) {
            throw new IllegalStateException("no " + marker + " in " + part.getPartName());
        }
        byte[] element = rootDeclaresPrefixes(xml) ? elementXml : withDeclarations(elementXml);
        // A memory part's stream appends to what the part holds (POI clears a part before it commits one).
        part.clear();
        try (OutputStream out = part.getOutputStream()) {
            out.write(xml, 0, at);
            out.write(element);
            int after = at + marker.length();
            out.write(xml, after, xml.length - after);
        }
    }

    /** Whether the root start tag declares {@code p}, {@code a} and {@code r} as their namespaces. */
    static boolean rootDeclaresPrefixes(byte[] xml) {
        String head = new String(xml, 0, Math.min(xml.length, 4096), StandardCharsets.UTF_8);
        int root = head.indexOf('<', head.startsWith("<?") ? head.indexOf("?>") : 0);
        int end = root < 0 ? -1 : head.indexOf('>', root);
        if (end < 0) {
            return false;
        }
        String tag = head.substring(root, end);
        return tag.contains("xmlns:p=\"" + P + '"') && tag.contains("xmlns:a=\"" + A + '"')
                && tag.contains("xmlns:r=\"" + R + '"');
    }

    /** The element with the declarations added to its start tag, after its name. */
    static byte[] withDeclarations(byte[] elementXml) {
        int cut = 1;
        while (cut < elementXml.length && elementXml[cut] != ' ' && elementXml[cut] != '>' && elementXml[cut] != '/') {
            cut++;
        }
        byte[] declarations = (" xmlns:p=\"" + P + "\" xmlns:a=\"" + A + "\" xmlns:r=\"" + R + '"')
                .getBytes(StandardCharsets.US_ASCII);
        byte[] result = new byte[elementXml.length + declarations.length];
        System.arraycopy(elementXml, 0, result, 0, cut);
        System.arraycopy(declarations, 0, result, cut, declarations.length);
        System.arraycopy(elementXml, cut, result, cut + declarations.length, elementXml.length - cut);
        return result;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}

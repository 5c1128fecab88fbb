package dev.scalinglens.catalog.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import dev.scalinglens.catalog.Problem;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads JSON bytes into {@link JsonNode} trees with locations, one top-level member or one record at a
 * time, refusing binary data, invalid UTF-8 and over-deep nesting with a one-line problem instead of an
 * exception.
 */
public final class JsonTreeReader {

    private final JsonFactory factory;
    private final LoadLimits limits;

    public JsonTreeReader(LoadLimits limits) {
        this.limits = limits;
        this.factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(limits.maxNestingDepth())
                        .build())
                .build();
    }

    /**
     * Receives a document member by member. Elements of the arrays it {@link #streams streams} arrive one
     * at a time, so a large catalog never exists as one tree: only one record's tree is alive at once.
     */
    public interface DocumentVisitor {
        /** Whether the top-level array member {@code name} is delivered element by element. */
        boolean streams(String name);

        void element(String member, int index, JsonNode element);

        /** A top-level member that is not streamed. */
        void member(JsonNode.Field field);

        /** The document is not an object (no members were delivered). */
        void notAnObject(JsonNode root);

        /** The document ended; {@code line} and {@code column} locate its opening brace. */
        void end(int line, int column);
    }

    /** Streams the document to {@code visitor}; returns the problem that stopped reading, or null. */
    public Problem read(byte[] bytes, String fileName, DocumentVisitor visitor) {
        String wideText = wideUnicode(bytes);
        if (wideText != null) {
            return failure(fileName, 0, 0, "the file is " + wideText + " text; save it as UTF-8");
        }
        int nul = indexOfNul(bytes);
        if (nul >= 0) {
            return failure(fileName, 0, 0,
                    "not a text file: found a NUL byte at offset " + nul + " (binary data?)");
        }
        JsonParser parser;
        try {
            parser = factory.createParser(bytes);
        } catch (IOException e) {
            return failure(fileName, 0, 0, "cannot read: " + IoReasons.of(e));
        }
        try (parser) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return failure(fileName, 0, 0, "empty file: expected a JSON object");
            }
            if (first != JsonToken.START_OBJECT) {
                visitor.notAnObject(readValue(parser, 1));
            } else {
                JsonLocation start = parser.currentTokenLocation();
                streamMembers(parser, visitor);
                visitor.end(start.getLineNr(), start.getColumnNr());
            }
            JsonToken trailing = parser.nextToken();
            if (trailing != null) {
                JsonLocation at = parser.currentTokenLocation();
                return failure(fileName, at.getLineNr(), at.getColumnNr(),
                        "unexpected content after the end of the JSON document");
            }
            return null;
        } catch (StreamConstraintsException e) {
            JsonLocation at = e.getLocation() != null ? e.getLocation() : parser.currentTokenLocation();
            return failure(fileName, lineOf(at), columnOf(at), describeLimit(e.getOriginalMessage()));
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            return failure(fileName, lineOf(at), columnOf(at), describeSyntaxError(e.getOriginalMessage()));
        } catch (IOException e) {
            return failure(fileName, 0, 0, "cannot read: " + IoReasons.of(e));
        }
    }

    private void streamMembers(JsonParser p, DocumentVisitor visitor) throws IOException {
        java.util.Set<String> seen = new java.util.HashSet<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            JsonLocation nameAt = p.currentTokenLocation();
            String name = p.currentName();
            if (!seen.add(name)) {
                throw new DuplicateKeyException(name, nameAt);
            }
            JsonToken value = p.nextToken();
            if (value == JsonToken.START_ARRAY && visitor.streams(name)) {
                int index = 0;
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    visitor.element(name, index++, readValue(p, 3));
                }
            } else {
                visitor.member(new JsonNode.Field(name, readValue(p, 2), nameAt.getLineNr(), nameAt.getColumnNr()));
            }
        }
    }

    private JsonNode readValue(JsonParser p, int depth) throws IOException {
        JsonLocation at = p.currentTokenLocation();
        int line = at.getLineNr();
        int column = at.getColumnNr();
        JsonToken token = p.currentToken();
        switch (token) {
            case START_OBJECT: {
                // Sized for a model record (about 13 members) so the map never rehashes.
                Map<String, JsonNode.Field> fields = new LinkedHashMap<>(32);
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    JsonLocation nameAt = p.currentTokenLocation();
                    String name = p.currentName();
                    p.nextToken();
                    JsonNode value = readValue(p, depth + 1);
                    JsonNode.Field previous = fields.put(name,
                            new JsonNode.Field(name, value, nameAt.getLineNr(), nameAt.getColumnNr()));
                    if (previous != null) {
                        throw new DuplicateKeyException(name, nameAt);
                    }
                }
                return new JsonNode.ObjectNode(fields, line, column);
            }
            case START_ARRAY: {
                List<JsonNode> items = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    items.add(readValue(p, depth + 1));
                }
                return new JsonNode.ArrayNode(items, line, column);
            }
            case VALUE_STRING:
                return new JsonNode.StringNode(p.getText(), line, column);
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
            {
                double value = p.getDoubleValue();
                // Keeping the text of every number would double the allocations of a large catalog.
                return new JsonNode.NumberNode(value, Double.isFinite(value) ? null : p.getText(), line, column);
            }
            case VALUE_TRUE:
            case VALUE_FALSE:
                return new JsonNode.BooleanNode(token == JsonToken.VALUE_TRUE, line, column);
            case VALUE_NULL:
                return new JsonNode.NullNode(line, column);
            default:
                throw new IllegalStateException("unexpected token " + token);
        }
    }

    /** A repeated member name: JSON allows it, but one of the two values would silently be lost. */
    private static final class DuplicateKeyException extends JsonProcessingException {
        DuplicateKeyException(String name, JsonLocation at) {
            super("duplicate member \"" + name + "\" in one object", at);
        }
    }

    private static String describeSyntaxError(String message) {
        String m = message == null ? "syntax error" : message;
        if (m.startsWith("Invalid UTF-8 ")) {
            return "invalid UTF-8: " + firstSentence(m.substring("Invalid UTF-8 ".length()))
                    + " (save the file as UTF-8)";
        }
        if (m.startsWith("Non-standard token")) {
            return "invalid JSON: " + m.substring(0, m.indexOf(':') < 0 ? m.length() : m.indexOf(':'))
                    + " (JSON has no NaN or Infinity; leave the field out when unknown)";
        }
        if (m.startsWith("duplicate member")) {
            return m;
        }
        return "invalid JSON: " + withoutSource(firstSentence(m));
    }

    /**
     * Which read limit was hit, in our words: Jackson's messages end in a pointer to its own settings
     * ("... from StreamReadConstraints.getMaxNestingDepth()"), which means nothing to a user.
     */
    private String describeLimit(String message) {
        String m = message == null ? "" : message;
        java.util.regex.Matcher length = java.util.regex.Pattern
                .compile("(Number|String) value length \\((\\d+)\\) exceeds the maximum (?:allowed|length) \\((\\d+)")
                .matcher(m);
        if (length.find()) {
            boolean number = length.group(1).equals("Number");
            return (number ? "a number of " + length.group(2) + " digits; at most " + length.group(3) + " are allowed"
                    : "a string of " + length.group(2) + " characters; at most " + length.group(3) + " are allowed");
        }
        if (m.contains("nesting depth")) {
            return "nesting deeper than " + limits.maxNestingDepth() + " levels is not allowed";
        }
        int from = m.indexOf(" (from ");
        return "over a read limit: " + (from < 0 ? m : m.substring(0, from));
    }

    private static final java.util.regex.Pattern SOURCE = java.util.regex.Pattern.compile(
            "\\[Source: [^;\\]]*; line: (\\d+), column: (\\d+)]");

    /**
     * Jackson points at an earlier place as "[Source: REDACTED (...); line: 1, column: 1]" (it hides the
     * source on purpose); say "line 1, column 1" instead.
     */
    static String withoutSource(String m) {
        return SOURCE.matcher(m).replaceAll("line $1, column $2");
    }

    /**
     * "UTF-16" or "UTF-32" when the bytes are text in one of those (by byte-order mark or zero pattern), else
     * null; importers use it too, so such a file is named as such rather than called binary.
     */
    public static String wideUnicode(byte[] b) {
        if (b.length >= 4 && ((b[0] == 0 && b[1] == 0 && (b[2] & 0xff) == 0xfe && (b[3] & 0xff) == 0xff)
                || ((b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xfe && b[2] == 0 && b[3] == 0))) {
            return "UTF-32";
        }
        if (b.length >= 2 && (((b[0] & 0xff) == 0xfe && (b[1] & 0xff) == 0xff)
                || ((b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xfe))) {
            return "UTF-16";
        }
        // Without a mark: ASCII text in UTF-32 or UTF-16 has zeros around each of its first characters.
        if (b.length >= 4 && b.length % 4 == 0 && ((b[0] != 0 && b[1] == 0 && b[2] == 0 && b[3] == 0)
                || (b[0] == 0 && b[1] == 0 && b[2] == 0 && b[3] != 0))) {
            return "UTF-32";
        }
        if (b.length >= 4 && b.length % 2 == 0 && ((b[0] != 0 && b[1] == 0 && b[2] != 0 && b[3] == 0)
                || (b[0] == 0 && b[1] != 0 && b[2] == 0 && b[3] != 0))) {
            return "UTF-16";
        }
        return null;
    }

    /** Jackson appends hints after a newline; keep only the first line so a problem stays one line. */
    private static String firstSentence(String m) {
        int newline = m.indexOf('\n');
        return newline < 0 ? m : m.substring(0, newline);
    }

    private static int indexOfNul(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                return i;
            }
        }
        return -1;
    }

    private static int lineOf(JsonLocation at) {
        return at == null ? 0 : Math.max(0, at.getLineNr());
    }

    private static int columnOf(JsonLocation at) {
        return at == null ? 0 : Math.max(0, at.getColumnNr());
    }

    private static Problem failure(String file, int line, int column, String message) {
        return new Problem(Problem.Severity.ERROR, file, line, column, "", message);
    }
}

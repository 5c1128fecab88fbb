package dev.scalinglens.catalog.io;

import dev.scalinglens.catalog.NumberText;
import java.util.List;
import java.util.Map;

/**
 * A parsed JSON value that remembers where it starts (1-based line and column), so that validation
 * can point at the exact place of a problem. Jackson's own tree does not keep locations.
 */
public sealed interface JsonNode {

    int line();

    int column();

    /** A short description for "expected ..., got ..." messages. */
    String describe();

    record ObjectNode(Map<String, Field> fields, int line, int column) implements JsonNode {
        public String describe() {
            return "an object";
        }
    }

    /** A member of an object; the location is that of the member's name. */
    record Field(String name, JsonNode value, int line, int column) {
    }

    record ArrayNode(List<JsonNode> items, int line, int column) implements JsonNode {
        public String describe() {
            return "an array";
        }
    }

    record StringNode(String value, int line, int column) implements JsonNode {
        public String describe() {
            String shown = value.length() > 40 ? value.substring(0, 40) + "..." : value;
            return '"' + shown + '"';
        }
    }

    /**
     * A number. {@code text} is the number as written, kept only when the double cannot show it (too
     * large: 1e400 reads as infinity); otherwise messages render the value compactly (-7e9, 8.5).
     */
    record NumberNode(double value, String text, int line, int column) implements JsonNode {
        public String describe() {
            return text != null ? text : NumberText.format(value);
        }
    }

    record BooleanNode(boolean value, int line, int column) implements JsonNode {
        public String describe() {
            return Boolean.toString(value);
        }
    }

    record NullNode(int line, int column) implements JsonNode {
        public String describe() {
            return "null";
        }
    }
}

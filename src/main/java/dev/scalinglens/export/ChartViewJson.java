package dev.scalinglens.export;

import dev.scalinglens.charts.registry.ChartKind;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.scalinglens.plot.Theme;
import dev.scalinglens.plot.Viewport;
import dev.scalinglens.plot.spec.DisplayOptions;
import dev.scalinglens.plot.spec.ScaleType;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The JSON form of a {@link ChartView}, read with the streaming parser so every error names its line,
 * column and path. Field names: chart, settings, viewport {xMin, xMax, yMin, yMax}, pinned, theme, colorBy, hidden
 * (light|dark), title, subtitle, footnote, xScale and yScale (log|linear, absent: the chart's own), labels
 * (false hides point labels). Unknown fields are errors: a typo must not be silently lost.
 */
public final class ChartViewJson {

    /** Limits for files we did not write: a view is a few kilobytes, a deck a few hundred. */
    private static final StreamReadConstraints LIMITS = StreamReadConstraints.builder()
            .maxNestingDepth(64)
            .maxStringLength(1_000_000)
            .maxNumberLength(100)
            .build();

    static final ObjectMapper MAPPER = new ObjectMapper(
            JsonFactory.builder().streamReadConstraints(LIMITS).build());

    private static final List<String> FIELDS =
            List.of("chart", "settings", "viewport", "pinned", "theme", "title", "subtitle", "footnote", "xScale",
                    "yScale", "labels", "colorBy", "hidden");
    private static final List<String> VIEWPORT_FIELDS = List.of("xMin", "xMax", "yMin", "yMax");

    private ChartViewJson() {
    }

    /** Compact JSON, the form embedded in figures. */
    public static String toJson(ChartView view) {
        return writeJson(false, gen -> write(view, gen));
    }

    /** What a piece of JSON writes into a generator. */
    @FunctionalInterface
    interface JsonBody {
        void write(JsonGenerator gen) throws IOException;
    }

    /** JSON written into memory, compact or pretty-printed. */
    static String writeJson(boolean pretty, JsonBody body) {
        try (StringWriter out = new StringWriter(); JsonGenerator gen = pretty
                ? MAPPER.createGenerator(out).useDefaultPrettyPrinter() : MAPPER.createGenerator(out)) {
            body.write(gen);
            gen.flush();
            return out.toString();
        } catch (IOException e) {
            throw new IllegalStateException("writing JSON to memory cannot fail", e);
        }
    }

    /** Parses one view; {@code source} names the file in error messages. */
    public static ChartView fromJson(String json, String source) throws ViewFormatException {
        try (JsonParser parser = MAPPER.createParser(json)) {
            parser.nextToken();
            ChartView view = read(parser, source);
            if (parser.nextToken() != null) {
                throw JsonLocations.error(parser, source, "unexpected content after the view");
            }
            return view;
        } catch (ViewFormatException e) {
            throw e;
        } catch (JsonProcessingException e) {
            throw syntaxError(e, source);
        } catch (IOException e) {
            throw new ViewFormatException(source + ": cannot read view JSON: " + e.getMessage());
        }
    }

    /** Malformed JSON or a file past the size limits, reported where the parser stopped. */
    static ViewFormatException syntaxError(JsonProcessingException e, String source) {
        String where = e.getLocation() == null ? source
                : source + ":" + e.getLocation().getLineNr() + ":" + e.getLocation().getColumnNr();
        // Jackson appends where an unclosed object started, with a redacted source: noise for users
        String what = e.getOriginalMessage().replaceAll("\\s*\\(start marker at .*$", "");
        return new ViewFormatException(where + ": invalid JSON: " + what);
    }

    static void write(ChartView view, JsonGenerator gen) throws IOException {
        write(view, gen, null);
    }

    /** A view as a deck slide: with the presenter's speaker {@code notes} when not null. */
    static void write(ChartView view, JsonGenerator gen, String notes) throws IOException {
        gen.writeStartObject();
        gen.writeStringField("chart", view.chartId());
        gen.writeFieldName("settings");
        MAPPER.writeTree(gen, view.settings());
        if (view.viewport() != null) {
            Viewport v = view.viewport();
            gen.writeObjectFieldStart("viewport");
            gen.writeNumberField("xMin", v.xMin());
            gen.writeNumberField("xMax", v.xMax());
            gen.writeNumberField("yMin", v.yMin());
            gen.writeNumberField("yMax", v.yMax());
            gen.writeEndObject();
        }
        gen.writeArrayFieldStart("pinned");
        for (String id : view.pinnedIds()) {
            gen.writeString(id);
        }
        gen.writeEndArray();
        gen.writeStringField("theme", view.theme().name().toLowerCase(Locale.ROOT));
        writeOptional(gen, "title", view.text().title());
        writeOptional(gen, "subtitle", view.text().subtitle());
        writeOptional(gen, "footnote", view.text().footnote());
        writeOptional(gen, "xScale", scaleName(view.display().xScale()));
        writeOptional(gen, "yScale", scaleName(view.display().yScale()));
        if (!view.display().labels()) {
            gen.writeBooleanField("labels", false);
        }
        writeOptional(gen, "colorBy", view.display().colorBy());
        if (!view.display().hiddenSeries().isEmpty()) {
            gen.writeArrayFieldStart("hidden");
            for (String name : view.display().hiddenSeries()) {
                gen.writeString(name);
            }
            gen.writeEndArray();
        }
        writeOptional(gen, "notes", notes);
        gen.writeEndObject();
    }

    private static String scaleName(ScaleType scale) {
        return scale == null ? null : scale == ScaleType.LOG10 ? "log" : scale.name().toLowerCase(Locale.ROOT);
    }

    private static void writeOptional(JsonGenerator gen, String field, String value) throws IOException {
        if (value != null) {
            gen.writeStringField(field, value);
        }
    }

    /** Reads a view whose START_OBJECT is the parser's current token. */
    static ChartView read(JsonParser p, String source) throws IOException {
        return read(p, source, null);
    }

    /**
     * Reads a view; when {@code notes} is not null (a deck slide) a {@code "notes"} field is accepted and
     * handed to it.
     */
    static ChartView read(JsonParser p, String source, java.util.function.Consumer<String> notes) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            throw JsonLocations.error(p, source, "expected a chart view object {\"chart\": ...}");
        }
        String chartId = null;
        JsonNode settings = null;
        Viewport viewport = null;
        List<String> pinned = List.of();
        Theme theme = Theme.LIGHT;
        String title = null;
        String subtitle = null;
        String footnote = null;
        ScaleType xScale = null;
        ScaleType yScale = null;
        boolean labels = true;
        String colorBy = null;
        List<String> hidden = List.of();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            p.nextToken();
            switch (field) {
                case "chart" -> chartId = readChartId(p, source);
                case "settings" -> settings = readSettings(p, source);
                case "viewport" -> viewport = readViewport(p, source);
                case "pinned" -> pinned = readStrings(p, source);
                case "theme" -> theme = readTheme(p, source);
                case "title" -> title = readOptionalString(p, source);
                case "subtitle" -> subtitle = readOptionalString(p, source);
                case "footnote" -> footnote = readOptionalString(p, source);
                case "xScale" -> xScale = readScale(p, source);
                case "yScale" -> yScale = readScale(p, source);
                case "labels" -> labels = readBoolean(p, source);
                case "colorBy" -> colorBy = readOptionalString(p, source);
                case "hidden" -> hidden = readStrings(p, source);
                case "notes" -> {
                    if (notes == null) {
                        throw JsonLocations.error(p, source, "\"notes\" belongs to a slide of a deck spec, not a view");
                    }
                    notes.accept(readOptionalString(p, source));
                }
                default -> throw JsonLocations.error(p, source, "unknown field \"" + field
                        + "\"; expected one of " + String.join(", ", FIELDS));
            }
        }
        if (chartId == null) {
            throw JsonLocations.error(p, source, "missing \"chart\"; expected one of "
                    + String.join(", ", ChartKind.ids()));
        }
        return new ChartView(chartId, settings, viewport, pinned, theme,
                new TextOverrides(title, subtitle, footnote), new DisplayOptions(xScale, yScale, labels, colorBy, hidden));
    }

    private static ScaleType readScale(JsonParser p, String source) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_NULL) {
            return null;
        }
        String name = requireString(p, source);
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "log" -> ScaleType.LOG10;
            case "linear" -> ScaleType.LINEAR;
            default -> throw JsonLocations.error(p, source, "unknown scale \"" + name + "\"; expected log or linear");
        };
    }

    private static boolean readBoolean(JsonParser p, String source) throws IOException {
        if (!p.currentToken().isBoolean()) {
            throw JsonLocations.error(p, source, "expected true or false");
        }
        return p.getBooleanValue();
    }

    private static String readChartId(JsonParser p, String source) throws IOException {
        String id = requireString(p, source);
        if (!ChartKind.isKnown(id)) {
            throw JsonLocations.error(p, source, "unknown chart \"" + id + "\"; expected one of "
                    + String.join(", ", ChartKind.ids()));
        }
        return id;
    }

    private static JsonNode readSettings(JsonParser p, String source) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            throw JsonLocations.error(p, source, "expected an object of chart settings");
        }
        return MAPPER.readTree(p);
    }

    private static Viewport readViewport(JsonParser p, String source) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_NULL) {
            return null;
        }
        if (p.currentToken() != JsonToken.START_OBJECT) {
            throw JsonLocations.error(p, source, "expected an object {\"xMin\", \"xMax\", \"yMin\", \"yMax\"} or null");
        }
        double[] values = {Double.NaN, Double.NaN, Double.NaN, Double.NaN};
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            int index = VIEWPORT_FIELDS.indexOf(p.currentName());
            p.nextToken();
            if (index < 0) {
                throw JsonLocations.error(p, source, "unknown field; expected one of "
                        + String.join(", ", VIEWPORT_FIELDS));
            }
            if (!p.currentToken().isNumeric() || !Double.isFinite(p.getDoubleValue())) {
                throw JsonLocations.error(p, source, "expected a finite number in data units");
            }
            values[index] = p.getDoubleValue();
        }
        for (int i = 0; i < values.length; i++) {
            if (Double.isNaN(values[i])) {
                throw JsonLocations.error(p, source, "missing \"" + VIEWPORT_FIELDS.get(i) + "\"");
            }
        }
        if (values[0] >= values[1] || values[2] >= values[3]) {
            throw JsonLocations.error(p, source, "empty range: needs xMin < xMax and yMin < yMax");
        }
        return new Viewport(values[0], values[1], values[2], values[3]);
    }

    private static List<String> readStrings(JsonParser p, String source) throws IOException {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            throw JsonLocations.error(p, source, "expected an array of point ids");
        }
        List<String> values = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            values.add(requireString(p, source));
        }
        return values;
    }

    private static Theme readTheme(JsonParser p, String source) throws IOException {
        String name = requireString(p, source);
        for (Theme theme : Theme.values()) {
            if (theme.name().equalsIgnoreCase(name)) {
                return theme;
            }
        }
        throw JsonLocations.error(p, source, "unknown theme \"" + name + "\"; expected light or dark");
    }

    private static String readOptionalString(JsonParser p, String source) throws IOException {
        return p.currentToken() == JsonToken.VALUE_NULL ? null : requireString(p, source);
    }

    private static String requireString(JsonParser p, String source) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            throw JsonLocations.error(p, source, "expected a string");
        }
        return p.getText();
    }

    /** Lets a workspace record hold a ChartView field and get the same JSON. */
    static final class Serializer extends StdSerializer<ChartView> {
        Serializer() {
            super(ChartView.class);
        }

        @Override
        public void serialize(ChartView view, JsonGenerator gen, SerializerProvider provider) throws IOException {
            write(view, gen);
        }
    }

    /** The databind side of {@link #read}; errors carry the enclosing document's path. */
    static final class Deserializer extends StdDeserializer<ChartView> {
        Deserializer() {
            super(ChartView.class);
        }

        @Override
        public ChartView deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            Object source = p.currentTokenLocation().contentReference().getRawContent();
            return read(p, source instanceof java.io.File f ? f.getName() : "view");
        }
    }
}

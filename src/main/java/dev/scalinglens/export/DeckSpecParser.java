package dev.scalinglens.export;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads and writes deck specs. Errors name file, line, column and path, e.g.
 * {@code deck.json:7:15: slides[2].chart: unknown chart "foo"; expected one of tokens-params, density,
 * layer-loss, pareto}.
 */
public final class DeckSpecParser {

    private DeckSpecParser() {
    }

    public static DeckSpec read(Path file) throws ExportException {
        String json;
        try {
            json = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new ExportException("cannot read deck spec " + file + ": no such file");
        } catch (IOException e) {
            throw new ExportException("cannot read deck spec " + file + ": " + e.getMessage(), e);
        }
        return parse(json, String.valueOf(file.getFileName()));
    }

    /** Parses a deck spec; {@code source} names it in error messages (usually the file name). */
    public static DeckSpec parse(String json, String source) throws ViewFormatException {
        try (JsonParser p = ChartViewJson.MAPPER.createParser(json)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw JsonLocations.error(p, source, "expected a deck object {\"title\": ..., \"slides\": [...]}");
            }
            String title = DeckSpec.DEFAULT_TITLE;
            List<ChartView> slides = null;
            List<String> notes = new ArrayList<>();
            SlideFormat format = null;
            PptxMode mode = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                switch (field) {
                    case "title" -> title = readTitle(p, source);
                    case "slides" -> slides = readSlides(p, source, notes);
                    case "format" -> {
                        String id = readTitle(p, source);
                        format = SlideFormat.byId(id).orElseThrow(() -> JsonLocations.error(p, source,
                                "unknown slide format \"" + id + "\"; expected 16:9 or 4:3"));
                    }
                    case "mode" -> {
                        String id = readTitle(p, source);
                        try {
                            mode = PptxMode.parse(id);
                        } catch (IllegalArgumentException e) {
                            throw JsonLocations.error(p, source, e.getMessage());
                        }
                    }
                    default -> throw JsonLocations.error(p, source,
                            "unknown field \"" + field + "\"; expected title, format, mode or slides");
                }
            }
            if (slides == null) {
                throw JsonLocations.error(p, source, "missing \"slides\": a list of chart views");
            }
            if (p.nextToken() != null) {
                throw JsonLocations.error(p, source, "unexpected content after the deck");
            }
            return new DeckSpec(title, slides, notes, format, mode);
        } catch (ViewFormatException e) {
            throw e;
        } catch (JsonProcessingException e) {
            throw ChartViewJson.syntaxError(e, source);
        } catch (IOException e) {
            throw new ViewFormatException(source + ": cannot read deck spec: " + e.getMessage());
        }
    }

    private static String readTitle(JsonParser p, String source) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            throw JsonLocations.error(p, source, "expected a string");
        }
        return p.getText();
    }

    private static List<ChartView> readSlides(JsonParser p, String source, List<String> notes) throws IOException {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            throw JsonLocations.error(p, source, "expected an array of chart views");
        }
        List<ChartView> slides = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            String[] slideNotes = new String[1];
            slides.add(ChartViewJson.read(p, source, text -> slideNotes[0] = text));
            notes.add(slideNotes[0]);
        }
        if (slides.isEmpty()) {
            throw JsonLocations.error(p, source, "a deck needs at least one slide");
        }
        return slides;
    }

    /** Pretty-printed, so a saved spec is easy to edit by hand. */
    public static String toJson(DeckSpec deck) {
        return ChartViewJson.writeJson(true, gen -> {
            gen.writeStartObject();
            gen.writeStringField("title", deck.title());
            if (deck.format() != null) {
                gen.writeStringField("format", deck.format().id());
            }
            if (deck.mode() != null) {
                gen.writeStringField("mode", deck.mode().name().toLowerCase(java.util.Locale.ROOT));
            }
            gen.writeArrayFieldStart("slides");
            for (int i = 0; i < deck.slides().size(); i++) {
                ChartViewJson.write(deck.slides().get(i), gen, deck.notes().get(i));
            }
            gen.writeEndArray();
            gen.writeEndObject();
        });
    }
}

package dev.scalinglens.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.scalinglens.plot.Viewport;
import dev.scalinglens.plot.layout.TickFormatter;
import dev.scalinglens.plot.spec.AxisSpec;
import dev.scalinglens.plot.spec.ChartSpec;
import dev.scalinglens.plot.spec.Layer;
import dev.scalinglens.plot.spec.PointLayer;
import dev.scalinglens.plot.spec.TickFormat;
import dev.scalinglens.plot.spec.Tooltip;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The values a slide was drawn from, stored with the slide so a rebuilt deck can say what changed: the
 * catalog's fingerprint, the day the deck was built, the axes (title and how values are written) and every
 * identified point inside the view's viewport (id, name, x, y in data units), plus the chart's key numbers.
 *
 * @param catalog  {@code CatalogFingerprint} of the catalog drawn from
 * @param built    the day the deck was built (UTC), or null when not known
 * @param facts    the chart's key numbers as sentences
 * @param complete false when the chart drew more than {@link #MAX_POINTS} identified points and only the
 *                 first ones were kept (then additions and removals cannot be told)
 */
public record SlideValues(String catalog, LocalDate built, Axis x, Axis y, List<Point> points, List<String> facts,
                          boolean complete) {

    /** An axis as the note names it: title (with its unit) and the format of its values. */
    public record Axis(String title, TickFormat format) {
    }

    /** One drawn point; {@code id} is the chart's stable id (a model id, or a run's id). */
    public record Point(String id, String name, double x, double y) {
    }

    /** The most points kept per slide: a deck rebuilt over a 100k catalog must not carry megabytes of tags. */
    static final int MAX_POINTS = 5_000;

    public SlideValues {
        points = List.copyOf(points);
        facts = facts == null ? List.of() : List.copyOf(facts);
    }

    public SlideValues(String catalog, LocalDate built, Axis x, Axis y, List<Point> points, List<String> facts) {
        this(catalog, built, x, y, points, facts, true);
    }

    public SlideValues builtOn(LocalDate day) {
        return new SlideValues(catalog, day, x, y, points, facts, complete);
    }

    /**
     * The identified points of the chart's point layers that lie inside {@code viewport} (all when null), the
     * first occurrence of each id (a model may be drawn twice, e.g. as a family point and an envelope point).
     */
    public static SlideValues of(ChartSpec spec, Viewport viewport, String catalogFingerprint) {
        List<Point> points = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        double xMin = Double.POSITIVE_INFINITY;
        double xMax = Double.NEGATIVE_INFINITY;
        double yMin = Double.POSITIVE_INFINITY;
        double yMax = Double.NEGATIVE_INFINITY;
        Map<String, Integer> nameCount = new HashMap<>();
        boolean complete = true;
        for (Layer layer : spec.layers()) {
            if (!(layer instanceof PointLayer p) || p.pointIds() == null) {
                continue;
            }
            for (int i = 0; i < p.size() && complete; i++) {
                double x = p.x()[i];
                double y = p.y()[i];
                String id = p.pointIds()[i];
                if (id == null || !Double.isFinite(x) || !Double.isFinite(y) || !inside(viewport, x, y)
                        || !seen.add(id)) {
                    continue;
                }
                if (points.size() == MAX_POINTS) {
                    complete = false;
                    break;
                }
                String name = name(p, i);
                nameCount.merge(name, 1, Integer::sum);
                points.add(new Point(id, name, x, y));
                xMin = Math.min(xMin, x);
                xMax = Math.max(xMax, x);
                yMin = Math.min(yMin, y);
                yMax = Math.max(yMax, y);
            }
        }
        // Points without a label of their own (a sweep's steps, modelled configurations) share a tooltip
        // title: their id tells them apart.
        List<Point> named = points.stream().map(pt -> nameCount.get(pt.name()) > 1 && !pt.name().equals(pt.id())
                ? new Point(pt.id(), pt.name() + " (" + pt.id() + ")", pt.x(), pt.y()) : pt).toList();
        return new SlideValues(catalogFingerprint, null, axis(spec.xAxis(), xMin, xMax), axis(spec.yAxis(), yMin, yMax),
                named, spec.keyFacts(), complete);
    }

    private static boolean inside(Viewport v, double x, double y) {
        return v == null || (x >= Math.min(v.xMin(), v.xMax()) && x <= Math.max(v.xMin(), v.xMax())
                && y >= Math.min(v.yMin(), v.yMax()) && y <= Math.max(v.yMin(), v.yMax()));
    }

    private static String name(PointLayer p, int i) {
        if (p.labels() != null && p.labels()[i] != null && !p.labels()[i].isBlank()) {
            return p.labels()[i];
        }
        if (p.tooltip() != null) {
            Tooltip tip = p.tooltip().apply(i);
            if (tip != null && tip.title() != null && !tip.title().isBlank()) {
                return tip.title();
            }
        }
        return p.name() != null && !p.name().isBlank() ? p.name() : p.pointIds()[i];
    }

    private static Axis axis(AxisSpec axis, double min, double max) {
        TickFormat format = Double.isFinite(min)
                ? TickFormatter.resolve(axis.format(), axis.scale(), min, max)
                : TickFormatter.resolve(axis.format(), axis.scale(), 1, 1);
        return new Axis(axis.title() == null ? "" : axis.title(), format);
    }

    /** Compact JSON, stored in the slide's tags next to the view. */
    public String toJson() {
        return ChartViewJson.writeJson(false, gen -> {
            gen.writeStartObject();
            gen.writeStringField("catalog", catalog);
            if (built != null) {
                gen.writeStringField("built", built.toString());
            }
            if (!complete) {
                gen.writeBooleanField("complete", false);
            }
            writeAxis(gen, "x", x);
            writeAxis(gen, "y", y);
            gen.writeArrayFieldStart("points");
            for (Point p : points) {
                gen.writeStartArray();
                gen.writeString(p.id());
                gen.writeString(p.name());
                gen.writeNumber(p.x());
                gen.writeNumber(p.y());
                gen.writeEndArray();
            }
            gen.writeEndArray();
            gen.writeArrayFieldStart("facts");
            for (String fact : facts) {
                gen.writeString(fact);
            }
            gen.writeEndArray();
            gen.writeEndObject();
        });
    }

    private static void writeAxis(JsonGenerator gen, String field, Axis axis) throws IOException {
        gen.writeObjectFieldStart(field);
        gen.writeStringField("title", axis.title());
        gen.writeStringField("format", axis.format().name());
        gen.writeEndObject();
    }

    /** Reads what {@link #toJson()} wrote; fails with a message when the stored values are damaged. */
    public static SlideValues fromJson(String json) throws ViewFormatException {
        JsonNode root;
        try {
            root = ChartViewJson.MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new ViewFormatException("stored slide values: invalid JSON: " + e.getOriginalMessage());
        }
        try {
            if (root == null || !root.isObject() || !root.path("catalog").isTextual() || !root.path("points").isArray()) {
                throw new ViewFormatException("stored slide values: expected catalog and points");
            }
            LocalDate built = root.path("built").isTextual() ? LocalDate.parse(root.path("built").asText()) : null;
            List<Point> points = new ArrayList<>();
            for (JsonNode p : root.path("points")) {
                if (!p.isArray() || p.size() != 4 || !p.get(2).isNumber() || !p.get(3).isNumber()) {
                    throw new ViewFormatException("stored slide values: a point is not [id, name, x, y]");
                }
                points.add(new Point(p.get(0).asText(), p.get(1).asText(), p.get(2).asDouble(), p.get(3).asDouble()));
            }
            List<String> facts = new ArrayList<>();
            root.path("facts").forEach(f -> facts.add(f.asText()));
            return new SlideValues(root.path("catalog").asText(), built, readAxis(root.path("x")),
                    readAxis(root.path("y")), points, facts, root.path("complete").asBoolean(true));
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw new ViewFormatException("stored slide values: " + e.getMessage());
        }
    }

    private static Axis readAxis(JsonNode node) {
        return new Axis(node.path("title").asText(""), TickFormat.valueOf(node.path("format").asText("AUTO")));
    }
}

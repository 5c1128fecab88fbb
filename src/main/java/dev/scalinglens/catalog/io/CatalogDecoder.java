package dev.scalinglens.catalog.io;

import dev.scalinglens.catalog.Catalog;
import dev.scalinglens.catalog.Experiment;
import dev.scalinglens.catalog.HardwareRecord;
import dev.scalinglens.catalog.InferenceRun;
import dev.scalinglens.catalog.LossLaw;
import dev.scalinglens.catalog.ModelRecord;
import dev.scalinglens.catalog.Problem;
import dev.scalinglens.catalog.RecordIds;
import dev.scalinglens.catalog.Source;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;

/**
 * Turns one catalog document, streamed record by record, into catalog records, checking every field
 * (type, sign, range, dates, slugs, required members) and the rules within a record (active ≤ total
 * parameters) and within a file (unique ids per section, known source keys).
 */
public final class CatalogDecoder implements JsonTreeReader.DocumentVisitor {

    private static final Set<String> SECTIONS = Set.of("models", "hardware", "experiments", "inferenceRuns",
            "lossLaws");
    private static final Set<String> SOURCE = Set.of("citation", "url");
    private static final Set<String> HARDWARE = Set.of("id", "name", "vendor", "releaseDate", "memoryGigabytes",
            "memoryBandwidthTerabytesPerSecond", "denseBf16Teraflops", "denseFp8Teraflops", "denseFp4Teraflops",
            "scaleUpBandwidthGigabytesPerSecond", "scaleUpDomainGpus", "chipTdpWatts", "allInPowerWatts",
            "pricePerGpuHourUsd", "source", "notes");
    private static final Set<String> EXPERIMENT = Set.of("id", "name", "xLabel", "yLabel", "series",
            "referenceLines", "variants", "source", "notes");
    private static final Set<String> SERIES = Set.of("name", "points");
    private static final Set<String> POINT = Set.of("x", "y", "estimated");
    private static final Set<String> LABELLED_Y = Set.of("label", "y", "source");
    private static final Set<String> LOSS_LAW = Set.of("id", "name", "e", "a", "b", "alpha", "beta", "source");

    private final ProblemSink sink;
    private final DecodeContext context;
    private final List<RecordLocation> locations = new ArrayList<>();
    private final Map<String, Map<String, RecordLocation>> idsBySection = new HashMap<>();
    private final Map<String, Source> sources = new LinkedHashMap<>();
    private final List<ModelRecord> models = new ArrayList<>();
    private final List<HardwareRecord> hardware = new ArrayList<>();
    private final List<Experiment> experiments = new ArrayList<>();
    private final List<InferenceRun> runs = new ArrayList<>();
    private final List<LossLaw> laws = new ArrayList<>();
    private boolean sawSchema;
    /** False when reading stopped early (syntax error): the file then yields no records. */
    private boolean ended;

    private CatalogDecoder(String file, LocalDate today) {
        this.sink = new ProblemSink(file);
        this.context = new DecodeContext(sink, today);
    }

    /** Decodes while {@code reader} streams the bytes, one record tree at a time. */
    public static DecodedFile decode(JsonTreeReader reader, byte[] bytes, String file, LocalDate today) {
        CatalogDecoder decoder = new CatalogDecoder(file, today);
        Problem stop = reader.read(bytes, file, decoder);
        if (stop != null) {
            decoder.sink.add(stop);
        }
        return decoder.result();
    }

    @Override
    public boolean streams(String name) {
        return SECTIONS.contains(name);
    }

    @Override
    public void element(String member, int index, JsonNode n) {
        if ((index & 1023) == 0 && Thread.currentThread().isInterrupted()) {
            // Checked every 1,024 records, so a background task can cancel a large file promptly.
            throw new CancellationException("catalog loading cancelled");
        }
        String p = member + "[" + index + "]";
        switch (member) {
            case "models" -> add(models, ModelRecordDecoder.decode(n, p, context), n, p, member);
            case "hardware" -> add(hardware, hardware(n, p), n, p, member);
            case "experiments" -> add(experiments, experiment(n, p), n, p, member);
            case "inferenceRuns" -> add(runs, RunRecordDecoder.decode(n, p, context), n, p, member);
            case "lossLaws" -> add(laws, lossLaw(n, p), n, p, member);
            default -> throw new IllegalArgumentException("not a section: " + member);
        }
    }

    @Override
    public void member(JsonNode.Field field) {
        String name = field.name();
        JsonNode value = field.value();
        if (name.equals("schema")) {
            sawSchema = true;
            if (!(value instanceof JsonNode.StringNode s) || !s.value().equals(Catalog.SCHEMA)) {
                sink.error(value, "schema", "expected \"" + Catalog.SCHEMA + "\", got " + value.describe());
            }
        } else if (name.equals("sources")) {
            sources(value);
        } else if (SECTIONS.contains(name)) {
            if (!(value instanceof JsonNode.NullNode)) {
                sink.error(value, name, "expected an array, got " + value.describe());
            }
        } else {
            sink.warning(field.line(), field.column(), name, "unknown field (ignored)");
        }
    }

    @Override
    public void notAnObject(JsonNode root) {
        sink.error(root, "", "expected an object, got " + root.describe());
    }

    @Override
    public void end(int line, int column) {
        ended = true;
        if (!sawSchema) {
            sink.error(line, column, "schema", "missing required field");
        }
        context.checkSourceReferences(sources);
    }

    private DecodedFile result() {
        Catalog catalog = ended
                ? new Catalog(Catalog.SCHEMA, sources, models, hardware, experiments, runs, laws)
                : Catalog.empty();
        return finish(catalog);
    }

    private DecodedFile finish(Catalog catalog) {
        return new DecodedFile(sink.file(), catalog, locations, sink.problems());
    }

    private <T> void add(List<T> list, T record, JsonNode at, String path, String section) {
        if (record == null) {
            return;
        }
        String id = RecordIds.idOf(record);
        Map<String, RecordLocation> seen = idsBySection.computeIfAbsent(section, s -> new HashMap<>());
        RecordLocation here = new RecordLocation(section, id, sink.file(), at.line(), at.column(), path);
        RecordLocation earlier = seen.putIfAbsent(id, here);
        if (earlier != null) {
            sink.error(at, path + ".id", "duplicate id \"" + id + "\" (first used at " + earlier.path()
                    + ", line " + earlier.line() + ")");
            return;
        }
        locations.add(here);
        list.add(record);
    }

    /** Fills {@link #sources}, which the document's one "sources" member (names are unique) makes final. */
    private void sources(JsonNode node) {
        readSources(node);
        context.sourcesKnown(sources);
    }

    private void readSources(JsonNode node) {
        if (!(node instanceof JsonNode.ObjectNode all)) {
            sink.error(node, "sources", "expected an object of citations by key, got " + node.describe());
            return;
        }
        for (JsonNode.Field field : all.fields().values()) {
            ObjectView s = ObjectView.of(field.value(), "sources." + field.name(), context, SOURCE);
            if (s == null) {
                continue;
            }
            String citation = s.string("citation", true);
            String url = s.string("url", false);
            if (url != null && dev.scalinglens.catalog.SourceLinks.openable(url).isEmpty()) {
                context.sink().warning(s.get("url"), s.pathOf("url"),
                        "only https, http and doi: links are opened; this one will not be: " + url);
            }
            if (citation != null) {
                sources.put(field.name(), new Source(field.name(), citation, url));
            }
        }
    }

    private HardwareRecord hardware(JsonNode node, String path) {
        ObjectView o = ObjectView.of(node, path, context, HARDWARE);
        if (o == null) {
            return null;
        }
        HardwareRecord h = new HardwareRecord(o.slug("id", true), o.string("name", true),
                o.string("vendor", false), o.date("releaseDate"), o.positiveQuantity("memoryGigabytes"),
                o.positiveQuantity("memoryBandwidthTerabytesPerSecond"), o.positiveQuantity("denseBf16Teraflops"),
                o.positiveQuantity("denseFp8Teraflops"), o.positiveQuantity("denseFp4Teraflops"),
                o.positiveQuantity("scaleUpBandwidthGigabytesPerSecond"), o.positiveInteger("scaleUpDomainGpus"),
                o.positiveQuantity("chipTdpWatts"), o.positiveQuantity("allInPowerWatts"),
                o.positiveQuantity("pricePerGpuHourUsd"), o.source("source"), o.string("notes", false));
        return h.id() == null || h.name() == null ? null : h;
    }

    private Experiment experiment(JsonNode node, String path) {
        ObjectView o = ObjectView.of(node, path, context, EXPERIMENT);
        if (o == null) {
            return null;
        }
        String id = o.slug("id", true);
        String name = o.string("name", true);
        String xLabel = o.string("xLabel", false);
        String yLabel = o.string("yLabel", false);
        List<Experiment.Series> series = new ArrayList<>();
        o.forEach("series", (n, p) -> {
            ObjectView s = ObjectView.of(n, p, context, SERIES);
            if (s == null) {
                return;
            }
            String seriesName = s.string("name", true);
            List<Experiment.Point> points = new ArrayList<>();
            s.forEach("points", (pn, pp) -> {
                ObjectView pt = ObjectView.of(pn, pp, context, POINT);
                if (pt == null) {
                    return;
                }
                Double x = pt.number("x", true, false);
                Double y = pt.number("y", true, false);
                Boolean estimated = pt.bool("estimated");
                if (x != null && y != null) {
                    points.add(new Experiment.Point(x, y, Boolean.TRUE.equals(estimated)));
                }
            });
            series.add(new Experiment.Series(seriesName, points));
        });
        List<Experiment.ReferenceLine> lines = labelledValues(o, "referenceLines", Experiment.ReferenceLine::new);
        List<Experiment.Variant> variants = labelledValues(o, "variants", Experiment.Variant::new);
        String source = o.source("source");
        String notes = o.string("notes", false);
        return id == null || name == null ? null
                : new Experiment(id, name, xLabel, yLabel, series, lines, variants, source, notes);
    }

    /** Builds a reference line or a variant from label, y and source. */
    private interface LabelledValue<T> {
        T create(String label, double y, String source);
    }

    private <T> List<T> labelledValues(ObjectView o, String member, LabelledValue<T> factory) {
        List<T> values = new ArrayList<>();
        o.forEach(member, (n, p) -> {
            ObjectView v = ObjectView.of(n, p, context, LABELLED_Y);
            if (v != null) {
                String label = v.string("label", true);
                Double y = v.number("y", true, false);
                String source = v.source("source");
                if (y != null) {
                    values.add(factory.create(label, y, source));
                }
            }
        });
        return values;
    }

    private LossLaw lossLaw(JsonNode node, String path) {
        ObjectView o = ObjectView.of(node, path, context, LOSS_LAW);
        if (o == null) {
            return null;
        }
        String id = o.slug("id", true);
        String name = o.string("name", true);
        Double e = o.number("e", true, true);
        Double a = o.number("a", true, true);
        Double b = o.number("b", true, true);
        Double alpha = o.number("alpha", true, true);
        Double beta = o.number("beta", true, true);
        String source = o.source("source");
        if (id == null || name == null || e == null || a == null || b == null || alpha == null || beta == null) {
            return null;
        }
        return new LossLaw(id, name, e, a, b, alpha, beta, source);
    }
}

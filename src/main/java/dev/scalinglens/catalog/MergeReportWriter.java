package dev.scalinglens.catalog;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.List;
import java.util.Locale;

/** A {@link MergeReport} as CSV (one row per change, RFC 4180 quoting) or JSON (counts and changes). */
public final class MergeReportWriter {

    /** The CSV header, also the JSON member names of a change. */
    public static final List<String> COLUMNS = List.of("kind", "section", "id", "field", "oldValue", "oldSource",
            "newValue", "newSource");

    private MergeReportWriter() {
    }

    public static void csv(MergeReport report, Writer out) throws IOException {
        out.write(String.join(",", COLUMNS));
        out.write("\r\n");
        for (MergeReport.Change c : report.changes()) {
            List<String> cells = List.of(c.kind().name().toLowerCase(Locale.ROOT), c.section(), c.id(), c.field(),
                    c.oldValue(), c.oldSource(), c.newValue(), c.newSource());
            for (int i = 0; i < cells.size(); i++) {
                if (i > 0) {
                    out.write(',');
                }
                out.write(quote(cells.get(i)));
            }
            out.write("\r\n");
        }
        out.flush();
    }

    public static String csv(MergeReport report) {
        StringWriter w = new StringWriter();
        try {
            csv(report, w);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return w.toString();
    }

    public static String json(MergeReport report) {
        StringWriter w = new StringWriter();
        try (JsonGenerator g = JsonMapper.builder().build().getFactory().createGenerator(w)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeNumberField("recordsAdded", report.recordsAdded());
            g.writeNumberField("recordsChanged", report.recordsChanged());
            g.writeNumberField("fieldsFilled", report.fieldsFilled());
            g.writeNumberField("fieldsOverridden", report.fieldsOverridden());
            g.writeNumberField("fieldsKept", report.count(MergeReport.Kind.KEPT));
            g.writeNumberField("conflicts", report.conflicts());
            g.writeArrayFieldStart("changes");
            for (MergeReport.Change c : report.changes()) {
                g.writeStartObject();
                g.writeStringField("kind", c.kind().name().toLowerCase(Locale.ROOT));
                g.writeStringField("section", c.section());
                g.writeStringField("id", c.id());
                if (c.kind() != MergeReport.Kind.ADDED) {
                    g.writeStringField("field", c.field());
                    g.writeStringField("oldValue", c.oldValue());
                    g.writeStringField("oldSource", c.oldSource());
                    g.writeStringField("newValue", c.newValue());
                }
                g.writeStringField("newSource", c.newSource());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return w.toString();
    }

    private static String quote(String cell) {
        String s = cell == null ? "" : cell;
        // A leading =, +, - or @ would run as a formula in a spreadsheet: prefix a quote.
        if (!s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0 && !s.matches("-?[0-9.eE+-]+( \\(estimated\\))?")) {
            s = "'" + s;
        }
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            return "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }
}

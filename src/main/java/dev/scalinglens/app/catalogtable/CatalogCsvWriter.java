package dev.scalinglens.app.catalogtable;

import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.scalinglens.export.AtomicFileWriter;
import dev.scalinglens.catalog.Quantity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The table as CSV: raw numbers (not SI text) so spreadsheets can compute, plus one "estimated" column
 * per estimable value. Quoting by jackson-dataformat-csv; text cells cannot run as spreadsheet formulas;
 * written atomically.
 */
public final class CatalogCsvWriter {

    static final List<String> HEADER = List.of("id", "name", "family", "organization", "release_date",
            "parameters", "parameters_estimated", "active_parameters", "training_tokens",
            "training_tokens_estimated", "tokens_per_parameter", "mmlu_percent", "open_weights", "source",
            "training_compute_flop", "training_compute_estimated", "country", "accessibility", "training_hardware",
            "training_chip_hours", "training_cost_usd_2023", "confidence", "notability", "url");

    private CatalogCsvWriter() {
    }

    public static String toCsv(List<ModelRow> rows) throws IOException {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
        HEADER.forEach(schema::addColumn);
        List<List<String>> lines = new ArrayList<>();
        for (ModelRow row : rows) {
            var m = row.model();
            lines.add(List.of(text(m.id()), text(m.name()), text(m.family()), text(m.organization()),
                    m.releaseDate() == null ? "" : m.releaseDate().toString(),
                    number(m.parameters()), flag(m.parameters()), number(m.activeParameters()),
                    number(row.trainingTokens()), flag(row.trainingTokens()),
                    Double.isNaN(row.tokensPerParameter()) ? "" : Double.toString(row.tokensPerParameter()),
                    number(row.mmlu()), m.openWeights() == null ? "" : m.openWeights().toString(), text(m.source()),
                    number(row.trainingCompute()), flag(row.trainingCompute()), text(m.country()),
                    text(m.accessibility()), text(m.trainingHardware()), number(m.trainingChipHours()),
                    number(m.trainingCostUsd2023()), text(m.confidence()), text(m.notability()), text(m.url())));
        }
        CsvMapper mapper = new CsvMapper();
        return mapper.writer(schema.build()).writeValueAsString(lines);
    }

    public static void write(List<ModelRow> rows, Path target) throws IOException {
        AtomicFileWriter.write(target, toCsv(rows).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Free text, with formula injection neutralised as OWASP recommends: a cell a spreadsheet would run
     * as a formula (starting with =, +, -, @, tab or carriage return) gets a leading apostrophe, so
     * {@code =HYPERLINK(...)} from an imported name is shown, not evaluated. Numbers are written as numbers.
     */
    static String text(String s) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        char first = s.charAt(0);
        boolean formula = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        return formula ? "'" + s : s;
    }

    private static String number(Quantity q) {
        return q == null ? "" : stripDecimal(q.value());
    }

    private static String flag(Quantity q) {
        return q == null ? "" : Boolean.toString(q.estimated());
    }

    private static String stripDecimal(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e18 ? Long.toString((long) v) : Double.toString(v);
    }
}

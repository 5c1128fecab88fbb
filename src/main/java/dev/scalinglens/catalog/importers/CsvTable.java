package dev.scalinglens.catalog.importers;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import dev.scalinglens.catalog.io.JsonTreeReader;
import dev.scalinglens.catalog.io.LoadLimits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A CSV file read with a real CSV parser (quoted fields may hold commas and newlines), with columns
 * found by header name, since exports differ in which columns they have and in their order.
 */
final class CsvTable {

    /** One data row: its cells and the physical line it starts on. */
    record Row(int line, List<String> cells) {
    }

    private static final CsvFactory FACTORY = new CsvFactory();

    private final Map<String, Integer> columns;
    private final List<Row> rows;

    private CsvTable(Map<String, Integer> columns, List<Row> rows) {
        this.columns = columns;
        this.rows = rows;
    }

    /** Reads the file; throws an IOException with a one-line message for unreadable input. */
    static CsvTable read(Path file) throws IOException {
        long size = Files.size(file);
        if (size > LoadLimits.DEFAULT_MAX_FILE_BYTES) {
            throw new IOException("file too large: " + size + " bytes, the limit is "
                    + LoadLimits.DEFAULT_MAX_FILE_BYTES + " bytes");
        }
        byte[] bytes = Files.readAllBytes(file);
        String wideText = JsonTreeReader.wideUnicode(bytes);
        if (wideText != null) {
            throw new IOException("the file is " + wideText + " text; save it as UTF-8");
        }
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new IOException("not a text file: found a NUL byte at offset " + i);
            }
        }
        List<Row> rows = new ArrayList<>();
        try (CsvParser p = (CsvParser) FACTORY.createParser(bytes)) {
            // Without a schema the parser gives each row as an array of strings.
            while (p.nextToken() == JsonToken.START_ARRAY) {
                // The row's start token sits at the end of the previous line; its first cell is exact.
                int line = p.currentTokenLocation().getLineNr() + 1;
                List<String> cells = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    if (cells.isEmpty()) {
                        line = p.currentTokenLocation().getLineNr();
                    }
                    cells.add(p.getText());
                }
                rows.add(new Row(line, cells));
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IOException("line " + (e.getLocation() == null ? 0 : e.getLocation().getLineNr())
                    + ": " + firstLine(e.getOriginalMessage()));
        }
        if (rows.isEmpty()) {
            throw new IOException("empty file: expected a header row");
        }
        Map<String, Integer> columns = new HashMap<>();
        List<String> header = rows.get(0).cells();
        for (int i = 0; i < header.size(); i++) {
            String name = Text.clean(header.get(i));
            if (name != null) {
                columns.putIfAbsent(name.toLowerCase(Locale.ROOT), i);
            }
        }
        return new CsvTable(columns, rows.subList(1, rows.size()));
    }

    /**
     * Reads an export that must have {@code requiredColumn}; on failure logs one error and returns null.
     *
     * @param what the export's name for the message, e.g. "Epoch hardware export"
     */
    static CsvTable open(Path file, String requiredColumn, String what, ImportLog log) {
        CsvTable table;
        try {
            table = read(file);
        } catch (IOException e) {
            log.error(0, "cannot import: " + e.getMessage());
            return null;
        }
        if (!table.has(requiredColumn)) {
            log.error(1, "not an " + what + ": no \"" + requiredColumn + "\" column");
            return null;
        }
        return table;
    }

    private static String firstLine(String m) {
        return m == null ? "invalid CSV" : m.lines().findFirst().orElse(m);
    }

    boolean has(String column) {
        return columns.containsKey(column.toLowerCase(Locale.ROOT));
    }

    /** The first of the named columns that exists, or null. */
    String firstPresent(String... names) {
        for (String n : names) {
            if (has(n)) {
                return n;
            }
        }
        return null;
    }

    /** The cell of {@code column} in {@code row}, or null when the column or cell is absent. */
    String cell(Row row, String column) {
        if (column == null) {
            return null;
        }
        Integer index = columns.get(column.toLowerCase(Locale.ROOT));
        if (index == null || index >= row.cells().size()) {
            return null;
        }
        return row.cells().get(index);
    }

    List<Row> rows() {
        return rows;
    }
}

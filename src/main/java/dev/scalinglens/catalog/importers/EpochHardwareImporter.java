package dev.scalinglens.catalog.importers;

import dev.scalinglens.catalog.Catalog;
import dev.scalinglens.catalog.HardwareRecord;
import dev.scalinglens.catalog.Quantity;
import dev.scalinglens.catalog.Source;
import dev.scalinglens.catalog.NumberText;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Imports accelerators from Epoch AI's Machine Learning Hardware CSV, converting Epoch's base units
 * (bytes, byte/s, FLOP/s) to the units in the record's field names (GB, TB/s, TFLOP/s, GB/s).
 *
 * <p>Epoch's tensor figures are dense (H100 SXM: 989.4 TFLOP/s BF16, NVIDIA's dense number), which is
 * what the record holds. "Intranode bandwidth" becomes the scale-up bandwidth per GPU. Epoch's release
 * price is a purchase price, not a rental price per GPU-hour, so it is noted rather than imported.
 */
public final class EpochHardwareImporter {

    /** SI prefixes: the record's units are decimal (1 GB = 1e9 bytes, 1 TB/s = 1e12 bytes/s). */
    private static final double GIGA = 1e9;
    private static final double TERA = 1e12;

    private EpochHardwareImporter() {
    }

    public static ImportResult importFile(Path file) {
        return importFile(file, LocalDate.now());
    }

    public static ImportResult importFile(Path file, LocalDate today) {
        ImportLog log = new ImportLog(file.toString());
        CsvTable table = CsvTable.open(file, "Hardware name", "Epoch hardware export", log);
        if (table == null) {
            return new ImportResult(Catalog.empty(), log.problems, log.skipped, 0);
        }
        Source source = EpochSources.ML_HARDWARE;
        UniqueIds ids = new UniqueIds();
        List<HardwareRecord> hardware = new ArrayList<>();
        for (CsvTable.Row row : table.rows()) {
            HardwareRecord h = hardware(table, row, source, ids, log, today);
            if (h != null) {
                hardware.add(h);
            }
        }
        Catalog catalog = new Catalog(Catalog.SCHEMA, Map.of(source.key(), source), List.of(), hardware,
                List.of(), List.of(), List.of());
        return new ImportResult(catalog, log.problems, log.skipped, table.rows().size());
    }

    private static HardwareRecord hardware(CsvTable t, CsvTable.Row row, Source source, UniqueIds ids,
                                           ImportLog log, LocalDate today) {
        int line = row.line();
        String name = Text.clean(t.cell(row, "Hardware name"));
        if (name == null) {
            log.skip(line, "no hardware name");
            return null;
        }
        String slug = Text.slug(name);
        String id = ids.claim(slug);
        String path = "hardware." + id;
        if (!id.equals(slug)) {
            log.warn(line, path, "duplicate name \"" + name + "\": imported with id \"" + id + "\"");
        }
        Converter q = new Converter(t, row, source, log, path);
        LocalDate released = null;
        try {
            released = Cells.date(t.cell(row, "Release date"));
            if (released != null && (released.getYear() < 1950 || released.isAfter(today.plusYears(1)))) {
                log.warn(line, path + ".releaseDate", "date " + released + " out of the catalog's range: left out");
                released = null;
            }
        } catch (Cells.BadCell e) {
            log.warn(line, path + ".releaseDate", e.getMessage() + ": left out");
        }
        List<String> notes = new ArrayList<>();
        notes.add("Imported from " + source.citation() + ", line " + line + ".");
        String type = Text.clean(t.cell(row, "Type"));
        if (type != null) {
            notes.add("Type: " + type + ".");
        }
        Quantity price = q.quantity("Release price (USD)", 1, "releasePrice");
        if (price != null) {
            notes.add("Epoch release price: " + NumberText.format(price.value()) + " USD (purchase, not per hour).");
        }
        return new HardwareRecord(id, name, Text.clean(t.cell(row, "Manufacturer")), released,
                q.quantity("Memory (bytes)", GIGA, "memoryGigabytes"),
                q.quantity("Memory bandwidth (byte/s)", TERA, "memoryBandwidthTerabytesPerSecond"),
                q.quantity("Tensor-FP16/BF16 performance (FLOP/s)", TERA, "denseBf16Teraflops"),
                q.quantity("FP8 performance (FLOP/s)", TERA, "denseFp8Teraflops"),
                q.quantity("FP4 performance (FLOP/s)", TERA, "denseFp4Teraflops"),
                q.quantity("Intranode bandwidth (byte/s)", GIGA, "scaleUpBandwidthGigabytesPerSecond"),
                null,
                q.quantity("TDP (W)", 1, "chipTdpWatts"),
                null, null, source.key(), String.join(" ", notes));
    }

    /** Reads a numeric column and divides by the unit, warning about cells that are not positive numbers. */
    private record Converter(CsvTable table, CsvTable.Row row, Source source, ImportLog log, String path) {
        Quantity quantity(String column, double unit, String field) {
            try {
                Double v = Cells.number(table.cell(row, column));
                if (v == null) {
                    return null;
                }
                if (v <= 0) {
                    log.warn(row.line(), path + "." + field, "\"" + column + "\" is not positive: left out");
                    return null;
                }
                // Decimal division, so 3.35e12 byte/s becomes exactly 3.35 TB/s rather than 3.3499999999999996.
                double converted = new BigDecimal(Double.toString(v))
                        .divide(new BigDecimal(Double.toString(unit))).doubleValue();
                return Quantity.reported(converted, source.key());
            } catch (Cells.BadCell e) {
                log.warn(row.line(), path + "." + field, "\"" + column + "\" " + e.getMessage() + ": left out");
                return null;
            }
        }
    }
}

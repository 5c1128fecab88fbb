package dev.scalinglens.catalog.importers;

import dev.scalinglens.catalog.Catalog;
import dev.scalinglens.catalog.ModelRecord;
import dev.scalinglens.catalog.ModelSizeInName;
import dev.scalinglens.catalog.Quantity;
import dev.scalinglens.catalog.Source;
import dev.scalinglens.catalog.NumberText;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Imports language models from an Epoch AI models CSV (Notable AI Models or Frontier AI Models).
 *
 * <p>Rules: columns are found by header name. When a Domain column exists only rows whose domains
 * include "Language" are kept (multimodal models that list Language are kept). Parameters come with
 * Epoch as their source; MoE parameters are Epoch's totals. Epoch's "Training dataset size" counts
 * datapoints (often words), not tokens trained, so it is kept only as a note and never becomes
 * {@code trainingTokens}. Training compute, country, accessibility, training hardware and chip-hours,
 * cost, confidence, notability and the link become fields of their own.
 */
public final class EpochModelsImporter {

    private EpochModelsImporter() {
    }

    public static ImportResult importFile(Path file) {
        return importFile(file, LocalDate.now());
    }

    public static ImportResult importFile(Path file, LocalDate today) {
        return importFile(file, today, false);
    }

    /**
     * @param allDomains keep every row whatever its Domain (vision, games, biology...), not only language
     *                   models: Epoch's compute trends ("4.1× per year since 2010") are over all notable models
     */
    public static ImportResult importFile(Path file, LocalDate today, boolean allDomains) {
        String name = file.getFileName().toString();
        ImportLog log = new ImportLog(file.toString());
        CsvTable table = CsvTable.open(file, "Model", "Epoch models export", log);
        if (table == null) {
            return new ImportResult(Catalog.empty(), log.problems, log.skipped, 0);
        }
        Source source = EpochSources.forModelsFile(name);
        Columns c = new Columns(table);
        UniqueIds ids = new UniqueIds();
        List<ModelRecord> models = new ArrayList<>();
        for (CsvTable.Row row : table.rows()) {
            model(table, c, row, source, ids, log, today, allDomains).ifPresent(models::add);
        }
        Catalog catalog = new Catalog(Catalog.SCHEMA, Map.of(source.key(), source), models,
                List.of(), List.of(), List.of(), List.of());
        return new ImportResult(catalog, log.problems, log.skipped, table.rows().size());
    }

    /**
     * The header names used, resolved once. Exports name some columns differently ("Country (from
     * Organization)" in Notable, "Country (of organization)" in Frontier; "Training dataset size
     * (datapoints)" became "(total)") and order them differently, so each is looked up by its names.
     */
    private record Columns(String domain, String organization, String date, String parameters, String compute,
                           String datapoints, String accessibility, String openWeights, String link, String country,
                           String hardware, String hardwareQuantity, String trainingHours, String chipHours,
                           String cost, String confidence, String notability, String computeMethod,
                           String apiPrices) {
        Columns(CsvTable t) {
            this(t.firstPresent("Domain"), t.firstPresent("Organization"), t.firstPresent("Publication date"),
                    t.firstPresent("Parameters"), t.firstPresent("Training compute (FLOP)"),
                    t.firstPresent("Training dataset size (datapoints)", "Training dataset size (total)",
                            "Training dataset size"),
                    t.firstPresent("Model accessibility"), t.firstPresent("Open model weights?"),
                    t.firstPresent("Link"),
                    t.firstPresent("Country (from Organization)", "Country (of organization)", "Country"),
                    t.firstPresent("Training hardware"), t.firstPresent("Hardware quantity"),
                    t.firstPresent("Training time (hours)"), t.firstPresent("Training chip-hours"),
                    t.firstPresent("Training compute cost (2023 USD)"), t.firstPresent("Confidence"),
                    t.firstPresent("Notability criteria"), t.firstPresent("Training compute estimation method"),
                    t.firstPresent("API prices"));
        }
    }

    private static Optional<ModelRecord> model(CsvTable t, Columns c, CsvTable.Row row, Source source,
                                               UniqueIds ids, ImportLog log, LocalDate today, boolean allDomains) {
        int line = row.line();
        String name = Text.clean(t.cell(row, "Model"));
        if (name == null) {
            log.skip(line, "no model name");
            return Optional.empty();
        }
        if (!allDomains && c.domain() != null && !isLanguage(t.cell(row, c.domain()))) {
            log.skip(line, "domain is not Language");
            return Optional.empty();
        }
        String slug = Text.slug(name);
        String id = ids.claim(slug);
        if (!id.equals(slug)) {
            log.warn(line, "models." + id, "duplicate name \"" + name + "\": imported with id \"" + id + "\"");
        }
        String path = "models." + id;
        LocalDate date = date(t.cell(row, c.date()), line, path, log, today);
        Quantity parameters = parameters(name, t.cell(row, c.parameters()), source, line, path, log);
        String confidence = Text.clean(t.cell(row, c.confidence()));
        Quantity compute = compute(t.cell(row, c.compute()), Text.clean(t.cell(row, c.computeMethod())), confidence,
                source, line, path, log);
        Quantity chipHours = chipHours(t, c, row, source, line, path, log);
        Double costValue = positive(t.cell(row, c.cost()), line, path + ".trainingCostUsd2023", log);
        Quantity cost = costValue == null ? null : new Quantity(costValue, source.key(), false, null);
        List<String> notes = new ArrayList<>();
        notes.add("Imported from " + source.citation() + ", line " + line + ".");
        numberNote(t.cell(row, c.datapoints()), "Epoch training dataset size: %s datapoints"
                + " (not tokens trained, so not imported as training tokens).", notes);
        String link = firstUrl(Text.clean(t.cell(row, c.link())));
        String priceCell = Text.clean(t.cell(row, c.apiPrices()));
        EpochApiPrices.Prices prices = EpochApiPrices.parse(priceCell, source.key());
        if (priceCell != null && prices.input() == null && prices.output() == null) {
            log.warn(line, path + ".inputPriceUsdPerMillionTokens",
                    "no price per million tokens readable in \"API prices\": left out");
        }
        return Optional.of(new ModelRecord(id, name, null, Text.clean(t.cell(row, c.organization())), date,
                parameters, null, null, openWeights(t, c, row), null, List.of(), source.key(),
                String.join(" ", notes), compute, distinct(Text.clean(t.cell(row, c.country()))),
                Text.clean(t.cell(row, c.accessibility())), Text.clean(t.cell(row, c.hardware())), chipHours, cost,
                confidence, Text.clean(t.cell(row, c.notability())), link, prices.input(), prices.output()));
    }

    /**
     * Epoch's training compute. Epoch states it as its own figure (from hardware and time, or from
     * counting operations); it is imported as Epoch reports it, except that a "Speculative" confidence
     * marks it estimated. The method and confidence go into the note.
     */
    private static Quantity compute(String cell, String method, String confidence, Source source, int line,
                                    String path, ImportLog log) {
        Double v = positive(cell, line, path + ".trainingComputeFlop", log);
        if (v == null) {
            return null;
        }
        List<String> how = new ArrayList<>();
        if (method != null) {
            how.add("Epoch's method: " + method);
        }
        if (confidence != null) {
            how.add("Epoch's confidence: " + confidence);
        }
        boolean speculative = confidence != null && confidence.equalsIgnoreCase("Speculative");
        return new Quantity(v, source.key(), speculative, how.isEmpty() ? null : String.join("; ", how));
    }

    /**
     * "Training chip-hours" when the export has it (Frontier); otherwise hardware quantity × training time
     * (hours), marked estimated, when both are stated (Notable).
     */
    private static Quantity chipHours(CsvTable t, Columns c, CsvTable.Row row, Source source, int line, String path,
                                      ImportLog log) {
        Double stated = positive(t.cell(row, c.chipHours()), line, path + ".trainingChipHours", log);
        if (stated != null) {
            return new Quantity(stated, source.key(), false, null);
        }
        Double chips = quietPositive(t.cell(row, c.hardwareQuantity()));
        Double hours = quietPositive(t.cell(row, c.trainingHours()));
        if (chips == null || hours == null) {
            return null;
        }
        return Quantity.estimated(chips * hours, source.key(), "hardware quantity " + NumberText.format(chips)
                + " × training time " + NumberText.format(hours) + " h (Epoch)");
    }

    /** A positive number, or null with a warning when the cell holds something else. */
    private static Double positive(String cell, int line, String path, ImportLog log) {
        try {
            Double v = Cells.number(cell);
            if (v == null) {
                return null;
            }
            if (v <= 0) {
                log.warn(line, path, "not a positive number: " + NumberText.format(v) + ": left out");
                return null;
            }
            return v;
        } catch (Cells.BadCell e) {
            log.warn(line, path, e.getMessage() + ": left out");
            return null;
        }
    }

    private static Double quietPositive(String cell) {
        try {
            Double v = Cells.number(cell);
            return v == null || v <= 0 ? null : v;
        } catch (Cells.BadCell e) {
            return null;
        }
    }

    /** The first http(s) URL of a cell that may hold several ("url1 or \nurl2", "url1, url2"). */
    static String firstUrl(String cell) {
        if (cell == null) {
            return null;
        }
        for (String part : cell.split("[\\s,]+")) {
            if (part.startsWith("http://") || part.startsWith("https://")) {
                return part;
            }
        }
        return null;
    }

    /** "United States of America,United States of America" → "United States of America". */
    static String distinct(String commaList) {
        if (commaList == null) {
            return null;
        }
        return String.join(", ", new java.util.LinkedHashSet<>(Arrays.stream(commaList.split(","))
                .map(String::strip).filter(x -> !x.isEmpty()).toList()));
    }

    private static boolean isLanguage(String domains) {
        String cleaned = Text.clean(domains);
        return cleaned != null && Arrays.stream(cleaned.split(","))
                .anyMatch(d -> d.strip().equalsIgnoreCase("Language"));
    }

    private static LocalDate date(String cell, int line, String path, ImportLog log, LocalDate today) {
        try {
            LocalDate d = Cells.date(cell);
            if (d != null && (d.getYear() < 1950 || d.isAfter(today.plusYears(1)))) {
                log.warn(line, path + ".releaseDate", "date " + d + " out of the catalog's range: left out");
                return null;
            }
            return d;
        } catch (Cells.BadCell e) {
            log.warn(line, path + ".releaseDate", e.getMessage() + ": left out");
            return null;
        }
    }

    private static Quantity parameters(String name, String cell, Source source, int line, String path,
                                       ImportLog log) {
        Double value;
        try {
            value = Cells.number(cell);
        } catch (Cells.BadCell e) {
            log.warn(line, path + ".parameters", e.getMessage() + ": left out");
            return null;
        }
        if (value == null) {
            return null;
        }
        if (value <= 0) {
            log.warn(line, path + ".parameters", "not a positive count: " + NumberText.format(value) + ": left out");
            return null;
        }
        Optional<String> disagreement = ModelSizeInName.disagreement(name, value);
        disagreement.ifPresent(m -> log.warn(line, path + ".parameters", m + " (kept as Epoch states it; check)"));
        return new Quantity(value, source.key(), false,
                disagreement.map(m -> "Epoch's value; " + m).orElse(null));
    }

    private static void numberNote(String cell, String format, List<String> notes) {
        try {
            Double v = Cells.number(cell);
            if (v != null) {
                notes.add(String.format(Locale.ROOT, format, NumberText.format(v)));
            }
        } catch (Cells.BadCell e) {
            // Free text where a number belongs: nothing reliable to note.
        }
    }

    /** Open weights from "Model accessibility" (Notable) or "Open model weights?" (Frontier); null if unstated. */
    private static Boolean openWeights(CsvTable t, Columns c, CsvTable.Row row) {
        String access = Text.clean(t.cell(row, c.accessibility()));
        if (access != null) {
            return access.toLowerCase(Locale.ROOT).startsWith("open weights");
        }
        String open = Text.clean(t.cell(row, c.openWeights()));
        if (open == null) {
            return null;
        }
        return switch (open.toLowerCase(Locale.ROOT)) {
            case "yes", "true" -> Boolean.TRUE;
            case "no", "false" -> Boolean.FALSE;
            default -> null;
        };
    }
}

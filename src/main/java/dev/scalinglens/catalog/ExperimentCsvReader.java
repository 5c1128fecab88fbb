package dev.scalinglens.catalog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.RuntimeJsonMappingException;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads an analyst's own sweep from CSV into an {@link Experiment}. The header must name the columns
 * {@code x}, {@code y} and {@code series} (any order, any case; other columns are ignored); an optional
 * {@code estimated} column (true/false) marks values read off a figure. Every bad row is reported with
 * its line number, all at once, in an {@link ExperimentCsvException}.
 */
public final class ExperimentCsvReader {

    private static final List<String> REQUIRED = List.of("x", "y", "series");

    private final CsvMapper mapper = new CsvMapper();

    /**
     * @param fileName shown in messages, e.g. {@code sweep.csv}
     * @param id       the experiment id to give the result
     */
    public Experiment read(Reader reader, String fileName, String id, String xLabel, String yLabel)
            throws IOException {
        List<Problem> problems = new ArrayList<>();
        Map<String, List<Experiment.Point>> series = new LinkedHashMap<>();
        int lastGoodLine = 1;
        CsvSchema schema = CsvSchema.emptySchema().withHeader();
        try (MappingIterator<Map<String, String>> rows = mapper.readerForMapOf(String.class).with(schema)
                .with(CsvParser.Feature.TRIM_SPACES).readValues(reader)) {
            Map<String, String> columns = null;
            // nextValue, not next(): next() wraps a parse error in an unchecked exception that escaped.
            while (rows.hasNextValue()) {
                Map<String, String> raw = rows.nextValue();
                int line = rows.getParser().currentLocation().getLineNr() - 1;
                lastGoodLine = line;
                if (columns == null) {
                    columns = columnNames(raw.keySet());
                    Map<String, String> header = columns;
                    List<String> missing = REQUIRED.stream().filter(c -> !header.containsKey(c)).toList();
                    if (!missing.isEmpty()) {
                        problems.add(error(fileName, 1, "", "missing column(s) " + String.join(", ", missing)
                                + "; the header has " + String.join(", ", raw.keySet())));
                        break;
                    }
                }
                readRow(raw, columns, fileName, line, series, problems);
            }
        } catch (JsonProcessingException | RuntimeJsonMappingException e) {
            problems.add(unreadable(fileName, e, lastGoodLine));
        }
        if (problems.isEmpty() && series.isEmpty()) {
            problems.add(error(fileName, 0, "", "no data rows"));
        }
        if (!problems.isEmpty()) {
            throw new ExperimentCsvException(problems);
        }
        List<Experiment.Series> list = series.entrySet().stream()
                .map(e -> new Experiment.Series(e.getKey(), e.getValue())).toList();
        return new Experiment(id, id, xLabel, yLabel, list, List.of(), List.of(), fileName, null);
    }


    /**
     * A CSV the parser gave up on. An unclosed quote is found only at the end of the file, so it is reported
     * where it must have opened: on the row after the last one read whole.
     */
    private static Problem unreadable(String fileName, Exception e, int lastGoodLine) {
        String message = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
        if (message != null && message.contains("Missing closing quote")) {
            return error(fileName, lastGoodLine + 1, "", "a quoted value opened on line " + (lastGoodLine + 1)
                    + " or in the row starting there is never closed (a \" is missing)");
        }
        int line = e instanceof JsonProcessingException j && j.getLocation() != null ? j.getLocation().getLineNr() : 0;
        return error(fileName, line, "", "not readable as CSV: " + message);
    }

    private static Map<String, String> columnNames(Iterable<String> header) {
        Map<String, String> byLower = new LinkedHashMap<>();
        for (String h : header) {
            byLower.putIfAbsent(h.trim().toLowerCase(Locale.ROOT), h);
        }
        return byLower;
    }

    private static void readRow(Map<String, String> raw, Map<String, String> columns, String file, int line,
                                Map<String, List<Experiment.Point>> series, List<Problem> problems) {
        if (raw.values().stream().allMatch(v -> v == null || v.isBlank())) {
            return; // blank line
        }
        int before = problems.size();
        double x = number(raw.get(columns.get("x")), "x", file, line, problems);
        double y = number(raw.get(columns.get("y")), "y", file, line, problems);
        String name = raw.get(columns.get("series"));
        if (name == null || name.isBlank()) {
            problems.add(error(file, line, "series", "empty; every row needs a series name"));
        }
        boolean estimated = false;
        String estimatedColumn = columns.get("estimated");
        if (estimatedColumn != null) {
            String text = raw.get(estimatedColumn);
            if (text != null && !text.isBlank()) {
                if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
                    estimated = Boolean.parseBoolean(text.toLowerCase(Locale.ROOT));
                } else {
                    problems.add(error(file, line, "estimated", "expected true or false, got '" + text + "'"));
                }
            }
        }
        if (problems.size() == before) {
            series.computeIfAbsent(name.trim(), k -> new ArrayList<>()).add(new Experiment.Point(x, y, estimated));
        }
    }

    private static double number(String text, String column, String file, int line, List<Problem> problems) {
        if (text == null || text.isBlank()) {
            problems.add(error(file, line, column, "empty; expected a number"));
            return Double.NaN;
        }
        try {
            double v = Double.parseDouble(text.trim());
            if (!Double.isFinite(v)) {
                problems.add(error(file, line, column, "expected a finite number, got '" + text + "'"));
            }
            return v;
        } catch (NumberFormatException e) {
            problems.add(error(file, line, column, "expected a number, got '" + text + "'"));
            return Double.NaN;
        }
    }

    private static Problem error(String file, int line, String path, String message) {
        return new Problem(Problem.Severity.ERROR, file, line, 0, path, message);
    }
}

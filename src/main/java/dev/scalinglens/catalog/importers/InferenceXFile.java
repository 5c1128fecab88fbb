package dev.scalinglens.catalog.importers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.scalinglens.catalog.InferenceRun;
import dev.scalinglens.catalog.io.LoadLimits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The work on one InferenceX or InferenceMAX file: reads it, hands each result to its mapper and counts
 * hardware and model name mappings for one warning each.
 */
final class InferenceXFile {

    /** Short names InferenceMAX uses for hardware whose catalog id differs. */
    private static final Map<String, String> HARDWARE_ALIASES = Map.of("h100", "h100-sxm");
    private static final DateTimeFormatter RUN_DATE =
            DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);
    private static final ObjectMapper JSON = new ObjectMapper();

    final Path file;
    final InferenceXImporter.Options options;
    final UniqueIds ids;
    final ImportLog log;
    final List<InferenceRun> runs = new ArrayList<>();
    final Map<String, Integer> hardwareMapped = new TreeMap<>();
    final Map<String, Integer> hardwareUnknown = new TreeMap<>();
    final Map<String, Integer> modelsMapped = new TreeMap<>();
    boolean aggregated;
    int rowsRead = 1;

    InferenceXFile(Path file, InferenceXImporter.Options options, UniqueIds ids, ImportLog log) {
        this.file = file;
        this.options = options;
        this.ids = ids;
        this.log = log;
    }

    void run() {
        JsonNode json;
        try {
            if (Files.size(file) > LoadLimits.DEFAULT_MAX_FILE_BYTES) {
                log.skip(0, "file too large for a benchmark result");
                return;
            }
            json = JSON.readTree(file.toFile());
        } catch (IOException e) {
            String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            log.skip(0, "not readable JSON: " + m.lines().findFirst().orElse(""));
            return;
        }
        if (json == null || json.isMissingNode()) {
            log.skip(0, "empty file");
            return;
        }
        if (json.isArray()) {
            aggregated = true;
            rowsRead = json.size();
            if (json.isEmpty()) {
                log.warn(0, "", "empty array: 0 runs (an InferenceMAX run that produced no results)");
                return;
            }
            InferenceXAggregatedRow rows = new InferenceXAggregatedRow(this);
            for (int i = 0; i < json.size(); i++) {
                InferenceRun r = rows.map(json.get(i), i + 1);
                if (r != null) {
                    runs.add(r);
                }
            }
        } else if (json.isObject() && (json.has("hw") || json.has("tput_per_gpu"))) {
            aggregated = true;
            rowsRead = 1;
            InferenceRun r = new InferenceXAggregatedRow(this).map(json, 1);
            if (r != null) {
                runs.add(r);
            }
        } else if (json.isObject() && (json.has("output_throughput") || json.has("median_tpot")
                || json.has("median_tpot_ms"))) {
            rowsRead = 1;
            InferenceRun r = new InferenceXSingleResult(this).map(json);
            if (r != null) {
                runs.add(r);
            }
        } else {
            log.skip(0, "not an InferenceX result (no output_throughput) nor an InferenceMAX row array"
                    + " (file name does not follow model_precision_framework_tpN_islN_oslN_concN.json either)");
            return;
        }
        hardwareMapped.forEach((m, n) -> log.warn(0, "hw", "hardware " + m + " (" + n + (n == 1 ? " row)" : " rows)")));
        hardwareUnknown.forEach((h, n) -> log.warn(0, "hw", "hardware '" + h + "' is not in the catalog: " + n
                + (n == 1 ? " run" : " runs") + " kept under that id"));
        modelsMapped.forEach((m, n) -> log.warn(0, "model", "model " + m + " (" + n + (n == 1 ? " row)" : " rows)")));
    }

    /** "run-20218553330" for InferenceMAX's run_NNN folders, else the file name's stem. */
    String runName() {
        Path parent = file.toAbsolutePath().getParent();
        String folder = parent == null || parent.getFileName() == null ? "" : parent.getFileName().toString();
        if (folder.matches("run_\\d+")) {
            return folder.replace('_', '-');
        }
        String name = file.getFileName().toString();
        return Text.slug(name.endsWith(".json") ? name.substring(0, name.length() - 5) : name);
    }

    /** The catalog id for a hardware name; a mapping or an unknown name is counted for one warning. */
    String hardwareId(String raw) {
        String slug = Text.slug(raw);
        Set<String> known = options.knownHardware();
        if (known.contains(slug)) {
            return slug;
        }
        String base = raw.toLowerCase(Locale.ROOT).split("[-_ ]", 2)[0];
        String mapped = known.contains(base) ? base : HARDWARE_ALIASES.get(base);
        if (mapped == null && known.contains(slug.split("-", 2)[0])) {
            mapped = slug.split("-", 2)[0];
        }
        if (mapped != null && known.contains(mapped)) {
            hardwareMapped.merge("'" + raw + "' mapped to catalog id '" + mapped + "'", 1, Integer::sum);
            return mapped;
        }
        hardwareUnknown.merge(slug, 1, Integer::sum);
        return slug;
    }

    /**
     * The catalog id of a served model: from its name; when that is not a catalog model but the
     * InferenceMAX prefix names one (dsr1 → deepseek-r1), the prefix's. A mapping is warned about.
     */
    String modelId(String stated, String prefix) {
        String id = InferenceXNames.modelId(stated);
        String fromPrefix = prefix == null ? null : InferenceXNames.MODEL_PREFIXES.get(prefix.toLowerCase(Locale.ROOT));
        if (fromPrefix != null && !options.knownModels().isEmpty() && !options.knownModels().contains(id)
                && options.knownModels().contains(fromPrefix)) {
            id = fromPrefix;
        }
        String slug = Text.slug(InferenceXNames.lastSegment(stated));
        String precision = InferenceXNames.precisionOf(stated);
        boolean onlyPrecisionDropped = precision != null && slug.replaceAll("-" + precision + "(-v\\d+)?$", "")
                .equals(id);
        if (!slug.equals(id) && !onlyPrecisionDropped) {
            modelsMapped.merge("'" + stated + "' mapped to '" + id + "'", 1, Integer::sum);
        }
        return id;
    }

    LocalDate date(JsonNode json) {
        JsonNode d = json.get("date");
        if (d == null || !d.isTextual() || d.asText().length() < 8) {
            return null;
        }
        try {
            return LocalDate.parse(d.asText().substring(0, 8), RUN_DATE);
        } catch (DateTimeParseException e) {
            log.warn(0, "date", "not a YYYYMMDD-HHMMSS date: \"" + d.asText() + "\": left out");
            return null;
        }
    }
}

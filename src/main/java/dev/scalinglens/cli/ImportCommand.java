package dev.scalinglens.cli;

import dev.scalinglens.catalog.FolderLinks;
import dev.scalinglens.catalog.load.CatalogLoader;
import dev.scalinglens.catalog.load.CatalogMerger;
import dev.scalinglens.catalog.load.LoadResult;
import dev.scalinglens.catalog.Problem;
import dev.scalinglens.catalog.load.ReferenceCheck;
import dev.scalinglens.catalog.importers.EpochHardwareImporter;
import dev.scalinglens.catalog.importers.ExperimentCsvImporter;
import dev.scalinglens.catalog.importers.EpochModelsImporter;
import dev.scalinglens.catalog.importers.HfConfigImporter;
import dev.scalinglens.catalog.importers.ImportResult;
import dev.scalinglens.catalog.importers.InferenceXImporter;
import dev.scalinglens.catalog.io.CatalogWriter;
import dev.scalinglens.export.AtomicFileWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code import --format F IN... --out FILE}: converts public data into a catalog file. */
@Command(name = "import",
        mixinStandardHelpOptions = true,
        description = {"Convert Epoch AI CSVs, InferenceX results or Hugging Face configs into a catalog file.",
                "Several inputs are combined in order (a later record with the same id replaces an earlier one).",
                "Exit code: 0 written, 1 an input could not be read or every row was skipped (nothing written),"
                        + " 2 usage error."})
public final class ImportCommand implements Callable<Integer> {

    /** The input formats; the names are what users type. */
    enum Format {
        EPOCH_CSV("epoch-csv"), EPOCH_HARDWARE_CSV("epoch-hardware-csv"), INFERENCEX("inferencex"),
        INFERENCEMAX("inferencemax"),
        HF_CONFIG("hf-config"), EXPERIMENT_CSV("experiment-csv");

        final String cliName;

        Format(String cliName) {
            this.cliName = cliName;
        }

        @Override
        public String toString() {
            return cliName;
        }
    }

    /** Shown line numbers per skip reason; the rest are counted, not listed. */
    private static final int LINES_SHOWN = 10;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", converter = FormatConverter.class,
            description = "epoch-csv, epoch-hardware-csv, inferencex (single results or InferenceMAX agg_bmk.json,"
                    + " detected from the content; inferencemax is the same), hf-config or experiment-csv (x, y, series)")
    Format format;

    @Parameters(arity = "1..*", paramLabel = "IN", description = "input files (for inferencex also folders)")
    List<Path> inputs;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "catalog JSON to write")
    Path out;

    @Option(names = "--hardware", paramLabel = "ID", description = "inferencex: hardware id of the runs")
    String hardware;

    @Option(names = "--precision", paramLabel = "P",
            description = "inferencex: precision of runs whose file and file name do not state it (fp8, fp4, bf16)")
    String precision;

    @Option(names = "--domains", paramLabel = "D", defaultValue = "language",
            description = "epoch-csv: language (default: rows whose Domain includes Language) or all (every domain,"
                    + " as Epoch's compute trends count them)")
    String domains;

    @Option(names = "--key", paramLabel = "MODEL_ID", description = "hf-config: the one entry of a map file to import")
    String key;

    static final class FormatConverter implements CommandLine.ITypeConverter<Format> {
        @Override
        public Format convert(String value) {
            for (Format f : Format.values()) {
                if (f.cliName.equals(value)) {
                    return f;
                }
            }
            throw new CommandLine.TypeConversionException("unknown format '" + value
                    + "' (expected epoch-csv, epoch-hardware-csv, inferencex, inferencemax, hf-config or experiment-csv)");
        }
    }

    @Override
    public Integer call() throws IOException {
        if (hardware != null && !hardware.matches("^[a-z0-9]+([.-][a-z0-9]+)*$")) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--hardware must be a catalog id such as h100-sxm, got '" + hardware + "'");
        }
        PrintWriter w = spec.commandLine().getOut();
        List<ImportResult> results = importAll();
        LoadResult combined = LoadResult.empty();
        int read = 0;
        List<Problem> skipped = new ArrayList<>();
        boolean failed = false;
        for (ImportResult r : results) {
            r.problems().forEach(p -> w.println(p.format()));
            failed |= r.hasErrors();
            skipped.addAll(r.skipped());
            read += r.rowsRead();
            combined = CatalogMerger.merge(combined, new LoadResult(r.catalog(), List.of()));
        }
        // Imported runs usually name models defined elsewhere, so unresolved references are expected here.
        combined.problems().stream().filter(p -> !ReferenceCheck.isReferenceProblem(p))
                .forEach(p -> w.println(p.format()));
        printSkipped(w, skipped);
        if (failed) {
            w.println("nothing written: an input could not be read");
            w.flush();
            return 1;
        }
        if (!skipped.isEmpty() && holdsNothing(combined.catalog())) {
            // Every row was refused (e.g. one InferenceX file named ..._tp0_...): an empty catalog helps nobody.
            w.println("nothing written: every input row was skipped");
            w.flush();
            return 1;
        }
        Path folder = out.toAbsolutePath().getParent();
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new IOException("cannot write " + out.toAbsolutePath() + ": cannot create folder " + folder + " ("
                    + e.getClass().getSimpleName() + ")", e);
        }
        var catalog = combined.catalog();
        AtomicFileWriter.write(out, stream -> CatalogWriter.write(catalog, stream));
        LoadResult check = CatalogLoader.load(List.of(out));
        check.problems().stream().filter(Problem::isError).forEach(p -> w.println(p.format()));
        var c = combined.catalog();
        w.println("imported " + c.models().size() + " models, " + c.hardware().size() + " hardware, "
                + c.experiments().size() + " experiments, " + c.inferenceRuns().size() + " runs from " + read
                + " input rows/entries (" + skipped.size()
                + " skipped) into " + out);
        w.flush();
        return check.hasErrors() ? 1 : 0;
    }

    private static boolean holdsNothing(dev.scalinglens.catalog.Catalog c) {
        return c.models().isEmpty() && c.hardware().isEmpty() && c.experiments().isEmpty()
                && c.inferenceRuns().isEmpty() && c.lossLaws().isEmpty();
    }

    private boolean allDomains() {
        return switch (domains == null ? "language" : domains.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "language" -> false;
            case "all" -> true;
            default -> throw new CommandLine.ParameterException(spec.commandLine(),
                    "--domains must be language or all, got '" + domains + "'");
        };
    }

    private List<ImportResult> importAll() throws IOException {
        List<ImportResult> results = new ArrayList<>();
        switch (format) {
            case EPOCH_CSV -> inputs.forEach(p -> results.add(EpochModelsImporter.importFile(p,
                    java.time.LocalDate.now(), allDomains())));
            case EPOCH_HARDWARE_CSV -> inputs.forEach(p -> results.add(EpochHardwareImporter.importFile(p)));
            case HF_CONFIG -> inputs.forEach(p -> results.add(HfConfigImporter.importFile(p, key)));
            case INFERENCEX, INFERENCEMAX -> {
                List<Problem> links = new ArrayList<>();
                results.add(InferenceXImporter.importWith(expandFolders(inputs, links), inferenceXOptions()));
                if (!links.isEmpty()) {
                    results.add(new ImportResult(dev.scalinglens.catalog.Catalog.empty(), links, List.of(), 0));
                }
            }
            case EXPERIMENT_CSV -> inputs.forEach(p -> results.add(ExperimentCsvImporter.importFile(p)));
            default -> throw new IllegalStateException("format " + format);
        }
        return results;
    }

    /** The bundled catalog's model and hardware ids, so imported names map to them and others are reported. */
    private InferenceXImporter.Options inferenceXOptions() {
        var bundled = dev.scalinglens.catalog.load.BundledCatalog.load().catalog();
        java.util.Set<String> models = new java.util.HashSet<>();
        bundled.models().forEach(m -> models.add(m.id()));
        java.util.Set<String> hw = new java.util.HashSet<>();
        bundled.hardware().forEach(h -> hw.add(h.id()));
        String p = precision == null ? null : precision.strip().toLowerCase(java.util.Locale.ROOT);
        return new InferenceXImporter.Options(hardware, p, models, hw);
    }

    /**
     * Folders stand for the *.json files directly in them, in name order; a folder holding no such
     * file but sub-folders with agg_*.json files (InferenceMAX run_NNN folders) stands for those. Links
     * in a folder that loop or point nowhere go into {@code links} as warnings.
     */
    private static List<Path> expandFolders(List<Path> paths, List<Problem> links) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                List<Path> direct;
                try (Stream<Path> s = Files.list(p)) {
                    direct = s.sorted().toList();
                }
                // A link that loops (or is broken) is reported rather than skipped without a word.
                java.util.Set<Path> unfollowable = new java.util.HashSet<>();
                for (Path f : direct) {
                    String link = FolderLinks.problem(f);
                    if (link != null) {
                        links.add(new Problem(Problem.Severity.WARNING, f.toString(), 0, 0, "", link));
                        unfollowable.add(f);
                    }
                }
                direct = direct.stream().filter(f -> f.getFileName().toString().endsWith(".json")
                        && !unfollowable.contains(f)).toList();
                if (direct.isEmpty()) {
                    try (Stream<Path> s = Files.walk(p, 2)) {
                        direct = s.filter(f -> f.getFileName().toString().matches("agg_.*\\.json")).sorted().toList();
                    }
                }
                files.addAll(direct);
            } else {
                files.add(p);
            }
        }
        return files;
    }

    /** One line per reason: "skipped 569 rows (domain is not Language): lines 2, 4, ... and 559 more". */
    private static void printSkipped(PrintWriter w, List<Problem> skipped) {
        Map<String, List<Problem>> byReason = skipped.stream()
                .collect(Collectors.groupingBy(p -> p.file() + ": " + p.message(), LinkedHashMap::new,
                        Collectors.toList()));
        byReason.forEach((reason, rows) -> {
            String lines = rows.stream().limit(LINES_SHOWN).filter(p -> p.line() > 0)
                    .map(p -> Integer.toString(p.line())).collect(Collectors.joining(", "));
            String more = rows.size() > LINES_SHOWN ? " and " + (rows.size() - LINES_SHOWN) + " more" : "";
            w.println("skipped " + rows.size() + (rows.size() == 1 ? " row" : " rows") + " of " + reason
                    + (lines.isEmpty() ? "" : " (lines " + lines + more + ")"));
        });
    }
}

package dev.scalinglens.bench;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import dev.scalinglens.catalog.Catalog;
import dev.scalinglens.catalog.load.CatalogLoader;
import dev.scalinglens.catalog.load.LoadResult;
import dev.scalinglens.catalog.importers.EpochHardwareImporter;
import dev.scalinglens.catalog.importers.EpochModelsImporter;
import dev.scalinglens.catalog.importers.ImportResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench load}: times parse + validate of a generated catalog and the import of each Epoch CSV,
 * each beside a baseline measured in the same run (Jackson reading the same bytes with no validation).
 */
@Command(name = "load",
        mixinStandardHelpOptions = true,
        description = "Time catalog parse + validate and Epoch CSV import (medians after warm-up).")
public final class BenchLoadCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--models", description = "models in the generated catalog (default: ${DEFAULT-VALUE})")
    int models = 100_000;

    @CommandLine.Mixin
    RepetitionOptions repeat = new RepetitionOptions();

    @Option(names = "--epoch", paramLabel = "FOLDER",
            description = "folder of Epoch CSVs to time (default: ${DEFAULT-VALUE}); skipped when absent")
    Path epochFolder = Path.of("..", "shared", "external", "epoch");

    @Override
    public Integer call() throws Exception {
        if (models <= 0 || !repeat.valid()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "counts must be positive");
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "java %s, %d processors%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors());
        Path dir = Files.createTempDirectory("scalinglens-bench");
        try {
            Path file = dir.resolve("catalog.json");
            generate(file, models);
            out.printf(Locale.ROOT, "generated catalog: %d models, %.1f MB%n", models, Files.size(file) / 1e6);
            out.flush();
            ObjectMapper plain = new ObjectMapper();
            Timings baseline = repeat.measure(() -> plain.readTree(file.toFile()));
            Timings load = repeat.measure(() -> checked(CatalogLoader.load(List.of(file))));
            out.println("baseline Jackson readTree (no validation): " + baseline.summary());
            out.println("parse + validate (CatalogLoader.load):     " + load.summary());
            out.printf(Locale.ROOT, "ratio load / baseline: %.2f%n", load.median() / baseline.median());
        } finally {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path p : files.toList()) {
                    Files.deleteIfExists(p);
                }
            }
            Files.deleteIfExists(dir);
        }
        benchEpoch(out);
        out.flush();
        return 0;
    }

    private void benchEpoch(PrintWriter out) throws Exception {
        if (!Files.isDirectory(epochFolder)) {
            out.println("Epoch CSV folder " + epochFolder + " not found: import timings skipped");
            return;
        }
        List<Path> csvs;
        try (Stream<Path> s = Files.list(epochFolder)) {
            csvs = s.filter(p -> p.toString().endsWith(".csv")).sorted().toList();
        }
        CsvMapper csv = new CsvMapper();
        csv.enable(CsvParser.Feature.WRAP_AS_ARRAY);
        int csvWarmup = Math.max(repeat.warmup, 5);
        int csvRepetitions = Math.max(repeat.repetitions, 20);
        for (Path p : csvs) {
            boolean hardware = p.getFileName().toString().contains("hardware");
            Timings baseline = Timings.measure(csvWarmup, csvRepetitions,
                    () -> csv.readerFor(String[][].class).readValue(p.toFile()));
            Timings timed = Timings.measure(csvWarmup, csvRepetitions, () -> checked(hardware
                    ? EpochHardwareImporter.importFile(p) : EpochModelsImporter.importFile(p)));
            out.printf(Locale.ROOT, "import %s (%.2f MB): %s; baseline CSV parse only: %s%n",
                    p.getFileName(), Files.size(p) / 1e6, timed.summary(), baseline.summary());
        }
    }

    private static Object checked(LoadResult r) {
        if (r.hasErrors()) {
            throw new IllegalStateException("benchmark catalog has errors: " + r.problems().get(0).format());
        }
        return r;
    }

    private static Object checked(ImportResult r) {
        if (r.hasErrors()) {
            throw new IllegalStateException("import failed: " + r.problems().get(0).format());
        }
        return r;
    }

    /**
     * Writes a catalog shaped like the curated one: every model with name, family, organization, date,
     * parameters with provenance, tokens and (every fourth) an architecture. Values are synthetic.
     */
    static void generate(Path file, int count) throws IOException {
        LocalDate start = LocalDate.of(2018, 1, 1);
        try (JsonGenerator g = new ObjectMapper().getFactory().createGenerator(file.toFile(), JsonEncoding.UTF8)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("schema", Catalog.SCHEMA);
            g.writeObjectFieldStart("sources");
            g.writeObjectFieldStart("synthetic");
            g.writeStringField("citation", "Generated by bench load");
            g.writeEndObject();
            g.writeEndObject();
            g.writeArrayFieldStart("models");
            for (int i = 0; i < count; i++) {
                double parameters = 1e8 * (1 + i % 4000);
                g.writeStartObject();
                g.writeStringField("id", "model-" + i);
                g.writeStringField("name", "Model " + i);
                g.writeStringField("family", "Family " + (i % 97));
                g.writeStringField("organization", "Org " + (i % 31));
                g.writeStringField("releaseDate", start.plusDays(i % 2500).toString());
                g.writeObjectFieldStart("parameters");
                g.writeNumberField("value", parameters);
                g.writeStringField("source", "synthetic");
                g.writeBooleanField("estimated", i % 3 == 0);
                g.writeEndObject();
                g.writeNumberField("trainingTokens", parameters * 20);
                g.writeBooleanField("openWeights", i % 2 == 0);
                if (i % 4 == 0) {
                    g.writeObjectFieldStart("architecture");
                    g.writeNumberField("layers", 32);
                    g.writeNumberField("hiddenSize", 4096);
                    g.writeNumberField("attentionHeads", 32);
                    g.writeNumberField("kvHeads", 8);
                    g.writeEndObject();
                }
                g.writeStringField("source", "synthetic");
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
    }
}

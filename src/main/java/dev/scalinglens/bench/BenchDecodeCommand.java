package dev.scalinglens.bench;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.scalinglens.catalog.load.BundledCatalog;
import dev.scalinglens.catalog.Catalog;
import dev.scalinglens.catalog.load.CatalogMerger;
import dev.scalinglens.catalog.importers.ImportResult;
import dev.scalinglens.catalog.importers.InferenceXImporter;
import dev.scalinglens.charts.registry.ChartKind;
import dev.scalinglens.plot.Theme;
import dev.scalinglens.plot.layout.LayoutOptions;
import dev.scalinglens.plot.layout.PlotLayout;
import dev.scalinglens.plot.spec.ChartSpec;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench decode}: imports an InferenceMAX aggregated file of N generated runs and draws the measured
 * decode chart from them, beside baselines from the same run (Jackson reading the same bytes; the default
 * modelled decode chart on the bundled catalog). The runs are synthetic: gpt-oss-120b rows in the shape
 * InferenceX's process_result.py writes, spread over seven accelerators, concurrencies and parallelisms.
 */
@Command(name = "decode",
        mixinStandardHelpOptions = true,
        description = "Time importing and drawing N measured decode runs (medians after warm-up).")
public final class BenchDecodeCommand implements Callable<Integer> {

    private static final List<String> HARDWARE = List.of("h100", "h200", "b200", "gb200", "mi300x", "mi325x", "mi355x");
    private static final int[] CONCURRENCY = {1, 2, 4, 8, 16, 32, 64, 128, 256, 512};
    private static final int[] TENSOR_PARALLEL = {1, 2, 4, 8};

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--runs", description = "generated runs (default: ${DEFAULT-VALUE})")
    int runs = 10_000;

    @CommandLine.Mixin
    RepetitionOptions repeat = new RepetitionOptions();

    @Override
    public Integer call() throws Exception {
        if (runs <= 0 || !repeat.valid()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "counts must be positive");
        }
        PrintWriter out = spec.commandLine().getOut();
        Path dir = Files.createTempDirectory("scalinglens-bench-decode");
        Path file = dir.resolve("agg_bmk.json");
        try {
            generate(file, runs);
            out.printf(Locale.ROOT, "generated %d runs, %.1f MB%n", runs, Files.size(file) / 1e6);
            Catalog bundled = BundledCatalog.load().catalog();
            ObjectMapper plain = new ObjectMapper();
            Timings parse = repeat.measure(() -> plain.readTree(file.toFile()));
            InferenceXImporter.Options options = new InferenceXImporter.Options(null, null,
                    Set.of("gpt-oss-120b"), Set.of());
            Timings importing = repeat.measure(() -> checked(
                    InferenceXImporter.importWith(List.of(file), options)));
            ImportResult imported = InferenceXImporter.importWith(List.of(file), options);
            Catalog withRuns = CatalogMerger.merge(BundledCatalog.load(),
                    new dev.scalinglens.catalog.load.LoadResult(imported.catalog(), List.of())).catalog();
            out.printf(Locale.ROOT, "imported %d runs%n", imported.catalog().inferenceRuns().size());

            Record measured = ChartKind.PARETO.settingsFromJson(new ObjectMapper().readTree("""
                    {"view": "MEASURED", "modelId": "gpt-oss-120b", "inputTokens": 1024, "outputTokens": 1024,
                     "hardwareIds": ["h100-sxm", "h200", "b200", "gb200", "mi300x", "mi325x", "mi355x"]}"""));
            Record modelled = ChartKind.PARETO.defaultSettings();
            Timings draw = repeat.measure(() -> layout(ChartKind.PARETO.build(withRuns, measured)));
            Timings baseline = repeat.measure(() -> layout(ChartKind.PARETO.build(bundled, modelled)));
            out.println("baseline Jackson readTree of the file:        " + parse.summary());
            out.println("import (InferenceXImporter):                   " + importing.summary());
            out.println("measured chart, build + layout (" + runs + " runs): " + draw.summary());
            out.println("baseline: default modelled chart, build + layout: " + baseline.summary());
            out.printf(Locale.ROOT, "ratios: import / parse %.2f, measured draw / modelled draw %.2f%n",
                    importing.median() / parse.median(), draw.median() / baseline.median());
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(dir);
        }
        out.flush();
        return 0;
    }

    private static Object layout(ChartSpec spec) {
        return PlotLayout.layout(spec, new LayoutOptions(1000, 700, Theme.LIGHT, null, Set.of(), Set.of(), 1));
    }

    private static Object checked(ImportResult r) {
        if (r.hasErrors() || r.catalog().inferenceRuns().isEmpty()) {
            throw new IllegalStateException("import failed: " + r.problems());
        }
        return r;
    }

    /** One aggregated array of {@code count} rows; values follow a simple latency/throughput trade-off. */
    static void generate(Path file, int count) throws IOException {
        try (JsonGenerator g = new ObjectMapper().getFactory().createGenerator(file.toFile(), JsonEncoding.UTF8)) {
            g.writeStartArray();
            for (int i = 0; i < count; i++) {
                int conc = CONCURRENCY[i % CONCURRENCY.length];
                int tp = TENSOR_PARALLEL[(i / CONCURRENCY.length) % TENSOR_PARALLEL.length];
                String hw = HARDWARE.get((i / (CONCURRENCY.length * TENSOR_PARALLEL.length)) % HARDWARE.size());
                double jitter = 1 + 0.05 * ((i * 7919) % 11) / 10.0;
                double tpot = 0.004 * jitter * (1 + conc / 64.0) * 8.0 / (tp + 4);
                double outputPerGpu = conc / tpot / tp;
                g.writeStartObject();
                g.writeStringField("hw", hw);
                g.writeNumberField("conc", conc);
                g.writeStringField("model", "openai/gpt-oss-120b");
                g.writeStringField("framework", i % 2 == 0 ? "vllm" : "sglang");
                g.writeStringField("precision", "fp4");
                g.writeStringField("spec_decoding", "none");
                g.writeBooleanField("disagg", false);
                g.writeNumberField("isl", 1024);
                g.writeNumberField("osl", 1024);
                g.writeBooleanField("is_multinode", false);
                g.writeNumberField("tp", tp);
                g.writeNumberField("ep", 1);
                g.writeStringField("dp_attention", "false");
                g.writeNumberField("tput_per_gpu", outputPerGpu * 2);
                g.writeNumberField("output_tput_per_gpu", outputPerGpu);
                g.writeNumberField("input_tput_per_gpu", outputPerGpu);
                g.writeNumberField("median_ttft", 0.2 * jitter);
                g.writeNumberField("p99_ttft", 0.6 * jitter);
                g.writeNumberField("median_tpot", tpot);
                g.writeNumberField("p99_tpot", tpot * 1.3);
                g.writeNumberField("median_intvty", 1 / tpot);
                g.writeNumberField("p99_intvty", 1 / (tpot * 1.3));
                g.writeNumberField("median_e2el", 0.2 + 1024 * tpot);
                g.writeNumberField("p99_e2el", 0.6 + 1024 * tpot * 1.3);
                g.writeEndObject();
            }
            g.writeEndArray();
        }
    }
}

package dev.scalinglens.cli;

import dev.scalinglens.catalog.load.CatalogLoader;
import dev.scalinglens.catalog.load.LoadOptions;
import dev.scalinglens.catalog.load.LoadResult;
import dev.scalinglens.catalog.Problem;
import dev.scalinglens.catalog.io.LoadLimits;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code validate PATH...}: loads catalogs as the app would and prints every problem and a summary. */
@Command(name = "validate",
        mixinStandardHelpOptions = true,
        description = {"Check catalog files or folders (merged in order) and print every problem.",
                "Exit code: 0 no errors (warnings allowed), 1 errors, 2 usage error."})
public final class ValidateCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "catalog JSON files or folders of them")
    List<Path> paths;

    @Option(names = "--max-file-size", paramLabel = "BYTES",
            description = "refuse larger files (default: ${DEFAULT-VALUE})")
    long maxFileBytes = LoadLimits.DEFAULT_MAX_FILE_BYTES;

    @Option(names = "--max-depth", paramLabel = "LEVELS",
            description = "refuse deeper JSON nesting (default: ${DEFAULT-VALUE})")
    int maxDepth = LoadLimits.DEFAULT_MAX_NESTING_DEPTH;

    @Override
    public Integer call() {
        if (maxFileBytes <= 0 || maxDepth <= 0) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--max-file-size and --max-depth must be positive");
        }
        LoadOptions options = LoadOptions.defaults().withLimits(new LoadLimits(maxFileBytes, maxDepth));
        LoadResult result = CatalogLoader.load(paths, options);
        PrintWriter out = spec.commandLine().getOut();
        for (Problem p : result.problems()) {
            out.println(p.format());
        }
        out.println(summary(result));
        String coverage = tokensChartCoverage(result.catalog());
        if (coverage != null) {
            out.println(coverage);
        }
        out.flush();
        return result.hasErrors() ? 1 : 0;
    }

    /**
     * "tokens chart: 212 of 230 models with parameters and training compute plotted (212 with tokens
     * estimated as D = C / (6N))"; null when no model has both.
     */
    static String tokensChartCoverage(dev.scalinglens.catalog.Catalog catalog) {
        var eligible = catalog.models().stream()
                .filter(m -> m.parameters() != null && m.trainingComputeFlop() != null).toList();
        if (eligible.isEmpty()) {
            return null;
        }
        var spec = new dev.scalinglens.charts.tokensparams.TokensParamsChartBuilder().build(catalog,
                dev.scalinglens.charts.tokensparams.TokensParamsSettings.defaults());
        java.util.Set<String> plotted = new java.util.HashSet<>();
        for (var layer : spec.layers()) {
            if (layer instanceof dev.scalinglens.plot.spec.PointLayer p && p.pointIds() != null) {
                plotted.addAll(List.of(p.pointIds()));
            }
        }
        long shown = eligible.stream().filter(m -> plotted.contains(m.id())).count();
        long derived = eligible.stream().filter(m -> plotted.contains(m.id()))
                .filter(dev.scalinglens.science.chinchilla.TrainingEstimates::tokensDerived).count();
        return "tokens chart: " + shown + " of " + eligible.size() + " models with parameters and training compute"
                + " plotted (" + derived + " with tokens estimated as "
                + dev.scalinglens.science.chinchilla.TrainingEstimates.TOKENS_FORMULA + ")";
    }

    static String summary(LoadResult result) {
        var c = result.catalog();
        return c.models().size() + " models, " + c.hardware().size() + " hardware, " + c.experiments().size()
                + " experiments, " + c.inferenceRuns().size() + " runs, " + result.errorCount() + " errors, "
                + result.warningCount() + " warnings";
    }
}

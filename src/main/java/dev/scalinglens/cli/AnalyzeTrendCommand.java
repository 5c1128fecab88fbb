package dev.scalinglens.cli;

import dev.scalinglens.catalog.Catalog;
import dev.scalinglens.catalog.load.CatalogLoader;
import dev.scalinglens.catalog.load.LoadResult;
import dev.scalinglens.science.stats.Interval;
import dev.scalinglens.science.trends.GroupTrend;
import dev.scalinglens.science.trends.TrendAnalysis;
import dev.scalinglens.science.trends.TrendField;
import dev.scalinglens.science.trends.TrendFit;
import dev.scalinglens.science.trends.TrendGrouping;
import dev.scalinglens.science.trends.TrendOptions;
import dev.scalinglens.science.trends.TrendResult;
import dev.scalinglens.science.trends.TrendText;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code analyze trend}: the growth rate of a catalog field over release date,
 * {"field", "perYear", "ci90", "doublingTimeDays", "r2", "models", ...}.
 */
@Command(name = "trend",
        mixinStandardHelpOptions = true,
        description = {"Growth rate of a catalog field over release date: log-linear least squares, ×N per year with"
                + " a 90%% interval from the slope's standard error (t distribution), doubling time, R².",
                "Example (Epoch's compute trend): import --format epoch-csv --domains all notable.csv --out n.json,"
                        + " then analyze trend --field trainingCompute --from 2010-01-01 --catalog n.json --no-bundled"})
public final class AnalyzeTrendCommand implements Runnable {

    private final Supplier<Catalog> catalog;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--field", required = true, paramLabel = "F",
            description = "parameters, activeParameters, trainingTokens, trainingCompute, tokensPerParameter,"
                    + " contextLength, memoryBandwidth, denseBf16Flops, denseFp8Flops, memoryCapacity")
    String field;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "First release date fitted (default: any).")
    LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Last release date fitted (default: any).")
    LocalDate to;

    @Option(names = "--frontier", description = "Fit only the record setters (running maximum).")
    boolean frontier;

    @Option(names = "--group-by", paramLabel = "G", defaultValue = "none",
            description = "none, organization, open-weights or era (default: ${DEFAULT-VALUE}).")
    String groupBy;

    @Option(names = "--split", paramLabel = "YYYY-MM-DD", defaultValue = "2022-11-30",
            description = "Era split for --group-by era (default: ${DEFAULT-VALUE}, ChatGPT's release).")
    LocalDate split;

    @Option(names = "--sourced-only", description = "Fit only values a source states, not training tokens or"
            + " compute derived here with C = 6ND.")
    boolean sourcedOnly;

    @Option(names = "--bootstrap", paramLabel = "N", defaultValue = "0",
            description = "Also a 90%% bootstrap interval from N resamples (default: none).")
    int replicates;

    @Option(names = "--seed", defaultValue = "1", description = "Bootstrap seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--catalog", paramLabel = "PATH",
            description = "Catalog file or folder merged over the bundled one (repeatable).")
    List<Path> catalogPaths = List.of();

    @Option(names = "--no-bundled", description = "Use only the --catalog files, not the bundled catalog (e.g. to fit"
            + " an Epoch export alone: the bundled models would otherwise be added to it).")
    boolean noBundled;

    public AnalyzeTrendCommand(Supplier<Catalog> catalog) {
        this.catalog = catalog;
    }

    @Override
    public void run() {
        TrendField f = TrendField.byId(field).orElseThrow(() -> new CommandLine.ParameterException(
                spec.commandLine(), "unknown --field '" + field + "'; expected one of " + TrendField.knownIds()));
        if (from != null && to != null && from.isAfter(to)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--from " + from + " is after --to " + to);
        }
        if (replicates < 0 || replicates > TrendOptions.MAX_BOOTSTRAP_REPLICATES) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--bootstrap must be 0 to "
                    + TrendOptions.MAX_BOOTSTRAP_REPLICATES);
        }
        if (noBundled && catalogPaths.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--no-bundled needs at least one --catalog");
        }
        TrendOptions options = new TrendOptions(f, from, to, frontier, grouping(), split, 6, replicates, seed, !sourcedOnly);
        TrendResult result = TrendAnalysis.run(loadCatalog(), options);
        spec.commandLine().getOut().println(AnalyzeCommand.json(json(result)));
        spec.commandLine().getOut().flush();
    }

    private TrendGrouping grouping() {
        return switch (groupBy.strip().toLowerCase(Locale.ROOT).replace("_", "-")) {
            case "none" -> TrendGrouping.NONE;
            case "organization", "organisation", "org" -> TrendGrouping.ORGANIZATION;
            case "open-weights", "openweights" -> TrendGrouping.OPEN_WEIGHTS;
            case "era" -> TrendGrouping.ERA;
            default -> throw new CommandLine.ParameterException(spec.commandLine(), "unknown --group-by '" + groupBy
                    + "'; expected none, organization, open-weights or era");
        };
    }

    private Catalog loadCatalog() {
        if (catalogPaths.isEmpty()) {
            return catalog.get();
        }
        LoadResult user = CatalogLoader.load(catalogPaths);
        if (user.hasErrors()) {
            throw new CliCatalog.CatalogLoadException(user.problems());
        }
        return noBundled ? user.catalog() : CatalogLoader.merge(CatalogLoader.loadBundled(), user).catalog();
    }

    static Map<String, Object> json(TrendResult result) {
        TrendOptions o = result.options();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("field", o.field().id());
        out.put("unit", o.field().unit());
        out.putAll(fit(result.main()));
        out.put("window", new String[] {o.from() == null ? null : o.from().toString(),
                o.to() == null ? null : o.to().toString()});
        out.put("frontierOnly", o.frontierOnly());
        out.put("sourcedOnly", !o.includeDerived());
        if (o.grouping() != TrendGrouping.NONE) {
            out.put("groupBy", o.grouping().name().toLowerCase(Locale.ROOT).replace('_', '-'));
            out.put("groups", result.groups().stream().map(g -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("group", g.name());
                m.putAll(fit(g));
                return m;
            }).toList());
        }
        return out;
    }

    private static Map<String, Object> fit(GroupTrend g) {
        Map<String, Object> out = new LinkedHashMap<>();
        TrendFit fit = g.fit();
        out.put("perYear", fit == null ? null : round(fit.perYear()));
        if (fit != null) {
            Interval ci = fit.perYearCi90();
            out.put("ci90", new double[] {round(ci.low()), round(ci.high())});
            Interval boot = fit.perYearBootstrap90();
            if (boot != null) {
                out.put("bootstrap90", new double[] {round(boot.low()), round(boot.high())});
            }
            out.put("doublingTimeDays", Double.isFinite(fit.doublingTimeDays()) ? round(fit.doublingTimeDays()) : null);
            out.put("r2", round(fit.rSquared()));
            out.put("summary", TrendText.headline(fit));
        } else {
            out.put("ci90", null);
            out.put("doublingTimeDays", null);
            out.put("r2", null);
            out.put("note", g.note());
        }
        out.put("models", g.fitted().size());
        return out;
    }

    private static double round(double v) {
        if (!Double.isFinite(v) || v == 0) {
            return v;
        }
        double scale = Math.pow(10, 4 - Math.ceil(Math.log10(Math.abs(v))));
        return Math.round(v * scale) / scale;
    }
}

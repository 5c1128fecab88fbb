package dev.scalinglens.cli;

import dev.scalinglens.catalog.load.CatalogLoader;
import dev.scalinglens.catalog.load.CatalogMerger;
import dev.scalinglens.catalog.load.LoadResult;
import dev.scalinglens.catalog.MergePolicy;
import dev.scalinglens.catalog.MergeReport;
import dev.scalinglens.catalog.MergeReportWriter;
import dev.scalinglens.catalog.Problem;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code merge-report CATALOG...}: what merging these catalogs (over the bundled one) adds, fills and overrides. */
@Command(name = "merge-report",
        mixinStandardHelpOptions = true,
        description = {"Merge catalogs in order, field by field, as File > Merge does, and list what each merge did:",
                "records added, fields filled, fields overridden (old -> new, both sources), conflicts.",
                "Exit code: 0 merged, 1 a catalog has errors, 2 usage error."})
public final class MergeReportCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "CATALOG", description = "catalog JSON files or folders, merged in order")
    List<Path> paths;

    @Option(names = "--json", description = "print the report as JSON (counts and every change)")
    boolean json;

    @Option(names = "--csv", paramLabel = "FILE", description = "also write every change as CSV to FILE")
    Path csv;

    @Option(names = "--keep-curated",
            description = "in a conflict keep the earlier catalog's value when it is reported (not estimated)")
    boolean keepCurated;

    @Option(names = "--no-bundled", description = "the first CATALOG is the base, instead of the bundled catalog")
    boolean noBundled;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        MergePolicy policy = keepCurated ? MergePolicy.KEEP_CURATED_REPORTED : MergePolicy.OVERLAY_WINS;
        LoadResult current = noBundled ? LoadResult.empty() : CatalogLoader.loadBundled();
        MergeReport report = MergeReport.empty();
        boolean first = true;
        for (Path p : paths) {
            LoadResult next = CatalogLoader.load(List.of(p));
            if (next.hasErrors()) {
                next.problems().stream().filter(Problem::isError).forEach(x -> err.println(x.format()));
                err.println(p + ": has errors; nothing merged");
                err.flush();
                return 1;
            }
            CatalogMerger.Merged merged = CatalogMerger.mergeReporting(current, next, policy);
            // With --no-bundled the first catalog is the base: loading it is not a merge.
            if (!(noBundled && first)) {
                report = report.then(merged.report());
                if (!json) {
                    out.println(p + ": " + merged.report().summary());
                }
            }
            current = merged.result();
            first = false;
        }
        if (json) {
            out.println(MergeReportWriter.json(report));
        } else {
            for (MergeReport.Change c : report.changes()) {
                if (c.kind() != MergeReport.Kind.ADDED) {
                    out.println(line(c));
                }
            }
            out.println("total: " + report.summary() + "; " + current.catalog().models().size() + " models");
        }
        if (csv != null) {
            try (Writer w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
                MergeReportWriter.csv(report, w);
            }
        }
        out.flush();
        return 0;
    }

    static String line(MergeReport.Change c) {
        String kind = c.kind().name().toLowerCase(Locale.ROOT);
        String old = c.oldValue().isEmpty() ? "(empty)" : c.oldValue() + " [" + c.oldSource() + "]";
        return String.format(Locale.ROOT, "%-10s %s/%s %s: %s -> %s [%s]", kind, c.section(), c.id(), c.field(), old,
                c.newValue(), c.newSource());
    }
}

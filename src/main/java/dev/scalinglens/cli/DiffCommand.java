package dev.scalinglens.cli;

import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.scalinglens.catalog.load.CatalogDiff;
import dev.scalinglens.catalog.load.CatalogLoader;
import dev.scalinglens.catalog.load.LoadResult;
import dev.scalinglens.catalog.Problem;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code diff OLD NEW}: what a re-import changed (records added, removed, values changed). */
@Command(name = "diff",
        mixinStandardHelpOptions = true,
        description = {"Compare two catalogs, e.g. imports of an older and a newer Epoch export:",
                "records added and removed, and every changed value with its field and both values.",
                "Exit code: 0 compared, 1 a catalog has errors, 2 usage error."})
public final class DiffCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "OLD", description = "the previous catalog (file or folder)")
    Path before;

    @Parameters(index = "1", paramLabel = "NEW", description = "the new catalog (file or folder)")
    Path after;

    @Option(names = "--json", description = "print the differences as JSON")
    boolean json;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        LoadResult old = load(before);
        LoadResult now = load(after);
        if (old == null || now == null) {
            return 1;
        }
        List<CatalogDiff.Entry> entries = CatalogDiff.between(old.catalog(), now.catalog());
        if (json) {
            out.println(JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(entries));
        } else {
            for (CatalogDiff.Entry e : entries) {
                out.println(line(e));
            }
            out.println(before + " -> " + after + ": " + CatalogDiff.summary(entries));
        }
        out.flush();
        return 0;
    }

    private LoadResult load(Path p) {
        LoadResult r = CatalogLoader.load(List.of(p));
        if (r.hasErrors()) {
            PrintWriter err = spec.commandLine().getErr();
            r.problems().stream().filter(Problem::isError).forEach(x -> err.println(x.format()));
            err.println(p + ": has errors");
            err.flush();
            return null;
        }
        return r;
    }

    static String line(CatalogDiff.Entry e) {
        return switch (e.kind()) {
            case ADDED -> "+ " + e.section() + "/" + e.id() + " (" + e.name() + ")";
            case REMOVED -> "- " + e.section() + "/" + e.id() + " (" + e.name() + ")";
            case CHANGED -> String.format(Locale.ROOT, "~ %s/%s %s: %s -> %s", e.section(), e.id(), e.field(),
                    e.oldValue().isEmpty() ? "(empty)" : e.oldValue(), e.newValue().isEmpty() ? "(empty)" : e.newValue());
        };
    }
}

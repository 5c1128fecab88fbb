package dev.scalinglens.cli;

import dev.scalinglens.catalog.Catalog;
import dev.scalinglens.catalog.load.CatalogLoader;
import dev.scalinglens.catalog.load.LoadResult;
import dev.scalinglens.catalog.Problem;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The catalog a headless command works on: the bundled one, overlaid by the user's {@code --catalog}
 * files in order. Loaded once, on first use. A user file with errors stops the command with every
 * problem listed, rather than drawing a chart that silently lacks the user's data.
 */
final class CliCatalog implements Supplier<Catalog> {

    private List<Path> extraPaths = List.of();
    private Catalog loaded;

    void setExtraPaths(List<Path> paths) {
        if (loaded != null) {
            throw new IllegalStateException("catalog already loaded");
        }
        extraPaths = paths == null ? List.of() : List.copyOf(paths);
    }

    @Override
    public synchronized Catalog get() {
        if (loaded == null) {
            LoadResult result = CatalogLoader.loadBundled();
            if (!extraPaths.isEmpty()) {
                LoadResult user = CatalogLoader.load(extraPaths);
                if (user.hasErrors()) {
                    throw new CatalogLoadException(user.problems());
                }
                result = CatalogLoader.merge(result, user);
            }
            loaded = result.catalog();
        }
        return loaded;
    }

    /** The user's catalog has errors: the message lists them, one per line. */
    static final class CatalogLoadException extends RuntimeException {

        CatalogLoadException(List<Problem> problems) {
            super("the catalog has errors:\n" + problems.stream().filter(Problem::isError)
                    .map(Problem::format).collect(Collectors.joining("\n")));
        }
    }
}

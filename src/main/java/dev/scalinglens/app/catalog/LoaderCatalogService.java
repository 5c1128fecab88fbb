package dev.scalinglens.app.catalog;

import dev.scalinglens.catalog.Catalog;
import dev.scalinglens.catalog.load.CatalogLoader;
import dev.scalinglens.catalog.load.LoadResult;
import dev.scalinglens.catalog.Problem;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;

/**
 * The production catalog service: {@link CatalogLoader} (validation, file:line:column problems, folders
 * expanded to their {@code *.json}). Pure I/O and parsing, no JavaFX, safe on a worker thread. An
 * interrupted load ends in {@link CancellationException}, which the task executors treat as a cancel.
 */
public final class LoaderCatalogService implements CatalogService {

    @Override
    public CatalogLoad loadBundled() {
        return guarded("bundled catalog", CatalogLoader::loadBundled);
    }

    @Override
    public CatalogLoad load(List<Path> files) {
        if (files == null || files.isEmpty()) {
            return new CatalogLoad(Catalog.empty(), List.of());
        }
        List<Path> copy = List.copyOf(files);
        return guarded(copy.size() == 1 ? copy.get(0).toString() : copy.toString(), () -> CatalogLoader.load(copy));
    }

    /** The loader reports bad input as problems; a bug in it must still not escape as an exception. */
    private static CatalogLoad guarded(String what, java.util.function.Supplier<LoadResult> loading) {
        try {
            return toLoad(loading.get());
        } catch (CancellationException e) {
            throw e;
        } catch (RuntimeException e) {
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return new CatalogLoad(Catalog.empty(), List.of(new Problem(Problem.Severity.ERROR, what, 0, 0, "",
                    "cannot load: " + message)));
        }
    }

    @Override
    public CatalogLoad merge(CatalogLoad base, CatalogLoad overlay) {
        return toLoad(CatalogLoader.merge(toResult(base), toResult(overlay)));
    }

    @Override
    public CatalogLoad merge(CatalogLoad base, CatalogLoad overlay, dev.scalinglens.catalog.MergePolicy policy) {
        return toLoad(dev.scalinglens.catalog.load.CatalogMerger.mergeReporting(toResult(base), toResult(overlay), policy)
                .result());
    }

    private static CatalogLoad toLoad(LoadResult r) {
        return new CatalogLoad(r.catalog(), r.problems(), r.origins());
    }

    private static LoadResult toResult(CatalogLoad load) {
        return new LoadResult(load.catalog(), load.problems(), load.origins());
    }
}

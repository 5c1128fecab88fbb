package dev.scalinglens.app.catalog;

import java.nio.file.Path;
import java.util.List;

/**
 * The app's seam to the catalog loader. Implementations are pure I/O + parsing, safe to call off the
 * FX thread, and never throw for bad input: problems go into the result.
 */
public interface CatalogService {

    /** The catalog shipped inside the jar. */
    CatalogLoad loadBundled();

    /**
     * The bundled catalog if it has already been read (e.g. prefetched while the toolkit started), without
     * waiting; empty otherwise. Lets start-up publish it before the window first shows.
     */
    default java.util.Optional<CatalogLoad> bundledIfReady() {
        return java.util.Optional.empty();
    }

    /** User files (JSON files or folders of them), validated; problems carry file:line:column. */
    CatalogLoad load(List<Path> files);

    /** {@code overlay} on top of {@code base}, field by field; in a conflict the overlay wins. */
    CatalogLoad merge(CatalogLoad base, CatalogLoad overlay);

    /** The same with a conflict rule; a service that knows only one rule uses it. */
    default CatalogLoad merge(CatalogLoad base, CatalogLoad overlay, dev.scalinglens.catalog.MergePolicy policy) {
        return merge(base, overlay);
    }
}

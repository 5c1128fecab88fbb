package dev.scalinglens.app.catalog;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Starts reading the bundled catalog on a daemon thread as soon as it is made (at process start, while
 * JavaFX starts up on the other core), and hands that result to the first {@link #loadBundled()}.
 */
public final class PrefetchingCatalogService implements CatalogService {

    private final CatalogService delegate;
    private final CompletableFuture<CatalogLoad> bundled = new CompletableFuture<>();

    public PrefetchingCatalogService(CatalogService delegate) {
        this.delegate = delegate;
        Thread reader = new Thread(() -> {
            try {
                bundled.complete(delegate.loadBundled());
            } catch (RuntimeException | Error e) {
                bundled.completeExceptionally(e);
            }
        }, "catalog-prefetch");
        reader.setDaemon(true);
        reader.start();
    }

    @Override
    public CatalogLoad loadBundled() {
        try {
            return bundled.join();
        } catch (RuntimeException e) {
            return delegate.loadBundled(); // the prefetch failed unexpectedly: try once more, reporting normally
        }
    }

    @Override
    public Optional<CatalogLoad> bundledIfReady() {
        return bundled.isDone() && !bundled.isCompletedExceptionally() ? Optional.of(bundled.join()) : Optional.empty();
    }

    @Override
    public CatalogLoad load(List<Path> files) {
        return delegate.load(files);
    }

    @Override
    public CatalogLoad merge(CatalogLoad base, CatalogLoad overlay) {
        return delegate.merge(base, overlay);
    }

    @Override
    public CatalogLoad merge(CatalogLoad base, CatalogLoad overlay, dev.scalinglens.catalog.MergePolicy policy) {
        return delegate.merge(base, overlay, policy);
    }
}

package dev.scalinglens.export;

import dev.scalinglens.catalog.Catalog;
import dev.scalinglens.catalog.load.CatalogFingerprint;
import java.util.concurrent.FutureTask;

/**
 * The fingerprint of the catalog last asked about, computed once per catalog: on a background thread when
 * {@linkplain #start started} as soon as the catalog is there (a deck's first slide then lays out its chart
 * meanwhile: the fingerprint turns every record into text and hashes it, several percent of a one-slide deck),
 * else by whoever asks first.
 */
final class CatalogFingerprints {

    private Catalog catalog;
    private FutureTask<String> fingerprint;

    /** Starts computing {@code now}'s fingerprint on a background thread, unless it is known or under way. */
    void start(Catalog now) {
        FutureTask<String> task;
        synchronized (this) {
            if (now == catalog) {
                return;
            }
            task = taskFor(now);
        }
        Background.start(task, "catalog-fingerprint");
    }

    /** {@code now}'s fingerprint, computed here if nobody has started it, else awaited. */
    String of(Catalog now) {
        FutureTask<String> task;
        synchronized (this) {
            task = now == catalog ? fingerprint : taskFor(now);
        }
        task.run(); // does nothing when it has run or is running on another thread
        return Background.await(task, "fingerprinting the catalog");
    }

    private FutureTask<String> taskFor(Catalog now) {
        catalog = now;
        fingerprint = new FutureTask<>(() -> CatalogFingerprint.of(now));
        return fingerprint;
    }
}

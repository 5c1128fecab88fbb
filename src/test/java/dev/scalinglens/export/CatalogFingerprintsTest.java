package dev.scalinglens.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.scalinglens.catalog.Catalog;
import dev.scalinglens.catalog.load.CatalogFingerprint;
import dev.scalinglens.catalog.load.CatalogLoader;
import org.junit.jupiter.api.Test;

/** Fingerprints started ahead on another thread, or not, are the catalog's own. */
class CatalogFingerprintsTest {

    @Test
    void startedAheadOrNotGivesEachCatalogsFingerprint() {
        Catalog bundled = CatalogLoader.loadBundled().catalog();
        Catalog empty = Catalog.empty();
        CatalogFingerprints fingerprints = new CatalogFingerprints();

        fingerprints.start(bundled);
        fingerprints.start(bundled);
        assertEquals(CatalogFingerprint.of(bundled), fingerprints.of(bundled));
        assertEquals(CatalogFingerprint.of(empty), fingerprints.of(empty));
        assertNotEquals(fingerprints.of(empty), fingerprints.of(bundled));
        fingerprints.start(empty);
        assertEquals(CatalogFingerprint.of(empty), fingerprints.of(empty));
    }
}

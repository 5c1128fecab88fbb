package dev.scalinglens.app.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scalinglens.app.support.FakeCatalogService;
import dev.scalinglens.catalog.Catalog;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PrefetchingCatalogServiceTest {

    /** Counts bundled reads and holds the first until released. */
    private static final class GatedService implements CatalogService {
        final CountDownLatch gate = new CountDownLatch(1);
        final AtomicInteger bundledReads = new AtomicInteger();
        final FakeCatalogService fake = new FakeCatalogService();

        @Override
        public CatalogLoad loadBundled() {
            bundledReads.incrementAndGet();
            try {
                gate.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return fake.loadBundled();
        }

        @Override
        public CatalogLoad load(List<Path> files) {
            return fake.load(files);
        }

        @Override
        public CatalogLoad merge(CatalogLoad base, CatalogLoad overlay) {
            return fake.merge(base, overlay);
        }
    }

    @Test
    void readsTheBundledCatalogOnceInTheBackgroundAndSaysWhenItIsReady() throws Exception {
        GatedService slow = new GatedService();
        PrefetchingCatalogService service = new PrefetchingCatalogService(slow);
        assertTrue(service.bundledIfReady().isEmpty(), "not ready while the read is held");
        slow.gate.countDown();
        CatalogLoad load = service.loadBundled();
        assertSame(load, service.bundledIfReady().orElseThrow());
        assertSame(load, service.loadBundled());
        assertEquals(1, slow.bundledReads.get());
        assertTrue(load.catalog().models().size() > 0);
        assertEquals(Catalog.empty().models(), service.load(List.of()).catalog().models());
    }
}

package dev.scalinglens.plot.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class SharedBandsTest {

    @Test
    void aHelperThatHasNotStartedLeavesEveryBandToTheCaller() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        Executor late = task -> new Thread(() -> {
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            task.run();
        }).start();
        Set<String> drawnBy = ConcurrentHashMap.newKeySet();
        int[] drawn = new int[16];
        SharedBands.draw(16, b -> {
            drawn[b]++;
            drawnBy.add(Thread.currentThread().getName());
        }, late);
        release.countDown();
        for (int count : drawn) {
            assertEquals(1, count);
        }
        assertEquals(Set.of(Thread.currentThread().getName()), drawnBy, "the caller drew them all, without waiting");
    }

    @Test
    void aFailingBandIsReportedToTheCallerInsteadOfHangingIt() {
        Executor helper = task -> new Thread(task).start();
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> SharedBands.draw(8, b -> {
            if (b == 5) {
                throw new IllegalStateException("band 5");
            }
        }, helper));
        assertTrue(e.getMessage().contains("band 5"));
    }
}

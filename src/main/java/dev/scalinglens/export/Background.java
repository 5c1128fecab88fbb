package dev.scalinglens.export;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/** Work started on a daemon thread (it must not keep a finished CLI process alive) and awaited later. */
final class Background {

    private Background() {
    }

    static void start(FutureTask<?> task, String threadName) {
        Thread thread = new Thread(task, threadName);
        thread.setDaemon(true);
        thread.start();
    }

    /** The task's result, waiting for it; an unchecked exception or error it threw is rethrown as it is. */
    static <T> T await(FutureTask<T> task, String what) {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while " + what, e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(what + " failed: " + e.getCause(), e.getCause());
        }
    }
}

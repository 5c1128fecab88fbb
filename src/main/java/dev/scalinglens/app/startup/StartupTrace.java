package dev.scalinglens.app.startup;

import dev.scalinglens.launch.CdsRelaunch;
import java.lang.management.ManagementFactory;

/**
 * With {@code -D}{@value #PROPERTY}{@code =true}, prints when each start-up phase ended (ms from the start,
 * {@link #sinceStartMs}), so a slow start can be pinned to a phase without a profiler.
 */
public final class StartupTrace {

    public static final String PROPERTY = "scalinglens.startupTrace";
    private static final boolean ON = Boolean.getBoolean(PROPERTY);

    private StartupTrace() {
    }

    public static void mark(String phase) {
        if (ON) {
            System.out.println("startup: " + phase + " at " + sinceStartMs() + " ms");
        }
    }

    /**
     * From the start of the JVM the user started: with {@code java -jar} that is the JVM that relaunched this
     * one ({@link CdsRelaunch#START_PROPERTY}), so the relaunch is counted.
     */
    public static long sinceStartMs() {
        String relaunchedFrom = System.getProperty(CdsRelaunch.START_PROPERTY);
        long start = relaunchedFrom != null ? Long.parseLong(relaunchedFrom)
                : ManagementFactory.getRuntimeMXBean().getStartTime();
        return System.currentTimeMillis() - start;
    }
}

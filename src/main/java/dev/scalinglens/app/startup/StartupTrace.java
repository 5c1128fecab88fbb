package dev.scalinglens.app.startup;

import java.lang.management.ManagementFactory;

/**
 * With {@code -D}{@value #PROPERTY}{@code =true}, prints when each start-up phase ended (ms from JVM start),
 * so a slow start can be pinned to a phase without a profiler.
 */
public final class StartupTrace {

    public static final String PROPERTY = "scalinglens.startupTrace";
    private static final boolean ON = Boolean.getBoolean(PROPERTY);

    private StartupTrace() {
    }

    public static void mark(String phase) {
        if (ON) {
            System.out.println("startup: " + phase + " at " + sinceJvmStartMs() + " ms");
        }
    }

    public static long sinceJvmStartMs() {
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }
}

package dev.scalinglens.launch;

import java.util.List;

/**
 * JVM options the packaged launcher starts the app with (besides its CDS archive), kept here so
 * {@code bench startup} measures the same thing; pom.xml passes the same list to jpackage (a test checks).
 */
public final class LauncherJvmOptions {

    /**
     * C2 compiles ten times later than by default. On two cores the C2 compiler otherwise takes a core from
     * start-up work for code that is not hot yet (measured: first chart with data 1.7 s → 1.4 s with the
     * CDS archive); the render loops still reach C2 within their first frames, and the frame
     * times of {@code bench render} did not change.
     */
    public static final List<String> DELAYED_C2 = List.of(
            "-XX:Tier4InvocationThreshold=50000",
            "-XX:Tier4MinInvocationThreshold=6000",
            "-XX:Tier4CompileThreshold=60000",
            "-XX:Tier4BackEdgeThreshold=400000");

    private LauncherJvmOptions() {
    }
}

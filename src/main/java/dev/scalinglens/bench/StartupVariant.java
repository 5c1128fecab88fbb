package dev.scalinglens.bench;

import dev.scalinglens.app.AppAssembly;
import dev.scalinglens.app.startup.FirstPaintClock;
import dev.scalinglens.launch.CdsRelaunch;
import dev.scalinglens.launch.LauncherJvmOptions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One way of starting, as {@code bench startup} runs it in a child process: the JVM options, the environment
 * and what is started (the app's jar or the baseline's class). Every variant first runs once uncounted, with
 * {@code warmUpOptions}: the files are then in the OS cache for all, and archives are written.
 */
record StartupVariant(String name, List<String> jvmOptions, Map<String, String> environment, List<String> start,
        List<String> warmUpOptions) {

    static final List<String> NAMES = List.of("scatter", "jar", "no-cds", "eager", "launcher", "packaged");

    /**
     * {@code scatter}: the baseline window ({@link ScatterChartStartupBaseline}) with plain {@code java};
     * {@code jar}: {@code java -jar} as the README says (relaunched with an archive, {@link CdsRelaunch}, in a
     * cache of its own: the warm-up writes it); {@code no-cds}: {@code java -jar} without the relaunch (as
     * before it); {@code eager}: that, building every chart page at start; {@code launcher}: the packaged
     * launcher's options (an archive of its own and {@link LauncherJvmOptions}) on the jar; {@code packaged}:
     * the app-image's own launcher ({@code appImage}/bin/scalinglens), which takes no JVM options (its exit
     * and settings folder are set through the environment).
     */
    static StartupVariant of(String name, Path jar, Path work, Path appImage) {
        List<String> runJar = List.of("-jar", jar.toString());
        Map<String, String> noCds = Map.of("SCALINGLENS_CDS", "off");
        return switch (name) {
            case "scatter" -> plain(name, List.of(), Map.of(),
                    List.of("-cp", jar.toString(), ScatterChartStartupBaseline.class.getName()));
            case "jar" -> plain(name, List.of(), Map.of("XDG_CACHE_HOME", work.resolve("cache").toString()), runJar);
            case "no-cds" -> plain(name, List.of(), noCds, runJar);
            case "eager" -> plain(name, List.of("-D" + AppAssembly.EAGER_PROPERTY + "=true"), noCds, runJar);
            case "launcher" -> {
                Path archive = work.resolve("launcher.jsa");
                List<String> options = new ArrayList<>(LauncherJvmOptions.DELAYED_C2);
                List<String> warmUp = new ArrayList<>(options);
                warmUp.add("-XX:ArchiveClassesAtExit=" + archive);
                options.add("-XX:SharedArchiveFile=" + archive);
                yield new StartupVariant(name, options, Map.of(), runJar, warmUp);
            }
            case "packaged" -> {
                if (appImage == null) {
                    throw new IllegalArgumentException("packaged needs --packaged APP_IMAGE (e.g. target/dist/scalinglens)");
                }
                // The JVM reads JAVA_TOOL_OPTIONS itself; the launcher takes no options from its caller.
                yield new StartupVariant(name, null, Map.of("JAVA_TOOL_OPTIONS",
                        "-D" + FirstPaintClock.EXIT_PROPERTY + "=true",
                        "XDG_CONFIG_HOME", work.resolve("packaged-config").toString()),
                        List.of(appImage.resolve("bin").resolve("scalinglens").toString()), null);
            }
            default -> throw new IllegalArgumentException("unknown variant " + name + " (use " + NAMES + ")");
        };
    }

    /** The packaged launcher is started as it is; everything else is {@code java} with options. */
    boolean runsJava() {
        return jvmOptions != null;
    }

    private static StartupVariant plain(String name, List<String> options, Map<String, String> environment,
            List<String> start) {
        return new StartupVariant(name, options, environment, start, options);
    }
}

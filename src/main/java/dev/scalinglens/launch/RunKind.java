package dev.scalinglens.launch;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What a start is for. Each kind loads other classes (the window JavaFX and the controls, {@code export}
 * the renderers, {@code deck} POI), so each gets a class-data archive of its own, and its own JIT options.
 */
public enum RunKind {
    WINDOW("window"),
    EXPORT("export"),
    DECK("deck"),
    OTHER_COMMAND("cli");

    /**
     * Commands that are not relaunched: {@code bench} measures JVMs it starts itself with chosen options
     * (a relaunch would change what it measures).
     */
    private static final Set<String> NOT_RELAUNCHED = Set.of("bench");

    private final String archiveName;

    RunKind(String archiveName) {
        this.archiveName = archiveName;
    }

    /** {@code opensWindow}: Main's own decision (no arguments, or a file to open). */
    public static RunKind of(String[] args, boolean opensWindow) {
        if (opensWindow) {
            return WINDOW;
        }
        return switch (args[0]) {
            case "export" -> EXPORT;
            case "deck" -> DECK;
            default -> OTHER_COMMAND;
        };
    }

    static boolean relaunched(String[] args) {
        return args.length == 0 || !NOT_RELAUNCHED.contains(args[0]);
    }

    /** The file-name part of this kind's archive. */
    String archiveName() {
        return archiveName;
    }

    /**
     * JIT and GC options, placed before the user's own JVM options so theirs win. The window keeps C2
     * (delayed, as the packaged launcher: frames of a 1M-point chart need it); a command runs seconds, and
     * there C1 alone and the parallel collector cost least CPU (measured in docs/performance.md: a 100k-point
     * PNG export 6.5 → 4.1 user s with C1 only). One C1 thread instead of two leaves the main thread a core of
     * two (one-slide deck 0.69 → 0.66 s, four slides 0.83 → 0.78 s, the 100k PNG unchanged: docs/export.md).
     * Options the user gave for the JIT or the collector replace ours: two collectors, or one compiler thread
     * with C2 back on, would stop the JVM.
     */
    List<String> jvmOptions(List<String> userOptions) {
        if (this == WINDOW) {
            return LauncherJvmOptions.DELAYED_C2;
        }
        List<String> options = new ArrayList<>();
        if (userOptions.stream().noneMatch(o -> o.startsWith("-XX:TieredStopAtLevel") || o.contains("TieredCompilation")
                || o.startsWith("-XX:CICompilerCount") || o.startsWith("-Xint") || o.startsWith("-Xcomp"))) {
            options.addAll(List.of("-XX:TieredStopAtLevel=1", "-XX:CICompilerCount=1"));
        }
        boolean userChoseCollector = userOptions.stream().anyMatch(o -> o.matches("-XX:[+-]Use\\w*GC"));
        if (!userChoseCollector) {
            options.add("-XX:+UseParallelGC");
        }
        return options;
    }
}

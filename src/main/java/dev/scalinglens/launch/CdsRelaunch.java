package dev.scalinglens.launch;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.RuntimeMXBean;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Makes {@code java -jar scalinglens.jar} start as fast as the packaged launcher. A jar cannot give its JVM
 * options, so this JVM (which has loaded nothing of the app yet) starts the app in a second JVM with an
 * application class-data archive and the JIT options of its {@link RunKind}, passes on its own JVM options,
 * standard streams and exit code, and ends with it. The first start of a build writes the archive (at exit);
 * later starts map it. Measured in docs/performance.md.
 *
 * <p>Not relaunched: the packaged app (it has its own archive), classes run from a folder (tests, IDE), a JVM
 * the user gave a class-data, agent or recording option (a debugger or profiler attached to this JVM would
 * see nothing), {@code bench}, and with {@code -Dscalinglens.cds=off} or {@code SCALINGLENS_CDS=off}.
 */
public final class CdsRelaunch {

    /** Set in the second JVM, so it never relaunches itself. */
    public static final String RELAUNCHED_PROPERTY = "scalinglens.relaunched";
    /** The first JVM's start (epoch ms), so start-up times count from when the user started us. */
    public static final String START_PROPERTY = "scalinglens.startMillis";
    public static final String OFF_PROPERTY = "scalinglens.cds";
    /** 128 + SIGTERM, what a shell reports for a process stopped by {@code kill}. */
    public static final int EXIT_WHEN_STOPPED = 143;

    private static final List<String> OPTIONS_THAT_KEEP_THIS_JVM = List.of(
            "-XX:SharedArchiveFile", "-XX:ArchiveClassesAtExit", "-Xshare:off", "-Xshare:dump",
            "-XX:DumpLoadedClassList", "-XX:SharedClassListFile",
            "-agentlib:", "-agentpath:", "-javaagent:", "-Xrunjdwp", "-XX:StartFlightRecording", "-XX:+FlightRecorder");

    private CdsRelaunch() {
    }

    /**
     * Runs {@code mainClass args} in a JVM with a class-data archive and returns its exit code, or empty when
     * this JVM should run the app itself (see the class comment, or the archive folder cannot be written).
     */
    public static OptionalInt relaunchIfUseful(Class<?> mainClass, String[] args, RunKind kind) {
        if (!wanted(args)) {
            return OptionalInt.empty();
        }
        Optional<Path> jar = runningJar(mainClass);
        if (jar.isEmpty()) {
            return OptionalInt.empty();
        }
        RuntimeMXBean runtime = ManagementFactory.getRuntimeMXBean();
        List<String> userOptions = runtime.getInputArguments();
        if (userOptions.stream().anyMatch(o -> OPTIONS_THAT_KEEP_THIS_JVM.stream().anyMatch(o::startsWith))) {
            return OptionalInt.empty();
        }
        ArchiveStore store = ArchiveStore.inUserCache();
        Path archive;
        Path temporary = null;
        List<String> command = new ArrayList<>();
        command.add(javaExecutable());
        command.addAll(kind.jvmOptions(userOptions));
        command.addAll(userOptions);
        try {
            archive = store.archiveFor(jar.get(), kind);
            if (Files.isRegularFile(archive)) {
                command.add("-XX:SharedArchiveFile=" + archive);
            } else {
                temporary = store.temporaryFor(archive);
                command.add("-XX:ArchiveClassesAtExit=" + temporary);
            }
        } catch (IOException | SecurityException e) {
            return OptionalInt.empty();
        }
        // An archive refused by the JVM (moved jar, other JVM) must not print warnings into a command's output.
        command.add("-Xlog:cds=off,cds+dynamic=off");
        command.add("-D" + RELAUNCHED_PROPERTY + "=true");
        command.add("-D" + START_PROPERTY + "=" + runtime.getStartTime());
        command.add("-cp");
        command.add(jar.get().toString());
        command.add(mainClass.getName());
        command.addAll(Arrays.asList(args));
        OptionalInt exit = ChildJvm.run(command);
        if (temporary != null && exit.isPresent()) {
            try {
                store.publish(temporary, archive, jar.get(), kind);
            } catch (IOException | SecurityException e) {
                // The next start tries again; this one has run.
            }
        }
        return exit;
    }

    /**
     * In the relaunched JVM: when the JVM that started it is killed (so cannot stop it), runs {@code end},
     * instead of running on where the user can no longer reach it.
     */
    public static void whenTheStartingJvmIsKilled(Runnable end) {
        if (System.getProperty(RELAUNCHED_PROPERTY) != null) {
            ProcessHandle.current().parent().ifPresent(parent -> parent.onExit().thenRun(end));
        }
    }

    private static boolean wanted(String[] args) {
        return System.getProperty(RELAUNCHED_PROPERTY) == null
                && !"off".equalsIgnoreCase(System.getProperty(OFF_PROPERTY))
                && !"off".equalsIgnoreCase(System.getenv("SCALINGLENS_CDS"))
                && System.getProperty("jpackage.app-path") == null
                && RunKind.relaunched(args);
    }

    private static Optional<Path> runningJar(Class<?> mainClass) {
        try {
            var source = mainClass.getProtectionDomain().getCodeSource();
            if (source == null) {
                return Optional.empty();
            }
            Path path = Path.of(source.getLocation().toURI());
            return Files.isRegularFile(path) && path.toString().endsWith(".jar")
                    ? Optional.of(path.toAbsolutePath()) : Optional.empty();
        } catch (URISyntaxException | IllegalArgumentException | SecurityException e) {
            return Optional.empty();
        }
    }

    /** The same java (or javaw) this JVM was started with. */
    private static String javaExecutable() {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }
}

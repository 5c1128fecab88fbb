package dev.scalinglens.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code java -jar} as a user runs it, on a jar of the launch classes and a probe main class: the app runs in a
 * second JVM with the user's JVM options, arguments and exit code, its first start writes the archive, the
 * next one loads classes from it, and it can be switched off.
 */
class CdsRelaunchProcessTest {

    @TempDir
    Path dir;
    private Path jar;

    @BeforeEach
    void buildProbeJar() throws Exception {
        Path classes = Path.of(CdsRelaunch.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path probe = Path.of(RelaunchProbe.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, RelaunchProbe.class.getName());
        jar = dir.resolve("probe.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
            addPackage(out, classes);
            addPackage(out, probe);
        }
    }

    @Test
    void theAppRunsInASecondJvmWithTheUsersOptionsArgumentsAndExitCode() throws Exception {
        Result first = run(Map.of(), "-Dprobe.user=kept", "a", "b c");
        assertEquals(RelaunchProbe.EXIT, first.exit, first.output);
        assertEquals("relaunched=true user=kept args=a|b c", first.output.strip());
        assertEquals(1, archives().size(), "the first start wrote the archive: " + archives());
    }

    @Test
    void theNextStartLoadsTheAppsClassesFromTheArchive() throws Exception {
        run(Map.of());
        Result second = run(Map.of(), "-Xlog:class+load=info:file=" + dir.resolve("load-%p.txt"));
        assertEquals(RelaunchProbe.EXIT, second.exit, second.output);
        List<String> logs = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path log : files.filter(f -> f.getFileName().toString().startsWith("load-")).toList()) {
                logs.add(Files.readString(log));
            }
        }
        assertTrue(logs.stream().anyMatch(log -> log.contains(
                RelaunchProbe.class.getName() + " source: shared objects file")), "class-load logs: " + logs.size());
    }

    @Test
    void itCanBeSwitchedOff() throws Exception {
        assertEquals("relaunched=null user=null args=", run(Map.of("SCALINGLENS_CDS", "off")).output.strip());
        assertEquals("relaunched=null user=null args=", run(Map.of(), "-Dscalinglens.cds=off").output.strip());
        assertTrue(archives().isEmpty());
    }

    private Result run(Map<String, String> environment, String... optionsThenArgs) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString()));
        List<String> args = new ArrayList<>();
        for (String part : optionsThenArgs) {
            (part.startsWith("-") ? command : args).add(part);
        }
        command.add("-jar");
        command.add(jar.toString());
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("XDG_CACHE_HOME", dir.resolve("cache").toString());
        builder.environment().putAll(environment);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Result(process.waitFor(), output);
    }

    private List<Path> archives() throws IOException {
        Path cds = dir.resolve("cache").resolve("scalinglens").resolve("cds");
        if (!Files.isDirectory(cds)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(cds)) {
            return files.toList();
        }
    }

    private static void addPackage(JarOutputStream out, Path classesRoot) throws IOException {
        Path launch = classesRoot.resolve("dev/scalinglens/launch");
        try (Stream<Path> files = Files.list(launch)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
                out.putNextEntry(new JarEntry(classesRoot.relativize(file).toString().replace('\\', '/')));
                Files.copy(file, out);
                out.closeEntry();
            }
        }
    }

    private record Result(int exit, String output) {
    }
}

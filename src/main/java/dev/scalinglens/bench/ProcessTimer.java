package dev.scalinglens.bench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Times whole processes, as a user waits for them: wall seconds, and user CPU seconds when GNU time
 * ({@code /usr/bin/time}) is there to read them (a JVM's CPU is spread over many threads).
 */
final class ProcessTimer {

    private static final Path GNU_TIME = Path.of("/usr/bin/time");
    private static final long TIMEOUT_SECONDS = 600;

    /** One process's times; {@code userSeconds} is NaN without GNU time; {@code exit} the process's code. */
    record Times(double wallSeconds, double userSeconds, int exit) {
    }

    private final Path work;

    ProcessTimer(Path work) {
        this.work = work;
    }

    Times run(List<String> command, Map<String, String> environment) throws IOException, InterruptedException {
        Path cpu = work.resolve("cpu.txt");
        Files.deleteIfExists(cpu);
        List<String> timed = new ArrayList<>();
        boolean gnuTime = Files.isExecutable(GNU_TIME);
        if (gnuTime) {
            timed.addAll(List.of(GNU_TIME.toString(), "-o", cpu.toString(), "-f", "%U"));
        }
        timed.addAll(command);
        ProcessBuilder builder = new ProcessBuilder(timed).redirectErrorStream(true)
                .redirectOutput(work.resolve("last-output.txt").toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        builder.environment().putAll(environment);
        long start = System.nanoTime();
        Process process = builder.start();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException("no result after " + TIMEOUT_SECONDS + " s: " + String.join(" ", command));
        }
        double wall = (System.nanoTime() - start) / 1e9;
        double user = Double.NaN;
        if (gnuTime && Files.exists(cpu)) {
            List<String> lines = Files.readAllLines(cpu);
            // GNU time puts "Command exited with non-zero status N" before the figure.
            user = Double.parseDouble(lines.get(lines.size() - 1).strip());
        }
        return new Times(wall, user, process.exitValue());
    }

    /** What the last process printed (for a failed run's message). */
    String lastOutput() throws IOException {
        return Files.readString(work.resolve("last-output.txt"));
    }
}

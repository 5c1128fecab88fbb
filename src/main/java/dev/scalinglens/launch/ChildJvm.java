package dev.scalinglens.launch;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;

/** Runs the app's second JVM in this one's place: same terminal streams, its exit code, ended with this one. */
final class ChildJvm {

    /** How long this JVM, when told to stop, waits for the app to save and end. */
    private static final long STOP_GRACE_SECONDS = 10;

    private ChildJvm() {
    }

    /** The child's exit code, or empty when it could not be started (the caller then runs the app itself). */
    static OptionalInt run(List<String> command) {
        ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
        Map<String, String> environment = builder.environment();
        // Their options are in this JVM's input arguments, which the command passes on already.
        environment.remove("JDK_JAVA_OPTIONS");
        environment.remove("JAVA_TOOL_OPTIONS");
        Process child;
        try {
            child = builder.start();
        } catch (IOException | SecurityException | UnsupportedOperationException e) {
            return OptionalInt.empty();
        }
        Thread stopChild = new Thread(() -> stop(child), "stop-app-jvm");
        Runtime.getRuntime().addShutdownHook(stopChild);
        boolean interrupted = false;
        while (true) {
            try {
                int exit = child.waitFor();
                try {
                    Runtime.getRuntime().removeShutdownHook(stopChild);
                } catch (IllegalStateException shuttingDown) {
                    // The hook runs anyway and finds the child ended.
                }
                if (interrupted) {
                    Thread.currentThread().interrupt();
                }
                return OptionalInt.of(exit);
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
    }

    /** This JVM is being stopped (kill, log-out): stop the app the same way, and give it time to save. */
    private static void stop(Process child) {
        if (!child.isAlive()) {
            return;
        }
        child.destroy();
        try {
            child.waitFor(STOP_GRACE_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

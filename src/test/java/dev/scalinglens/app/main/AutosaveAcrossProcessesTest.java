package dev.scalinglens.app.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scalinglens.app.support.Workbench;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two real processes on one config folder: the live one's autosave is safe, a kill -9'd one's is offered. */
class AutosaveAcrossProcessesTest {

    @TempDir
    Path dir;

    /** The other instance: autosaves a search, says so, then waits to be killed. */
    public static void main(String[] args) throws Exception {
        Workbench w = new Workbench(Path.of(args[0])).started();
        w.filters.searchProperty().set(args[1]);
        w.main.session().autosave();
        System.out.println("autosaved");
        System.out.flush();
        Thread.sleep(TimeUnit.MINUTES.toMillis(2));
    }

    @Test
    void aKilledInstancesWorkIsOfferedOnlyAfterItDied() throws Exception {
        Process other = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), AutosaveAcrossProcessesTest.class.getName(),
                dir.toString(), "chinchilla").redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(other.getInputStream(), StandardCharsets.UTF_8));
            String line;
            while ((line = out.readLine()) != null && !line.equals("autosaved")) {
                // skip the child's log lines
            }
            assertEquals("autosaved", line, "the other instance autosaved");

            Workbench whileAlive = new Workbench(dir).started();
            assertTrue(whileAlive.dialogs.confirmations.isEmpty(), "a live instance's work is not offered");
            whileAlive.main.session().shutdown(null);

            other.destroyForcibly(); // SIGKILL: no clean exit, the OS drops its lock
            assertTrue(other.waitFor(20, TimeUnit.SECONDS));

            Workbench next = new Workbench(dir);
            next.dialogs.confirmAnswer = true;
            next.started();
            assertEquals(List.of("Recover unsaved work?"), next.dialogs.confirmations);
            assertEquals("chinchilla", next.filters.searchProperty().get());
        } finally {
            other.destroyForcibly();
        }
    }
}

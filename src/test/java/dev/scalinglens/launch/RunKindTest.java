package dev.scalinglens.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class RunKindTest {

    @Test
    void eachStartHasTheKindOfItsCommand() {
        assertEquals(RunKind.WINDOW, RunKind.of(new String[0], true));
        assertEquals(RunKind.WINDOW, RunKind.of(new String[] {"talk.pptx"}, true));
        assertEquals(RunKind.EXPORT, RunKind.of(new String[] {"export", "--chart", "density"}, false));
        assertEquals(RunKind.DECK, RunKind.of(new String[] {"deck", "--out", "t.pptx"}, false));
        assertEquals(RunKind.OTHER_COMMAND, RunKind.of(new String[] {"--version"}, false));
    }

    @Test
    void theBenchmarksAreNeverRelaunchedSoTheyMeasureTheJvmsTheyStart() {
        assertFalse(RunKind.relaunched(new String[] {"bench", "startup"}));
        assertTrue(RunKind.relaunched(new String[0]));
        assertTrue(RunKind.relaunched(new String[] {"export"}));
    }

    @Test
    void theWindowKeepsC2AndCommandsRunOnC1() {
        assertEquals(LauncherJvmOptions.DELAYED_C2, RunKind.WINDOW.jvmOptions(List.of()));
        assertEquals(List.of("-XX:TieredStopAtLevel=1", "-XX:CICompilerCount=1", "-XX:+UseParallelGC"),
                RunKind.EXPORT.jvmOptions(List.of()));
    }

    /** One compiler thread with C2 back on stops the JVM ("CICompilerCount must be at least 2"). */
    @Test
    void jitOptionsTheUserGaveReplaceOurs() {
        for (String jit : List.of("-XX:TieredStopAtLevel=4", "-XX:-TieredCompilation", "-XX:CICompilerCount=3",
                "-Xint")) {
            assertEquals(List.of("-XX:+UseParallelGC"), RunKind.DECK.jvmOptions(List.of(jit)), jit);
        }
    }

    /** Two collectors on one command line stop the JVM: the user's choice wins. */
    @Test
    void aCollectorTheUserChoseIsKept() {
        assertEquals(List.of("-XX:TieredStopAtLevel=1", "-XX:CICompilerCount=1"),
                RunKind.DECK.jvmOptions(List.of("-Xmx2g", "-XX:+UseG1GC")));
    }
}

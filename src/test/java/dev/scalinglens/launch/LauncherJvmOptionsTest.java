package dev.scalinglens.launch;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class LauncherJvmOptionsTest {

    /** bench startup's "launcher" variant must measure what the packaged launcher really runs with. */
    @Test
    void thePackagedLauncherGetsTheSameJitOptionsTheBenchmarkUses() throws Exception {
        String pom = Files.readString(Path.of("pom.xml"));
        for (String option : LauncherJvmOptions.DELAYED_C2) {
            assertTrue(pom.contains("<arg value=\"--java-options\"/><arg value=\"" + option + "\"/>"),
                    "pom.xml passes " + option + " to jpackage");
        }
    }
}

package dev.scalinglens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class ScalingLensCommandTest {

    @Test
    void helpListsSubcommands() {
        StringWriter out = new StringWriter();
        CommandLine cli = ScalingLensCommand.newCommandLine();
        cli.setOut(new PrintWriter(out));
        assertEquals(0, cli.execute("--help"));
        assertTrue(out.toString().contains("bench"), out.toString());
    }

    @Test
    void unknownSubcommandIsUsageError() {
        CommandLine cli = ScalingLensCommand.newCommandLine();
        cli.setErr(new PrintWriter(new StringWriter()));
        assertEquals(2, cli.execute("no-such-command"));
    }

    /** A known subcommand is built alone; anything else (help, a typo) gets the whole tree to list or suggest. */
    @Test
    void aKnownSubcommandIsBuiltAloneAndEverythingElseGetsTheWholeTree() {
        assertEquals(java.util.Set.of("export"), ScalingLensCommand.newCommandLine("export").getSubcommands().keySet());
        assertEquals(java.util.Set.of("analyze"), ScalingLensCommand.newCommandLine("analyze").getSubcommands().keySet());
        assertEquals(ScalingLensCommand.newCommandLine().getSubcommands().keySet(),
                ScalingLensCommand.newCommandLine("help").getSubcommands().keySet());
        assertEquals(ScalingLensCommand.newCommandLine().getSubcommands().keySet(),
                ScalingLensCommand.newCommandLine("expor").getSubcommands().keySet());
        assertTrue(ScalingLensCommand.newCommandLine().getSubcommands().keySet().containsAll(
                java.util.List.of("help", "bench", "validate", "import", "export", "deck", "analyze", "diff")));
    }
}

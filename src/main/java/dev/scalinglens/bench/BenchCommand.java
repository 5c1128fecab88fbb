package dev.scalinglens.bench;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Parent of the benchmark commands; each prints medians with a baseline measured in the same run. */
@Command(name = "bench",
        mixinStandardHelpOptions = true,
        description = "Measure performance (medians, with a baseline from the same run).",
        subcommands = {BenchLoadCommand.class, RenderBenchCommand.class, StartupBenchCommand.class, ExportBenchCommand.class,
                BenchDecodeCommand.class})
public final class BenchCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}

package dev.scalinglens.cli;

import dev.scalinglens.bench.BenchCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The root of the headless CLI; each subcommand is one class in this package. */
@Command(name = "scalinglens",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Scaling Lens: explore and present how large language models scale.%n"
                + "With no arguments the desktop app opens; with a subcommand it runs headless.",
        subcommands = {
                CommandLine.HelpCommand.class,
                BenchCommand.class,
                FigureViewCommand.class,
                ValidateCommand.class,
                ImportCommand.class,
                MergeReportCommand.class,
                DiffCommand.class,
        })
public final class ScalingLensCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /** Runs the CLI and returns its exit code: 0 success, 1 failure, 2 usage error. */
    public static int execute(String... args) {
        return newCommandLine().execute(args);
    }

    public static CommandLine newCommandLine() {
        CommandLine root = new CommandLine(new ScalingLensCommand())
                .addSubcommand("export", new ExportCommand())
                .addSubcommand("deck", new DeckCommand(new CliCatalog()));
        AnalyzeCommand.register(root, new CliCatalog());
        CliCatalog catalog = new CliCatalog();
        root.getSubcommands().get("analyze")
                .addSubcommand("pareto", new AnalyzeParetoCommand(catalog))
                .addSubcommand("compare", new AnalyzeCompareCommand(catalog));
        // Users type enum values as the issue and the help show them: mmlu, average, bf16.
        return root.setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler(new CleanErrorHandler());
    }
}

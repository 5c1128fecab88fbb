package dev.scalinglens.cli;

import dev.scalinglens.bench.BenchCommand;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The root of the headless CLI; each subcommand is one class in this package. */
@Command(name = "scalinglens",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Scaling Lens: explore and present how large language models scale.%n"
                + "With no arguments the desktop app opens; with a subcommand it runs headless.",
        // Subcommands are registered in newCommandLine(), each only when it can be needed.
        subcommands = {})
public final class ScalingLensCommand implements Runnable {

    /** Each subcommand in help order; "analyze" has its own subcommands ({@link AnalyzeCommand#register}). */
    private static final Map<String, Consumer<CommandLine>> SUBCOMMANDS = subcommands();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /** Runs the CLI and returns its exit code: 0 success, 1 failure, 2 usage error. */
    public static int execute(String... args) {
        return newCommandLine(args.length == 0 ? null : args[0]).execute(args);
    }

    /** The whole command tree (for help on every command, and tests). */
    public static CommandLine newCommandLine() {
        return newCommandLine(null);
    }

    /**
     * The root with only {@code subcommand} when it is a known one (other than {@code help}), else with all:
     * picocli builds every registered command's model up front, about a tenth of a short command's CPU.
     */
    static CommandLine newCommandLine(String subcommand) {
        CommandLine root = new CommandLine(new ScalingLensCommand());
        Consumer<CommandLine> only = subcommand == null || subcommand.equals("help") ? null : SUBCOMMANDS.get(subcommand);
        if (only != null) {
            only.accept(root);
        } else {
            SUBCOMMANDS.values().forEach(register -> register.accept(root));
        }
        // Users type enum values as the issue and the help show them: mmlu, average, bf16.
        return root.setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler(new CleanErrorHandler());
    }

    private static Map<String, Consumer<CommandLine>> subcommands() {
        Map<String, Consumer<CommandLine>> all = new LinkedHashMap<>();
        all.put("help", root -> root.addSubcommand("help", new CommandLine.HelpCommand()));
        all.put("bench", root -> root.addSubcommand("bench", new BenchCommand()));
        all.put("figure-view", root -> root.addSubcommand("figure-view", new FigureViewCommand()));
        all.put("validate", root -> root.addSubcommand("validate", new ValidateCommand()));
        all.put("import", root -> root.addSubcommand("import", new ImportCommand()));
        all.put("merge-report", root -> root.addSubcommand("merge-report", new MergeReportCommand()));
        all.put("diff", root -> root.addSubcommand("diff", new DiffCommand()));
        all.put("export", root -> root.addSubcommand("export", new ExportCommand()));
        all.put("deck", root -> root.addSubcommand("deck", new DeckCommand(new CliCatalog())));
        all.put("analyze", root -> {
            AnalyzeCommand.register(root, new CliCatalog());
            CliCatalog catalog = new CliCatalog();
            root.getSubcommands().get("analyze")
                    .addSubcommand("pareto", new AnalyzeParetoCommand(catalog))
                    .addSubcommand("compare", new AnalyzeCompareCommand(catalog));
        });
        return all;
    }
}

package dev.scalinglens.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.scalinglens.catalog.Catalog;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.UncheckedIOException;
import java.util.function.Supplier;

/**
 * Parent of {@code analyze chinchilla} and {@code analyze density}: headless analyses that print JSON.
 * The catalog comes from a supplier so tests (and the root command) decide where it is loaded from.
 */
@Command(name = "analyze",
        mixinStandardHelpOptions = true,
        description = "Run an analysis and print its result as JSON.")
public final class AnalyzeCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Adds {@code analyze} with its subcommands to a root command line. */
    public static CommandLine register(CommandLine root, Supplier<Catalog> catalog) {
        CommandLine analyze = new CommandLine(new AnalyzeCommand())
                .addSubcommand("chinchilla", new AnalyzeChinchillaCommand(catalog))
                .addSubcommand("density", new AnalyzeDensityCommand(catalog))
                .addSubcommand("trend", new AnalyzeTrendCommand(catalog))
                .addSubcommand("calibrate", new AnalyzeCalibrateCommand());
        root.addSubcommand("analyze", analyze);
        return root;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static String json(Object value) {
        try {
            return new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException("cannot write the result as JSON: " + e.getOriginalMessage(), e);
        }
    }
}

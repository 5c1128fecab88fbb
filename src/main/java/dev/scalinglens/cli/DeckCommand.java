package dev.scalinglens.cli;

import dev.scalinglens.export.DeckBuilder;
import dev.scalinglens.export.DeckProgress;
import dev.scalinglens.export.DeckSpec;
import dev.scalinglens.export.DeckSpecParser;
import dev.scalinglens.export.ExportException;
import dev.scalinglens.export.FigureRenderer;
import dev.scalinglens.export.KeyFactsProvider;
import dev.scalinglens.export.PlotFigureRenderer;
import dev.scalinglens.export.PptxMode;
import dev.scalinglens.export.PreviousDeck;
import dev.scalinglens.export.SlideFormat;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code scalinglens deck [--spec deck.json] --out talk.pptx}: rebuilds a whole talk from a deck spec (or every
 * chart when none is given). When {@code talk.pptx} exists (or {@code --previous} names a deck), each slide's
 * drawn values are compared with that deck's and changes go into the speaker notes. The root command registers
 * it on the plot engine and the bundled catalog ({@code new DeckCommand(new CliCatalog())}); tests pass their own
 * renderer and facts.
 */
@Command(name = "deck",
        mixinStandardHelpOptions = true,
        description = "Build a PowerPoint deck from a deck spec (default: the four charts).")
public final class DeckCommand implements Callable<Integer> {

    @Option(names = "--spec", paramLabel = "SPEC",
            description = "Deck spec JSON: {\"title\": ..., \"slides\": [chart views]}. Default: the four charts.")
    Path spec;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "The .pptx to write.")
    Path output;

    @CommandLine.Mixin
    CatalogOption catalogOption = new CatalogOption();

    @Option(names = "--png-only", description = "Pictures as PNG only, without the SVG that PowerPoint 2016+ shows.")
    boolean pngOnly;

    @Option(names = "--pptx-mode", paramLabel = "MODE", description = "native (editable PowerPoint shapes, default) or"
            + " picture (SVG + PNG); a deck spec's \"mode\" wins.")
    String pptxMode = "native";

    @Option(names = "--slide-format", paramLabel = "ASPECT",
            description = "16:9 (default) or 4:3; a deck spec's \"format\" wins.")
    String slideFormat = "16:9";

    @Option(names = "--previous", paramLabel = "DECK",
            description = "A deck built before, to compare with: slides whose drawn values changed get a \"what"
                    + " changed\" note in their speaker notes. Default: the existing --out file, if any.")
    Path previousDeck;

    @Option(names = "--no-compare", description = "Do not compare with a previous deck.")
    boolean noCompare;

    @Option(names = "--print-spec", description = "Print the deck spec (the default one if no SPEC) and stop.")
    boolean printSpec;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec commandSpec;

    private final FigureRenderer renderer;
    private final KeyFactsProvider facts;

    private final CliCatalog catalog;

    public DeckCommand(FigureRenderer renderer, KeyFactsProvider facts) {
        this.renderer = Objects.requireNonNull(renderer);
        this.facts = Objects.requireNonNull(facts);
        this.catalog = null;
    }

    /** Draws with the plot engine on the bundled catalog plus any {@code --catalog}. */
    DeckCommand(CliCatalog catalog) {
        PlotFigureRenderer plot = new PlotFigureRenderer(catalog);
        this.renderer = plot;
        this.facts = plot;
        this.catalog = catalog;
    }

    @Override
    public Integer call() {
        PrintWriter out = commandSpec.commandLine().getOut();
        PrintWriter err = commandSpec.commandLine().getErr();
        if (catalog != null) {
            catalog.setExtraPaths(catalogOption.paths);
        }
        try {
            DeckSpec deck = spec == null ? DeckSpec.defaultDeck() : DeckSpecParser.read(spec);
            if (printSpec) {
                out.println(DeckSpecParser.toJson(deck));
                return 0;
            }
            if (output == null) {
                throw new CommandLine.ParameterException(commandSpec.commandLine(),
                        "Missing required option: '--out=FILE'");
            }
            PptxMode mode;
            try {
                mode = PptxMode.parse(pptxMode);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(commandSpec.commandLine(), e.getMessage());
            }
            SlideFormat format = SlideFormat.byId(slideFormat).orElseThrow(() -> new CommandLine.ParameterException(
                    commandSpec.commandLine(), "unknown slide format \"" + slideFormat + "\"; expected 16:9 or 4:3"));
            DeckBuilder builder = new DeckBuilder(renderer, facts, !pngOnly, mode, format)
                    .comparedWith(previous(out, err), LocalDate.now(ZoneOffset.UTC));
            builder.build(deck, output, new DeckProgress() {
                @Override
                public void slideDone(int number, int count, String title) {
                    out.println("slide " + number + " of " + count + ": " + title);
                }

                @Override
                public void slideChanged(int number, String note) {
                    out.println("  " + note);
                }
            }, () -> false);
            out.println("wrote " + output + " (" + deck.slides().size() + " slides)");
            return 0;
        } catch (ExportException e) {
            err.println("error: " + e.getMessage());
            return 1;
        }
    }

    /**
     * The deck to compare with: {@code --previous}, else the deck about to be replaced. An unreadable
     * {@code --previous} is an error; an unreadable existing output is only mentioned (it is being replaced).
     */
    private PreviousDeck previous(PrintWriter out, PrintWriter err) throws ExportException {
        if (noCompare) {
            return null;
        }
        Path file = previousDeck != null ? previousDeck : output;
        if (previousDeck == null && !Files.isRegularFile(output)) {
            return null;
        }
        PreviousDeck previous;
        try {
            previous = PreviousDeck.read(file);
        } catch (ExportException e) {
            if (previousDeck != null) {
                throw e;
            }
            err.println("note: not comparing with the existing " + output + ": " + e.getMessage());
            return null;
        }
        if (!previous.hasValues()) {
            out.println("note: " + file + " records no drawn values (built by an older version, or saved by another"
                    + " program): no \"what changed\" notes");
        } else {
            out.println("comparing with " + file);
        }
        return previous;
    }
}

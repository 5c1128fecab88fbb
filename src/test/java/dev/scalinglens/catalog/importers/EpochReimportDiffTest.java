package dev.scalinglens.catalog.importers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scalinglens.catalog.load.CatalogDiff;
import dev.scalinglens.cli.ScalingLensCommand;
import dev.scalinglens.catalog.io.CatalogWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Re-importing a newer export shows what changed: Llama 2-7B's parameters 7e10 → 7e9 between exports. */
class EpochReimportDiffTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @TempDir
    Path dir;

    private ImportResult importCsv(String name, String csv) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        return EpochModelsImporter.importFile(file, TODAY);
    }

    private static final String OLD = """
            Model,Domain,Parameters,Training compute (FLOP),Training dataset size (datapoints)
            Llama 2-7B,Language,70000000000.0,8.4e+22,2e12
            Gone LM,Language,1e9,1e21,
            """;
    /** Newer layout: columns reordered and renamed, one model fixed, one removed, one added. */
    private static final String NEW = """
            Training dataset size (total),Parameters,Model,Training compute (FLOP),Domain
            2e12,7e9,Llama 2-7B,8.4e+22,Language
            3e12,8e9,New LM,1.4e23,Language
            """;

    @Test
    void betweenListsAddedRemovedAndChangedValuesWithBothValues() throws IOException {
        var before = importCsv("old.csv", OLD).catalog();
        var after = importCsv("new.csv", NEW).catalog();
        List<CatalogDiff.Entry> diff = CatalogDiff.between(before, after);
        assertEquals(List.of(
                new CatalogDiff.Entry(CatalogDiff.Kind.CHANGED, "models", "llama-2-7b", "Llama 2-7B", "parameters",
                        "7e10", "7e9"),
                new CatalogDiff.Entry(CatalogDiff.Kind.ADDED, "models", "new-lm", "New LM", "", "", ""),
                new CatalogDiff.Entry(CatalogDiff.Kind.REMOVED, "models", "gone-lm", "Gone LM", "", "", "")), diff);
        assertEquals("1 added, 1 removed, 1 values changed", CatalogDiff.summary(diff));
    }

    @Test
    void diffCommandPrintsEachChange() throws IOException {
        Path old = write("old.json", importCsv("old.csv", OLD));
        Path now = write("new.json", importCsv("new.csv", NEW));
        StringWriter out = new StringWriter();
        CommandLine cli = ScalingLensCommand.newCommandLine();
        cli.setOut(new PrintWriter(out));
        assertEquals(0, cli.execute("diff", old.toString(), now.toString()));
        String text = out.toString();
        assertTrue(text.contains("~ models/llama-2-7b parameters: 7e10 -> 7e9"), text);
        assertTrue(text.contains("+ models/new-lm (New LM)"), text);
        assertTrue(text.contains("- models/gone-lm (Gone LM)"), text);
    }

    private Path write(String name, ImportResult r) throws IOException {
        Path p = dir.resolve(name);
        try (OutputStream o = Files.newOutputStream(p)) {
            CatalogWriter.write(r.catalog(), o);
        }
        return p;
    }
}

package dev.scalinglens.charts.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scalinglens.charts.registry.ChartKind;
import dev.scalinglens.cli.ScalingLensCommand;
import dev.scalinglens.export.DeckSpec;
import dev.scalinglens.export.FigureViewReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** A chart added as docs/adding-a-chart.md says is known to the registry and exports through the CLI. */
class SampleChartExportTest {

    @TempDir
    Path folder;

    @BeforeEach
    void register() {
        SampleChartProvider.enable();
    }

    @AfterEach
    void unregister() {
        SampleChartProvider.disable();
    }

    @Test
    void addedChartIsListedAfterTheBuiltInOnes() {
        assertEquals(SampleChart.ID, ChartKind.ids().get(ChartKind.ids().size() - 1));
        assertTrue(ChartKind.knownIds().contains(SampleChart.ID), ChartKind.knownIds());
        assertTrue(DeckSpec.defaultDeck().slides().stream().anyMatch(v -> v.chartId().equals(SampleChart.ID)));
    }

    @Test
    void addedChartExportsThroughTheCliAndItsViewReadsBack() throws Exception {
        Path png = folder.resolve("sample.png");
        StringWriter err = new StringWriter();
        CommandLine cli = ScalingLensCommand.newCommandLine();
        cli.setErr(new PrintWriter(err, true));
        cli.setOut(new PrintWriter(new StringWriter(), true));

        int exit = cli.execute("export", "--chart", SampleChart.ID, "--format", "png", "--out", png.toString());

        assertEquals(0, exit, err.toString());
        assertEquals(SampleChart.ID, FigureViewReader.read(png).get(0).chartId());
        assertTrue(Files.size(png) > 1000);
    }

    @Test
    void withoutTheProviderTheChartIsUnknown() {
        SampleChartProvider.disable();
        assertFalse(ChartKind.isKnown(SampleChart.ID));
    }
}

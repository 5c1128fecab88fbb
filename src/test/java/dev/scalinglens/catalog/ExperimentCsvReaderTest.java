package dev.scalinglens.catalog;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExperimentCsvReaderTest {

    private final ExperimentCsvReader reader = new ExperimentCsvReader();

    private Experiment read(String csv) throws IOException {
        return reader.read(new StringReader(csv), "sweep.csv", "my-sweep", "Layer", "Loss");
    }

    @Test
    void readGroupsRowsBySeriesInFileOrder() throws IOException {
        Experiment e = read("Series,X,Y,comment\nA,1,1.80,first\nB,1,1.79,\nA,2,1.78,\n");
        assertEquals(2, e.series().size());
        assertEquals("A", e.series().get(0).name());
        assertEquals(2, e.series().get(0).points().size());
        assertEquals(1.78, e.series().get(0).points().get(1).y(), 0);
        assertEquals("Layer", e.xLabel());
        assertEquals("my-sweep", e.id());
    }

    @Test
    void readQuotedSeriesNamesAndEstimatedColumn() throws IOException {
        Experiment e = read("x,y,series,estimated\n1,2,\"3B MoE, + Engram\",true\n2,3,\"3B MoE, + Engram\",false\n");
        assertEquals("3B MoE, + Engram", e.series().get(0).name());
        assertTrue(e.series().get(0).points().get(0).estimated());
    }

    @Test
    void readBadRowsReportsEveryLineAndColumn() {
        ExperimentCsvException e = assertThrows(ExperimentCsvException.class,
                () -> read("x,y,series\n1,1.8,A\ntwo,1.7,A\n3,,A\n4,1.6,\n5,NaN,A\n"));
        assertEquals("sweep.csv:3: x: expected a number, got 'two'\n"
                + "sweep.csv:4: y: empty; expected a number\n"
                + "sweep.csv:5: series: empty; every row needs a series name\n"
                + "sweep.csv:6: y: expected a finite number, got 'NaN'", e.getMessage());
        assertEquals(4, e.problems().size());
    }

    @Test
    void readMissingColumnNamesTheHeader() {
        ExperimentCsvException e = assertThrows(ExperimentCsvException.class,
                () -> read("layer,loss,series\n1,1.8,A\n"));
        assertEquals("sweep.csv:1: missing column(s) x, y; the header has layer, loss, series", e.getMessage());
    }

    @Test
    void readHeaderOnlySaysNoDataRows() {
        ExperimentCsvException e = assertThrows(ExperimentCsvException.class, () -> read("x,y,series\n"));
        assertEquals("sweep.csv: no data rows", e.getMessage());
    }

    @Test
    void readUnclosedQuoteIsReportedWhereItOpens() {
        ExperimentCsvException e = assertThrows(ExperimentCsvException.class,
                () -> read("x,y,series\n1,1.8,A\n2,1.7,\"B\n3,1.6,A\n4,1.5,A\n"));
        assertEquals(1, e.problems().size());
        assertEquals(3, e.problems().get(0).line(), e.getMessage());
        assertTrue(e.getMessage().startsWith("sweep.csv:3"), e.getMessage());
        assertTrue(e.getMessage().contains("never closed"), e.getMessage());
    }
}

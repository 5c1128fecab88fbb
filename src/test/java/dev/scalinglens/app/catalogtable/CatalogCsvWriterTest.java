package dev.scalinglens.app.catalogtable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import dev.scalinglens.app.support.TestCatalogs;
import dev.scalinglens.catalog.ModelRecord;
import dev.scalinglens.catalog.Quantity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogCsvWriterTest {

    @TempDir
    Path dir;

    private static List<List<String>> parse(String csv) throws Exception {
        CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
        try (MappingIterator<List<String>> it = mapper.readerForListOf(String.class).readValues(csv)) {
            return it.readAll();
        }
    }

    @Test
    void writeProducesHeaderAndRawNumbersInRowOrder() throws Exception {
        List<ModelRow> rows = TestCatalogs.base().models().stream().map(ModelRow::new).toList();
        Path out = dir.resolve("models.csv");
        CatalogCsvWriter.write(rows, out);
        List<List<String>> lines = parse(Files.readString(out));
        assertEquals(CatalogCsvWriter.HEADER, lines.get(0));
        assertEquals(6, lines.size());
        List<String> chinchilla = lines.get(2);
        assertEquals("chinchilla-70b", chinchilla.get(0));
        assertEquals("70000000000", chinchilla.get(5));
        assertEquals("1400000000000", chinchilla.get(8));
        assertEquals("20.0", chinchilla.get(10)); // Hoffmann et al. 2022: 1.4T / 70B = 20 tokens per parameter
        assertEquals("67.6", chinchilla.get(11));
        assertEquals("true", lines.get(5).get(9)); // Qwen2.5's token count is an estimate
    }

    @Test
    void writeQuotesCommasQuotesAndNewlines() throws Exception {
        ModelRecord tricky = new ModelRecord("odd", "Model \"X\", v2", "F", "Org\nLine", LocalDate.parse("2024-01-01"),
                Quantity.reported(1e9), null, null, null, null, null, "a,b", null);
        String csv = CatalogCsvWriter.toCsv(List.of(new ModelRow(tricky)));
        List<String> row = parse(csv).get(1);
        assertEquals("Model \"X\", v2", row.get(1));
        assertEquals("Org\nLine", row.get(3));
        assertEquals("a,b", row.get(13));
    }

    @Test
    void writeLeavesNoTemporaryFileBehind() throws Exception {
        CatalogCsvWriter.write(List.of(), dir.resolve("empty.csv"));
        try (var files = Files.list(dir)) {
            assertEquals(List.of(dir.resolve("empty.csv")), files.toList());
        }
        assertTrue(Files.readString(dir.resolve("empty.csv")).startsWith("id,name"));
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"=HYPERLINK(\"http://x\",\"y\")", "+SUM(A1:A2)", "-2+3",
            "@SUM(A1)", "=cmd|' /C calc'!A0", "\t=1", "\r=1"})
    void textThatASpreadsheetWouldRunIsWrittenAsText(String cell) {
        assertEquals("'" + cell, CatalogCsvWriter.text(cell));
    }

    @Test
    void ordinaryTextIsUnchanged() {
        assertEquals("Llama 2 (70B)", CatalogCsvWriter.text("Llama 2 (70B)"));
        assertEquals("", CatalogCsvWriter.text(null));
    }
}

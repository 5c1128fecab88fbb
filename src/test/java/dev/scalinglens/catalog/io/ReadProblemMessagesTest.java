package dev.scalinglens.catalog.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scalinglens.catalog.Problem;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each way a file can fail to read says what is wrong in our words, never Jackson's or the JDK's internals. */
class ReadProblemMessagesTest {

    private final CatalogFileReader reader = new CatalogFileReader(LoadLimits.defaults(), LocalDate.of(2026, 12, 1));

    private String problemOf(byte[] bytes) {
        DecodedFile decoded = reader.read(bytes, "c.json");
        return decoded.problems().stream().map(Problem::format).findFirst().orElse("");
    }

    @Test
    void aHugeNumberIsNamedAsANumber() {
        String p = problemOf(("{\"schema\": " + "9".repeat(2000) + "}").getBytes(StandardCharsets.UTF_8));
        assertTrue(p.contains("a number of 2000 digits; at most 1000 are allowed"), p);
        assertFalse(p.contains("nesting"), p);
    }

    @Test
    void aHugeStringIsNamedAsAString() {
        String p = problemOf(("{\"schema\": \"" + "x".repeat(20_000_001) + "\"}").getBytes(StandardCharsets.UTF_8));
        assertTrue(p.contains("a string of") && p.contains("characters; at most"), p);
    }

    @Test
    void deepNestingIsStillNamedAsNesting() {
        String p = problemOf(("{\"a\":" + "[".repeat(200) + "]".repeat(200) + "}").getBytes(StandardCharsets.UTF_8));
        assertTrue(p.contains("nesting deeper than"), p);
    }

    @Test
    void aTruncatedFileSaysWhereTheOpenObjectStarts() {
        String p = problemOf("{\"schema\": \"scalinglens.catalog/1\", \"models\": [".getBytes(StandardCharsets.UTF_8));
        assertFalse(p.contains("REDACTED") || p.contains("StreamReadFeature"), p);
        assertTrue(p.contains("line 1, column"), p);
    }

    @Test
    void utf16AndUtf32AreNamedNotCalledBinary() {
        String json = "{\"schema\": \"scalinglens.catalog/1\"}";
        assertTrue(problemOf(json.getBytes(StandardCharsets.UTF_16)).contains("the file is UTF-16 text; save it as UTF-8"));
        assertTrue(problemOf(json.getBytes(StandardCharsets.UTF_16LE)).contains("UTF-16"));
        assertTrue(problemOf(json.getBytes(Charset.forName("UTF-32"))).contains("the file is UTF-32 text"));
        assertTrue(problemOf(json.getBytes(Charset.forName("UTF-32LE"))).contains("UTF-32"));
        assertTrue(problemOf(new byte[] {'{', 0, 1, 2, 3}).contains("binary"));
    }

    @Test
    void aMissingFileSaysSo(@TempDir Path dir) {
        DecodedFile decoded = reader.read(dir.resolve("gone.json"), "gone.json");
        assertEquals("gone.json: cannot read: no such file", decoded.problems().get(0).format());
    }

    @Test
    void aFolderInsteadOfAFileSaysWhy(@TempDir Path dir) throws Exception {
        Path folder = Files.createDirectory(dir.resolve("x.json"));
        DecodedFile decoded = reader.read(folder, "x.json");
        String p = decoded.problems().get(0).format();
        assertTrue(p.startsWith("x.json: cannot read: ") && p.length() > "x.json: cannot read: ".length() + 3, p);
    }
}

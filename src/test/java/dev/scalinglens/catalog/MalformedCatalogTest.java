package dev.scalinglens.catalog;

import dev.scalinglens.catalog.load.CatalogLoader;
import dev.scalinglens.catalog.load.LoadOptions;
import dev.scalinglens.catalog.load.LoadResult;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each file in src/test/resources/catalog/malformed and the exact problem it must produce. */
class MalformedCatalogTest {

    /** A fixed "today" so that the far-future rule does not depend on the clock. */
    static final LoadOptions OPTIONS = LoadOptions.defaults().withToday(LocalDate.of(2026, 11, 22));

    static Path malformed(String name) {
        try {
            return Path.of(MalformedCatalogTest.class.getResource("/catalog/malformed/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Problems formatted with the file's folder removed, so the expectations read like the CLI output. */
    static List<String> problemsOf(String name) {
        Path file = malformed(name);
        LoadResult result = CatalogLoader.load(List.of(file), OPTIONS);
        String folder = file.getParent().toString() + java.io.File.separator;
        return result.problems().stream().map(p -> p.format().replace(folder, "")).collect(Collectors.toList());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        negative-parameters.json  | negative-parameters.json:4:62: models[0].parameters: expected a positive number, got -7e9
        missing-name.json         | missing-name.json:4:5: models[0].name: missing required field
        impossible-date.json      | impossible-date.json:4:45: models[0].releaseDate: impossible date "2023-02-30"
        date-before-1950.json     | date-before-1950.json:4:53: hardware[0].releaseDate: date 1946-02-15 is before 1950
        date-far-future.json      | date-far-future.json:4:45: models[0].releaseDate: date 2999-01-01 is more than a year in the future
        active-exceeds-total.json | active-exceeds-total.json:4:74: models[0].activeParameters: active parameters 1.3e11 exceed total parameters 4.7e10
        bad-slug.json             | bad-slug.json:4:12: hardware[0].id: expected a lowercase slug such as llama-3.1-8b, got "H100 SXM"
        wrong-schema.json         | wrong-schema.json:2:13: schema: expected "scalinglens.catalog/1", got "scalinglens.catalog/2"
        duplicate-id.json         | duplicate-id.json:5:5: models[1].id: duplicate id "gpt-3" (first used at models[0], line 4)
        syntax-error.json         | syntax-error.json:4:29: invalid JSON: Unexpected character ('}' (code 125)): was expecting double-quote to start field name
        infinite-number.json      | infinite-number.json:4:49: hardware[0].memoryGigabytes: expected a positive number, got 1e400
        nan-token.json            | nan-token.json:4:49: invalid JSON: Non-standard token 'NaN' (JSON has no NaN or Infinity; leave the field out when unknown)
        not-an-object.json        | not-an-object.json:1:1: expected an object, got an array
        invalid-utf8.json         | invalid-utf8.json:1:74: invalid UTF-8: middle byte 0x22 (save the file as UTF-8)
        binary.json               | binary.json: not a text file: found a NUL byte at offset 36 (binary data?)
        empty.json                | empty.json: empty file: expected a JSON object
        """)
    void loadReportsExactlyOneErrorAndLoadsNothing(String file, String expected) {
        LoadResult result = CatalogLoader.load(List.of(malformed(file)), OPTIONS);
        assertEquals(List.of(expected), problemsOf(file));
        assertEquals(1, result.errorCount());
        assertEquals(0, result.catalog().models().size() + result.catalog().hardware().size());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        unknown-field.json       | unknown-field.json:4:30: warning: models[0].paramters: unknown field (ignored)
        unknown-source.json      | unknown-source.json:5:89: warning: models[0].parameters.source: source "touvron2032" is not a key of this file's sources and not a URL
        name-size-disagrees.json | name-size-disagrees.json:4:62: warning: models[0].parameters: parameters 7e10 disagree with the size in the name "Llama 2-7B" (7e9)
        unsafe-link.json         | unsafe-link.json:3:82: warning: sources.touvron2023.url: only https, http and doi: links are opened; this one will not be: file:///etc/passwd
        """)
    void loadWarnsButKeepsTheRecord(String file, String expected) {
        LoadResult result = CatalogLoader.load(List.of(malformed(file)), OPTIONS);
        assertEquals(List.of(expected), problemsOf(file));
        assertEquals(0, result.errorCount());
        assertEquals(1, result.catalog().models().size());
    }

    @Test
    void loadCollectsEveryProblemOfAFile() {
        assertEquals(List.of(
                "wrong-types.json:4:44: inferenceRuns[0].gpus: expected a positive whole number, got 8.5",
                "wrong-types.json:4:64: inferenceRuns[0].concurrency: expected a positive whole number, got \"16\"",
                "wrong-types.json:4:78: inferenceRuns[0].date: expected a date YYYY-MM-DD, got \"13/02/2026\""),
                problemsOf("wrong-types.json"));
    }

    @Test
    void loadWarnsAboutRunsReferringToUnknownIds() {
        LoadResult result = CatalogLoader.load(List.of(malformed("unknown-reference.json")), OPTIONS);
        assertEquals(List.of(
                "unknown-reference.json:4:5: warning: inferenceRuns[0].model: unknown model id \"glm-5\""
                        + " (no model with this id in the loaded catalogs)",
                "unknown-reference.json:4:5: warning: inferenceRuns[0].hardware: unknown hardware id \"b200\""
                        + " (no hardware with this id in the loaded catalogs)"),
                problemsOf("unknown-reference.json"));
        assertEquals(1, result.catalog().inferenceRuns().size());
    }

    @Test
    void loadOfMissingPathIsAnError() {
        LoadResult result = CatalogLoader.load(List.of(Path.of("no/such/catalog.json")), OPTIONS);
        assertTrue(result.hasErrors());
        assertEquals(Path.of("no", "such", "catalog.json") + ": no such file or folder",
                result.problems().get(0).format());
    }
}

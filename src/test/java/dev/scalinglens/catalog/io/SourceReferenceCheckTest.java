package dev.scalinglens.catalog.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.scalinglens.catalog.Problem;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * References that resolve are dropped as soon as the file's sources are known; the warnings for the others
 * must not depend on whether "sources" comes before or after the records.
 */
class SourceReferenceCheckTest {

    private static final String SOURCES = "\"sources\": {\"a2023\": {\"citation\": \"A et al. 2023\"}}";
    private static final String MODELS = "\"models\": [\n"
            + "{\"id\": \"m-1\", \"name\": \"M 1\", \"parameters\": {\"value\": 1e9, \"source\": \"b2024\"},"
            + " \"source\": \"a2023\"},\n"
            + "{\"id\": \"m-2\", \"name\": \"M 2\", \"source\": \"https://example.org/m2\"},\n"
            + "{\"id\": \"m-3\", \"name\": \"M 3\", \"source\": \"c2025\"}\n]";

    @Test
    void unresolvedReferencesAreWarnedAboutInReadingOrderWhereverSourcesStand() {
        List<String> sourcesFirst = warnings("{\"schema\": \"scalinglens.catalog/1\",\n" + SOURCES + ",\n" + MODELS + "}");
        List<String> sourcesLast = warnings("{\"schema\": \"scalinglens.catalog/1\",\n" + MODELS + ",\n" + SOURCES + "}");
        assertEquals(List.of(
                "models[0].parameters.source: source \"b2024\" is not a key of this file's sources and not a URL",
                "models[2].source: source \"c2025\" is not a key of this file's sources and not a URL"),
                sourcesFirst.stream().map(w -> w.substring(w.indexOf("models["))).toList());
        assertEquals(sourcesFirst.size(), sourcesLast.size());
        for (int i = 0; i < sourcesFirst.size(); i++) {
            // Same message and path; the line differs only because the models moved up one line.
            assertEquals(sourcesFirst.get(i).substring(sourcesFirst.get(i).indexOf("models[")),
                    sourcesLast.get(i).substring(sourcesLast.get(i).indexOf("models[")));
        }
    }

    private static List<String> warnings(String json) {
        DecodedFile file = new CatalogFileReader(LoadLimits.defaults(), LocalDate.of(2026, 12, 5))
                .read(json.getBytes(StandardCharsets.UTF_8), "test.json");
        return file.problems().stream().filter(p -> !p.isError()).map(Problem::format).toList();
    }
}

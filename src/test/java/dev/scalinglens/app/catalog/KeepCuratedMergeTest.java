package dev.scalinglens.app.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.scalinglens.app.task.CurrentThreadTaskExecutor;
import dev.scalinglens.catalog.MergeReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The app's merge with the real loader: the "keep curated values" setting decides conflicts. */
class KeepCuratedMergeTest {

    @TempDir
    Path dir;

    private CatalogSessionViewModel sessionWith(String baseJson) throws IOException {
        Path base = Files.writeString(dir.resolve("base.json"), baseJson);
        CatalogSessionViewModel s = new CatalogSessionViewModel(new LoaderCatalogService(),
                new CurrentThreadTaskExecutor(), t -> { });
        s.open(List.of(base));
        return s;
    }

    private static final String BASE = """
            {"schema": "scalinglens.catalog/1",
             "models": [{"id": "m", "name": "M", "parameters": 7e9, "trainingTokens": 2e12}]}""";
    private static final String USER = """
            {"schema": "scalinglens.catalog/1",
             "models": [{"id": "m", "name": "M", "parameters": 7e10, "trainingComputeFlop": 8.4e22}]}""";

    @Test
    void mergeByDefaultTakesTheUsersValue() throws IOException {
        CatalogSessionViewModel s = sessionWith(BASE);
        s.merge(List.of(Files.writeString(dir.resolve("user.json"), USER)));
        assertEquals(7e10, s.getCatalog().model("m").orElseThrow().parameters().value());
        assertEquals(1, s.lastMergeReportProperty().get().fieldsOverridden());
    }

    @Test
    void mergeKeepingCuratedValuesKeepsTheReportedOneAndStillFills() throws IOException {
        CatalogSessionViewModel s = sessionWith(BASE);
        s.keepCuratedProperty().set(true);
        s.merge(List.of(Files.writeString(dir.resolve("user.json"), USER)));
        var m = s.getCatalog().model("m").orElseThrow();
        assertEquals(7e9, m.parameters().value());
        assertEquals(2e12, m.trainingTokens().value());
        assertEquals(8.4e22, m.trainingComputeFlop().value());
        MergeReport r = s.lastMergeReportProperty().get();
        assertEquals(1, r.count(MergeReport.Kind.KEPT));
        assertEquals(0, r.fieldsOverridden());
    }
}

package dev.scalinglens.catalog.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.scalinglens.catalog.Catalog;
import dev.scalinglens.catalog.io.RecordLocation;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LoadResultTest {

    private static final RecordLocation AT = new RecordLocation("models", "m-1", "a.json", 3, 5, "models[0]");

    /** Handed-over origins are not copied, yet read as a copy would: same entries, no way to change them. */
    @Test
    void handedOverOriginsAreReadOnlyAndEqualACopy() {
        Map<String, RecordLocation> built = new HashMap<>(Map.of("models/m-1", AT));
        LoadResult handed = LoadResult.handingOver(Catalog.empty(), List.of(), built);
        LoadResult copied = new LoadResult(Catalog.empty(), List.of(), built);
        assertEquals(copied, handed);
        assertEquals(AT, handed.origins().get("models/m-1"));
        assertThrows(UnsupportedOperationException.class, () -> handed.origins().put("models/m-2", AT));
        assertThrows(UnsupportedOperationException.class, () -> handed.origins().entrySet().clear());
        assertThrows(UnsupportedOperationException.class,
                () -> handed.origins().entrySet().iterator().next().setValue(AT));
    }
}

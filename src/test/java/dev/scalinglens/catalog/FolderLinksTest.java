package dev.scalinglens.catalog;

import dev.scalinglens.catalog.load.CatalogLoader;
import dev.scalinglens.catalog.load.LoadResult;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Symbolic links in an input folder that loop or point nowhere are reported, not skipped without a word. */
class FolderLinksTest {

    @TempDir
    Path dir;

    @BeforeEach
    void linksWork() throws IOException {
        try {
            Files.createSymbolicLink(dir.resolve("probe"), dir.resolve("nothing"));
            Files.delete(dir.resolve("probe"));
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "no symbolic links here: " + e);
        }
    }

    @Test
    void problemNamesTwoLinkLoopWithItsChain() throws IOException {
        Files.createSymbolicLink(dir.resolve("a.json"), Path.of("b.json"));
        Files.createSymbolicLink(dir.resolve("b.json"), Path.of("a.json"));
        String p = FolderLinks.problem(dir.resolve("a.json"));
        assertEquals("symbolic link loop (a.json → b.json → a.json): skipped", p);
    }

    @Test
    void problemNamesSelfLinkAndFolderLoopAndBrokenLink() throws IOException {
        Files.createSymbolicLink(dir.resolve("self.json"), Path.of("self.json"));
        Files.createSymbolicLink(dir.resolve("up"), Path.of(".."));
        Files.createSymbolicLink(dir.resolve("gone.json"), Path.of("missing.json"));
        assertTrue(FolderLinks.problem(dir.resolve("self.json")).startsWith("symbolic link loop (self.json → self.json)"));
        assertTrue(FolderLinks.problem(dir.resolve("up")).contains("its own folder or a folder above it"));
        assertTrue(FolderLinks.problem(dir.resolve("gone.json")).startsWith("broken symbolic link"));
    }

    @Test
    void problemIsNullForPlainFileAndWorkingLink() throws IOException {
        Files.writeString(dir.resolve("real.json"), "{}");
        Files.createSymbolicLink(dir.resolve("alias.json"), Path.of("real.json"));
        assertNull(FolderLinks.problem(dir.resolve("real.json")));
        assertNull(FolderLinks.problem(dir.resolve("alias.json")));
    }

    @Test
    void loadingFolderWithLoopWarnsAndLoadsTheRest() throws IOException {
        Files.writeString(dir.resolve("ok.json"), "{\"schema\": \"scalinglens.catalog/1\", \"models\": []}");
        Files.createSymbolicLink(dir.resolve("a.json"), Path.of("b.json"));
        Files.createSymbolicLink(dir.resolve("b.json"), Path.of("a.json"));
        LoadResult r = CatalogLoader.load(List.of(dir));
        List<Problem> loops = r.problems().stream().filter(p -> p.message().startsWith("symbolic link loop")).toList();
        assertEquals(2, loops.size(), r.problems().toString());
        assertTrue(loops.get(0).file().endsWith("a.json"));
        assertEquals(Problem.Severity.WARNING, loops.get(0).severity());
        assertTrue(r.problems().stream().noneMatch(Problem::isError), r.problems().toString());
    }
}

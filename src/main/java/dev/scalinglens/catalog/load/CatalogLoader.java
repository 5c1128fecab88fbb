package dev.scalinglens.catalog.load;

import dev.scalinglens.catalog.Catalog;
import dev.scalinglens.catalog.FolderLinks;
import dev.scalinglens.catalog.Problem;
import dev.scalinglens.catalog.io.CatalogFileReader;
import dev.scalinglens.catalog.io.DecodedFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;

/**
 * Loads catalogs from files and folders (merged in order, later overriding earlier) and from the class
 * path. Never throws for bad input: every problem is in the result, and files with errors contribute
 * nothing. Throws {@link CancellationException} when the loading thread is interrupted.
 */
public final class CatalogLoader {

    private CatalogLoader() {
    }

    public static LoadResult load(List<Path> paths) {
        return load(paths, LoadOptions.defaults());
    }

    /** Each path is a catalog file or a folder (all of its {@code *.json}, not recursing). */
    public static LoadResult load(List<Path> paths, LoadOptions options) {
        CatalogFileReader reader = new CatalogFileReader(options.limits(), options.today());
        List<List<Path>> groups = new ArrayList<>();
        List<Problem> listingProblems = new ArrayList<>();
        int total = 0;
        for (Path path : paths) {
            List<Path> files = filesOf(path, listingProblems);
            groups.add(files);
            total += files.size();
        }
        LoadResult result = new LoadResult(Catalog.empty(), listingProblems);
        int done = 0;
        for (List<Path> group : groups) {
            List<DecodedFile> decoded = new ArrayList<>();
            for (Path file : group) {
                checkCancelled();
                decoded.add(reader.read(file, file.toString()));
                options.progress().fileLoaded(file.toString(), ++done, total);
            }
            result = merge(result, FileGroup.combine(decoded));
        }
        return result;
    }

    /** The catalog shipped in the jar: the files named in {@code datasets/index.txt}. */
    public static LoadResult loadBundled() {
        return BundledCatalog.load(LoadOptions.defaults());
    }

    public static LoadResult loadBundled(LoadOptions options) {
        return BundledCatalog.load(options);
    }

    /** Overlays {@code overlay} on {@code base}; see {@link CatalogMerger}. */
    public static LoadResult merge(LoadResult base, LoadResult overlay) {
        return CatalogMerger.merge(base, overlay);
    }

    static void checkCancelled() {
        if (Thread.currentThread().isInterrupted()) {
            throw new CancellationException("catalog loading cancelled");
        }
    }

    private static List<Path> filesOf(Path path, List<Problem> problems) {
        if (Files.isRegularFile(path)) {
            return List.of(path);
        }
        if (!Files.isDirectory(path)) {
            problems.add(new Problem(Problem.Severity.ERROR, path.toString(), 0, 0, "", "no such file or folder"));
            return List.of();
        }
        try (Stream<Path> entries = Files.list(path)) {
            List<Path> all = entries.sorted().toList();
            // Links that loop or point nowhere are reported, not skipped without a word.
            all.stream().filter(p -> p.getFileName().toString().endsWith(".json")).forEach(p -> {
                String link = FolderLinks.problem(p);
                if (link != null) {
                    problems.add(new Problem(Problem.Severity.WARNING, p.toString(), 0, 0, "", link));
                }
            });
            List<Path> files = all.stream()
                    .filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(".json"))
                    .toList();
            if (files.isEmpty()) {
                problems.add(new Problem(Problem.Severity.WARNING, path.toString(), 0, 0, "",
                        "folder holds no *.json catalog files"));
            }
            return files;
        } catch (IOException e) {
            problems.add(new Problem(Problem.Severity.ERROR, path.toString(), 0, 0, "",
                    "cannot list folder: " + e.getMessage()));
            return List.of();
        }
    }
}

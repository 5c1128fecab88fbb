package dev.scalinglens.catalog.load;

import dev.scalinglens.catalog.Problem;
import dev.scalinglens.catalog.io.CatalogFileReader;
import dev.scalinglens.catalog.io.DecodedFile;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The catalog inside the jar. Listing a folder inside a jar is awkward, so {@code datasets/index.txt}
 * names the files (one per line, {@code #} comments); a listed file that is missing is skipped with a
 * warning, so the app still opens on what exists.
 */
public final class BundledCatalog {

    static final String FOLDER = "datasets/";
    static final String INDEX = FOLDER + "index.txt";

    private BundledCatalog() {
    }

    public static LoadResult load() {
        return load(LoadOptions.defaults());
    }

    public static LoadResult load(LoadOptions options) {
        return load(options, BundledCatalog.class.getClassLoader());
    }

    static LoadResult load(LoadOptions options, ClassLoader loader) {
        List<Problem> problems = new ArrayList<>();
        List<String> names = index(loader, problems);
        CatalogFileReader reader = new CatalogFileReader(options.limits(), options.today());
        List<DecodedFile> files = new ArrayList<>();
        int done = 0;
        for (String name : names) {
            CatalogLoader.checkCancelled();
            String resource = FOLDER + name;
            InputStream in = loader.getResourceAsStream(resource);
            if (in == null) {
                problems.add(new Problem(Problem.Severity.WARNING, INDEX, 0, 0, "",
                        "bundled file " + resource + " is listed but missing (skipped)"));
            } else {
                files.add(reader.read(in, resource));
            }
            options.progress().fileLoaded(resource, ++done, names.size());
        }
        LoadResult group = FileGroup.combine(files);
        List<Problem> all = new ArrayList<>(problems);
        all.addAll(group.problems());
        return new LoadResult(group.catalog(), all, group.origins());
    }

    private static List<String> index(ClassLoader loader, List<Problem> problems) {
        InputStream in = loader.getResourceAsStream(INDEX);
        if (in == null) {
            problems.add(new Problem(Problem.Severity.WARNING, INDEX, 0, 0, "",
                    "no bundled catalog index on the class path (bundled catalog is empty)"));
            return List.of();
        }
        List<String> names = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                String name = line.strip();
                if (!name.isEmpty() && !name.startsWith("#")) {
                    names.add(name);
                }
            }
        } catch (IOException e) {
            problems.add(new Problem(Problem.Severity.ERROR, INDEX, 0, 0, "", "cannot read: " + e.getMessage()));
        }
        return names;
    }
}

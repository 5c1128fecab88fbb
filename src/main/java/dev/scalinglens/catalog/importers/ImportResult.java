package dev.scalinglens.catalog.importers;

import dev.scalinglens.catalog.Catalog;
import dev.scalinglens.catalog.Problem;
import java.util.List;

/**
 * What an importer produced: a catalog ready to write, problems about imported values (each located
 * at its row or file), and the rows left out with the reason, so a user can see why a row is missing.
 *
 * @param rowsRead input rows (CSV) or entries (JSON) looked at
 */
public record ImportResult(Catalog catalog, List<Problem> problems, List<Problem> skipped, int rowsRead) {

    public ImportResult {
        problems = List.copyOf(problems);
        skipped = List.copyOf(skipped);
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }
}

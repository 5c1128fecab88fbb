package dev.scalinglens.catalog.load;

import dev.scalinglens.catalog.Catalog;
import dev.scalinglens.catalog.Experiment;
import dev.scalinglens.catalog.HardwareRecord;
import dev.scalinglens.catalog.InferenceRun;
import dev.scalinglens.catalog.LossLaw;
import dev.scalinglens.catalog.ModelRecord;
import dev.scalinglens.catalog.Problem;
import dev.scalinglens.catalog.Source;
import dev.scalinglens.catalog.io.DecodedFile;
import dev.scalinglens.catalog.io.RecordLocation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The files of one catalog (a folder, or the bundled set) combined: ids must be unique across the files,
 * so a repeated id is an error in the later file, and a file with any error contributes nothing.
 */
final class FileGroup {

    private FileGroup() {
    }

    static LoadResult combine(List<DecodedFile> files) {
        Map<String, RecordLocation> claimed = new HashMap<>();
        List<Problem> problems = new ArrayList<>();
        Map<String, Source> sources = new LinkedHashMap<>();
        List<ModelRecord> models = new ArrayList<>();
        List<HardwareRecord> hardware = new ArrayList<>();
        List<Experiment> experiments = new ArrayList<>();
        List<InferenceRun> runs = new ArrayList<>();
        List<LossLaw> laws = new ArrayList<>();
        for (DecodedFile file : files) {
            problems.addAll(file.problems());
            if (file.hasErrors()) {
                continue;
            }
            List<Problem> clashes = clashes(file, claimed);
            problems.addAll(clashes);
            if (!clashes.isEmpty()) {
                continue;
            }
            for (RecordLocation at : file.locations()) {
                claimed.put(LoadResult.key(at.section(), at.id()), at);
            }
            Catalog c = file.catalog();
            sources.putAll(c.sources());
            models.addAll(c.models());
            hardware.addAll(c.hardware());
            experiments.addAll(c.experiments());
            runs.addAll(c.inferenceRuns());
            laws.addAll(c.lossLaws());
        }
        Catalog catalog = new Catalog(Catalog.SCHEMA, sources, models, hardware, experiments, runs, laws);
        problems.addAll(ReferenceCheck.check(catalog, claimed));
        return LoadResult.handingOver(catalog, problems, claimed);
    }

    private static List<Problem> clashes(DecodedFile file, Map<String, RecordLocation> claimed) {
        List<Problem> clashes = new ArrayList<>();
        for (RecordLocation at : file.locations()) {
            RecordLocation first = claimed.get(LoadResult.key(at.section(), at.id()));
            if (first != null) {
                clashes.add(new Problem(Problem.Severity.ERROR, at.file(), at.line(), at.column(), at.path() + ".id",
                        "duplicate id \"" + at.id() + "\" (already defined in " + first.file() + ":" + first.line()
                                + ")"));
            }
        }
        return clashes;
    }
}

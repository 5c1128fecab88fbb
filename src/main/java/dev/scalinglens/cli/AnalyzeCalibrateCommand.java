package dev.scalinglens.cli;

import dev.scalinglens.science.decode.CalibrationReport;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code analyze calibrate [--catalog PATH]...}: fits the calibrated decode model to every measured
 * run the catalog can place (hardware, model architecture, precision known) and prints, per model ×
 * hardware × framework × precision (× speculative decoding), the leave-one-run-out error and the
 * number of runs above the uncalibrated roofline bound.
 */
@Command(name = "calibrate",
        mixinStandardHelpOptions = true,
        description = {"Calibrate the decode roofline to measured runs and print its cross-validated error as JSON.",
                "Import runs first, e.g. import --format inferencex ../agg_bmk.json --out runs.json,",
                "then: analyze calibrate --catalog runs.json"})
public final class AnalyzeCalibrateCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    CatalogOption catalogOption = new CatalogOption();

    @Override
    public Integer call() {
        CliCatalog catalog = new CliCatalog();
        catalog.setExtraPaths(catalogOption.paths);
        CalibrationReport report = CalibrationReport.of(catalog.get());
        spec.commandLine().getOut().println(AnalyzeCommand.json(report));
        spec.commandLine().getOut().flush();
        return 0;
    }
}

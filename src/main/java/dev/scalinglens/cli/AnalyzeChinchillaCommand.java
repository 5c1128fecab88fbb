package dev.scalinglens.cli;

import dev.scalinglens.catalog.Catalog;
import dev.scalinglens.catalog.LossLaw;
import dev.scalinglens.science.chinchilla.ChinchillaRuns;
import dev.scalinglens.science.chinchilla.LossLawBootstrap;
import dev.scalinglens.science.chinchilla.LossLawBootstrapResult;
import dev.scalinglens.science.chinchilla.LossLawFit;
import dev.scalinglens.science.chinchilla.LossLawFitter;
import dev.scalinglens.science.chinchilla.OptimalParametersBand;
import dev.scalinglens.science.chinchilla.ScalingLaw;
import dev.scalinglens.science.chinchilla.TrainingRun;
import dev.scalinglens.science.chinchilla.TrainingRunsCsv;
import dev.scalinglens.science.stats.Interval;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * {@code analyze chinchilla}: the compute-optimal model at a budget, {"parameters", "tokens", "loss"}, under
 * a catalog loss law or under a law fitted to training runs from a CSV (with an optional bootstrap, whose
 * summary goes to standard error so standard output stays one JSON document).
 */
@Command(name = "chinchilla",
        mixinStandardHelpOptions = true,
        description = "Compute-optimal parameters, tokens and loss at a compute budget (Hoffmann et al. 2022).")
public final class AnalyzeChinchillaCommand implements Runnable {

    private final Supplier<Catalog> catalog;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--compute", paramLabel = "FLOPS", defaultValue = "5.76e23",
            description = "Training compute budget in FLOPs (default: Chinchilla's, ${DEFAULT-VALUE}).")
    double computeFlops;

    @Option(names = "--law", paramLabel = "ID", defaultValue = "hoffmann",
            description = "Catalog loss law: hoffmann or epoch (default: ${DEFAULT-VALUE}). Ignored with --fit.")
    String lawId;

    @Option(names = "--fit", paramLabel = "CSV",
            description = "Fit the law to training runs (columns: Model Size, Training FLOP or Training Tokens, loss).")
    Path runsFile;

    @Option(names = "--keep-outliers",
            description = "With --fit: keep the five highest-loss runs that Besiroglu et al. 2024 dropped.")
    boolean keepOutliers;

    @Option(names = "--bootstrap", paramLabel = "N", defaultValue = "0",
            description = "With --fit: bootstrap resamples for 95%% intervals (Besiroglu et al. used 4000).")
    int replicates;

    @Option(names = "--seed", defaultValue = "1", description = "Bootstrap seed (default: ${DEFAULT-VALUE}).")
    long seed;

    public AnalyzeChinchillaCommand(Supplier<Catalog> catalog) {
        this.catalog = catalog;
    }

    @Override
    public void run() {
        if (!(computeFlops > 0) || Double.isInfinite(computeFlops)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--compute must be a positive number of FLOPs, got " + computeFlops);
        }
        if (replicates < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--bootstrap must not be negative");
        }
        LossLaw law = runsFile == null ? catalogLaw() : fitted(spec.commandLine().getErr());
        spec.commandLine().getOut().println(AnalyzeCommand.json(new ScalingLaw(law).computeOptimal(computeFlops).toResult()));
    }

    private LossLaw catalogLaw() {
        return catalog.get().lossLaw(lawId).orElseThrow(() -> new IllegalArgumentException(
                "the catalog has no loss law '" + lawId + "' (try hoffmann or epoch)"));
    }

    private LossLaw fitted(PrintWriter err) {
        List<TrainingRun> runs = TrainingRunsCsv.read(runsFile);
        List<TrainingRun> used = keepOutliers ? runs : ChinchillaRuns.withoutBesirogluOutliers(runs);
        if (replicates == 0) {
            LossLawFit fit = LossLawFitter.hoffmann().fit(used);
            err.println(describe(fit));
            return fit.law();
        }
        LossLawBootstrapResult result = LossLawBootstrap.defaults().run(used, replicates, seed);
        err.println(describe(result.estimate()));
        err.printf(Locale.ROOT, "95%% intervals (%d resamples, %d failed): E %s  A %s  B %s  alpha %s  beta %s%n",
                result.replicates().size(), result.failed(), text(result.e95()), text(result.a95()),
                text(result.b95()), text(result.alpha95()), text(result.beta95()));
        OptimalParametersBand band = result.optimalParameters(new double[] {computeFlops});
        err.printf(Locale.ROOT, "N_opt(%.3g FLOPs) = %.4g parameters, 95%% interval [%.4g, %.4g]%n", computeFlops,
                band.parameters()[0], band.parametersLow()[0], band.parametersHigh()[0]);
        return result.estimate().law();
    }

    private static String describe(LossLawFit fit) {
        LossLaw l = fit.law();
        return String.format(Locale.ROOT,
                "fit on %d runs: E %.4f  A %.2f  B %.2f  alpha %.4f  beta %.4f  (Huber objective %.6g%s)",
                fit.runs(), l.e(), l.a(), l.b(), l.alpha(), l.beta(), fit.objective(), fit.converged() ? "" : ", not converged");
    }

    private static String text(Interval i) {
        return String.format(Locale.ROOT, "[%.4g, %.4g]", i.low(), i.high());
    }
}

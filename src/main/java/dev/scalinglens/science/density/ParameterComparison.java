package dev.scalinglens.science.density;

import dev.scalinglens.catalog.ModelRecord;

import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;

/**
 * "Model X reaches model Y's score with Z% of its parameters, T months later" (Xiao et al. 2024 compare
 * MiniCPM-1-2.4B with Mistral-7B this way).
 *
 * @param parameterFraction later model's parameters / earlier model's parameters
 * @param monthsLater       release-date difference in months of 30.44 days (365.25 / 12)
 */
public record ParameterComparison(String laterName, String earlierName, double laterScorePercent,
                                  double earlierScorePercent, double parameterFraction, double monthsLater) {

    private static final double DAYS_PER_MONTH = 365.25 / 12;

    /** Compares two models on a benchmark; empty when either lacks the score, a parameter count or a date. */
    public static Optional<ParameterComparison> of(ModelRecord later, ModelRecord earlier, DensityBenchmark benchmark) {
        Optional<DensityBenchmark.Score> a = benchmark.score(later);
        Optional<DensityBenchmark.Score> b = benchmark.score(earlier);
        if (a.isEmpty() || b.isEmpty() || later.activeOrTotalParameters() == null
                || earlier.activeOrTotalParameters() == null || later.releaseDate() == null
                || earlier.releaseDate() == null) {
            return Optional.empty();
        }
        double fraction = later.activeOrTotalParameters().value() / earlier.activeOrTotalParameters().value();
        double months = ChronoUnit.DAYS.between(earlier.releaseDate(), later.releaseDate()) / DAYS_PER_MONTH;
        return Optional.of(new ParameterComparison(name(later), name(earlier), a.get().percent(), b.get().percent(),
                fraction, months));
    }

    public String sentence() {
        String reach = laterScorePercent >= earlierScorePercent
                ? "reaches " + earlierName + "'s score"
                : String.format(Locale.ROOT, "comes within %.1f points of %s's score",
                        earlierScorePercent - laterScorePercent, earlierName);
        String when = monthsLater >= 0
                ? String.format(Locale.ROOT, "%.0f months later", monthsLater)
                : String.format(Locale.ROOT, "%.0f months earlier", -monthsLater);
        return String.format(Locale.ROOT, "%s %s (%.1f%% vs %.1f%%) with %.0f%% of its parameters, %s",
                laterName, reach, laterScorePercent, earlierScorePercent, 100 * parameterFraction, when);
    }

    private static String name(ModelRecord m) {
        return m.name() != null ? m.name() : m.id();
    }
}

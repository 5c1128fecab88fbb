package dev.scalinglens.catalog.load;

import dev.scalinglens.catalog.io.LoadLimits;
import java.time.LocalDate;
import java.util.Objects;

/**
 * How to load: limits, the date that "in the future" is measured from, and a progress callback.
 *
 * @param progress told after each file; a background task cancels a load by interrupting its thread,
 *                 which the loader checks between files and sections
 */
public record LoadOptions(LoadLimits limits, LocalDate today, LoadProgress progress) {

    /** Told after each file is read: its name and how many of the known files are done. */
    @FunctionalInterface
    public interface LoadProgress {
        LoadProgress NONE = (file, done, total) -> { };

        void fileLoaded(String file, int done, int total);
    }

    public LoadOptions {
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(today, "today");
        progress = progress == null ? LoadProgress.NONE : progress;
    }

    public static LoadOptions defaults() {
        return new LoadOptions(LoadLimits.defaults(), LocalDate.now(), LoadProgress.NONE);
    }

    public LoadOptions withLimits(LoadLimits newLimits) {
        return new LoadOptions(newLimits, today, progress);
    }

    public LoadOptions withToday(LocalDate newToday) {
        return new LoadOptions(limits, newToday, progress);
    }

    public LoadOptions withProgress(LoadProgress newProgress) {
        return new LoadOptions(limits, today, newProgress);
    }
}

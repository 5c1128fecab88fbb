package dev.scalinglens.app.live;

import dev.scalinglens.app.catalog.CatalogSessionViewModel;
import dev.scalinglens.app.dialogs.UserDialogs;
import dev.scalinglens.app.task.BackgroundTask;
import dev.scalinglens.app.task.ProgressSink;
import dev.scalinglens.app.task.TaskExecutor;
import dev.scalinglens.app.task.TaskHandle;
import dev.scalinglens.catalog.Catalog;
import dev.scalinglens.catalog.load.CatalogDiff;
import dev.scalinglens.catalog.load.CatalogLoader;
import dev.scalinglens.catalog.load.LoadResult;
import dev.scalinglens.catalog.Problem;
import dev.scalinglens.catalog.importers.ImportResult;
import dev.scalinglens.catalog.io.CatalogWriter;
import dev.scalinglens.catalog.live.HttpDownloader;
import dev.scalinglens.catalog.live.LiveSourceException;
import dev.scalinglens.catalog.live.LiveSources;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * File › Update from Epoch AI and File › Add from Hugging Face: download in the background (progress,
 * cancel, timeout), import with the file importers, show what changed since the last update and ask
 * before merging; the imported catalog is kept as a JSON file in {@code storage} and merged like a user
 * file (so it is in the workspace and the merge report).
 */
public final class LiveSourcesViewModel {

    /** The last Epoch import, the base of the next update's diff. */
    static final String EPOCH_LAST = "epoch-last.json";
    private static final int DIFF_LINES = 15;

    private final CatalogSessionViewModel catalogs;
    private final TaskExecutor executor;
    private final Consumer<TaskHandle> taskTracker;
    private final UserDialogs dialogs;
    private final LiveSourceSettings settings;
    private final Path storage;

    public LiveSourcesViewModel(CatalogSessionViewModel catalogs, TaskExecutor executor,
                                Consumer<TaskHandle> taskTracker, UserDialogs dialogs, LiveSourceSettings settings,
                                Path storage) {
        this.catalogs = Objects.requireNonNull(catalogs);
        this.executor = Objects.requireNonNull(executor);
        this.taskTracker = Objects.requireNonNull(taskTracker);
        this.dialogs = Objects.requireNonNull(dialogs);
        this.settings = Objects.requireNonNull(settings);
        this.storage = Objects.requireNonNull(storage);
    }

    /** What an Epoch update fetched, and how it differs from the last one. */
    record EpochUpdate(ImportResult imported, List<CatalogDiff.Entry> diff, boolean hadPrevious) {
    }

    public void updateFromEpoch() {
        HttpDownloader http = new HttpDownloader(settings.timeout(), HttpDownloader.DEFAULT_MAX_BYTES);
        BackgroundTask<EpochUpdate> task = BackgroundTask.<EpochUpdate>of("Updating from Epoch AI", p -> {
            p.update(-1, "downloading " + settings.epochCsv());
            ImportResult imported = LiveSources.epoch(settings.epochCsv(), http, progress(p, "downloading"));
            Path last = storage.resolve(EPOCH_LAST);
            Catalog previous = Catalog.empty();
            boolean hadPrevious = false;
            if (Files.isRegularFile(last)) {
                LoadResult r = CatalogLoader.load(List.of(last));
                if (!r.hasErrors()) {
                    previous = r.catalog();
                    hadPrevious = true;
                }
            }
            return new EpochUpdate(imported, CatalogDiff.between(previous, imported.catalog()), hadPrevious);
        }).onSuccess(this::offerEpochUpdate).onFailure(e -> failed("Cannot update from Epoch AI", e));
        taskTracker.accept(executor.execute(task));
    }

    private void offerEpochUpdate(EpochUpdate update) {
        ImportResult r = update.imported();
        if (r.hasErrors()) {
            dialogs.showError("Cannot update from Epoch AI", "The download from " + settings.epochCsv()
                    + " could not be imported:\n\n" + errors(r), null);
            return;
        }
        String message = r.catalog().models().size() + " language models in " + settings.epochCsv() + ".\n"
                + (update.hadPrevious() ? "Since the last update: " : "First update: ")
                + CatalogDiff.summary(update.diff()) + ".\n\n"
                + update.diff().stream().limit(DIFF_LINES).map(LiveSourcesViewModel::line)
                .collect(Collectors.joining("\n"))
                + (update.diff().size() > DIFF_LINES ? "\n… and " + (update.diff().size() - DIFF_LINES) + " more" : "")
                + "\n\nMerge them into the catalog? (File › Merge report lists every field afterwards.)";
        if (!dialogs.confirm("Update from Epoch AI", message)) {
            return;
        }
        try {
            String stamp = java.time.LocalDateTime.now().format(java.time.format.DateTimeFormatter
                    .ofPattern("yyyyMMdd-HHmmss", Locale.ROOT));
            Path file = write(r.catalog(), "epoch-notable-" + stamp + ".json");
            Files.copy(file, storage.resolve(EPOCH_LAST), StandardCopyOption.REPLACE_EXISTING);
            catalogs.merge(List.of(file));
        } catch (IOException e) {
            failed("Cannot update from Epoch AI", e);
        }
    }

    /** Fetches the model's config (and stated parameter count) and merges it. */
    public void addFromHuggingFace(String modelId) {
        if (modelId == null || modelId.isBlank()) {
            return;
        }
        HttpDownloader http = new HttpDownloader(settings.timeout(), HttpDownloader.DEFAULT_MAX_BYTES);
        String id = modelId.strip();
        BackgroundTask<ImportResult> task = BackgroundTask.<ImportResult>of("Adding " + id + " from Hugging Face",
                p -> LiveSources.huggingFace(settings.huggingFace(), id, http, progress(p, "downloading " + id)))
                .onSuccess(r -> {
                    if (r.hasErrors() || r.catalog().models().isEmpty()) {
                        dialogs.showError("Cannot add " + id, "The config of " + id + " could not be imported:\n\n"
                                + errors(r), null);
                        return;
                    }
                    try {
                        String slug = r.catalog().models().get(0).id();
                        catalogs.merge(List.of(write(r.catalog(), "hf-" + slug + ".json")));
                    } catch (IOException e) {
                        failed("Cannot add " + id, e);
                    }
                })
                .onFailure(e -> failed("Cannot add " + id + " from Hugging Face", e));
        taskTracker.accept(executor.execute(task));
    }

    private Path write(Catalog catalog, String name) throws IOException {
        Files.createDirectories(storage);
        Path file = storage.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            CatalogWriter.write(catalog, out);
        }
        return file;
    }

    private void failed(String title, Exception e) {
        String message = e instanceof LiveSourceException ? e.getMessage()
                : Objects.requireNonNullElse(e.getMessage(), e.getClass().getSimpleName());
        dialogs.showError(title, message, null);
    }

    private static String errors(ImportResult r) {
        return r.problems().stream().filter(Problem::isError).map(Problem::format).limit(10)
                .collect(Collectors.joining("\n"));
    }

    static String line(CatalogDiff.Entry e) {
        return switch (e.kind()) {
            case ADDED -> "+ " + e.name();
            case REMOVED -> "- " + e.name();
            case CHANGED -> "~ " + e.name() + " " + e.field() + ": " + (e.oldValue().isEmpty() ? "(empty)" : e.oldValue())
                    + " → " + (e.newValue().isEmpty() ? "(empty)" : e.newValue());
        };
    }

    private static HttpDownloader.Progress progress(ProgressSink sink, String what) {
        return new HttpDownloader.Progress() {
            @Override
            public void update(long bytes, long total) {
                sink.update(total > 0 ? (double) bytes / total : -1,
                        what + String.format(Locale.ROOT, " (%.1f MB)", bytes / 1e6));
            }

            @Override
            public boolean isCancelled() {
                return sink.isCancelled();
            }
        };
    }
}

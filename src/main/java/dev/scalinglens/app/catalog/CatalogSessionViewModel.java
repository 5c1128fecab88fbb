package dev.scalinglens.app.catalog;

import dev.scalinglens.app.startup.StartupTrace;
import dev.scalinglens.app.task.BackgroundTask;
import dev.scalinglens.app.task.TaskExecutor;
import dev.scalinglens.app.task.TaskHandle;
import dev.scalinglens.catalog.Catalog;
import dev.scalinglens.catalog.load.CatalogMerger;
import dev.scalinglens.catalog.load.LoadResult;
import dev.scalinglens.catalog.MergePolicy;
import dev.scalinglens.catalog.MergeReport;
import dev.scalinglens.catalog.Problem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The catalog the whole window shows, and the commands that replace it. A load publishes one immutable
 * snapshot; a load with errors, or a cancelled one, leaves the current catalog untouched.
 */
public final class CatalogSessionViewModel {

    private final CatalogService service;
    private final TaskExecutor executor;
    private final Consumer<TaskHandle> taskTracker;

    private final ReadOnlyObjectWrapper<Catalog> catalog = new ReadOnlyObjectWrapper<>(Catalog.empty());
    private final ObservableList<Problem> problems = FXCollections.observableArrayList();
    private final ObservableList<Path> userFiles = FXCollections.observableArrayList();
    private final ObservableList<Path> readOnlyUserFiles = FXCollections.unmodifiableObservableList(userFiles);
    /** What the last File › Open or File › Merge added, filled and overrode; null before any. */
    private final ReadOnlyObjectWrapper<MergeReport> lastMergeReport = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<String> lastMergeName = new ReadOnlyObjectWrapper<>();
    /** In a merge conflict, keep the curated (earlier) reported value instead of the user's file's. */
    private final javafx.beans.property.BooleanProperty keepCurated =
            new javafx.beans.property.SimpleBooleanProperty(false);
    private CatalogLoad bundled = new CatalogLoad(Catalog.empty(), List.of());
    private CatalogLoad current = bundled;

    /** @param taskTracker told about each user-visible load, e.g. the status bar */
    public CatalogSessionViewModel(CatalogService service, TaskExecutor executor, Consumer<TaskHandle> taskTracker) {
        this.service = Objects.requireNonNull(service);
        this.executor = Objects.requireNonNull(executor);
        this.taskTracker = Objects.requireNonNull(taskTracker);
    }

    public ReadOnlyObjectProperty<Catalog> catalogProperty() {
        return catalog.getReadOnlyProperty();
    }

    public Catalog getCatalog() {
        return catalog.get();
    }

    /** Problems of the last load (errors and warnings). */
    public ObservableList<Problem> getProblems() {
        return problems;
    }

    /** The report of the last merge of user files (Open or Merge); null before any. */
    public ReadOnlyObjectProperty<MergeReport> lastMergeReportProperty() {
        return lastMergeReport.getReadOnlyProperty();
    }

    /** A user setting: merges keep curated reported values in a conflict ({@link MergePolicy#KEEP_CURATED_REPORTED}). */
    public javafx.beans.property.BooleanProperty keepCuratedProperty() {
        return keepCurated;
    }

    private MergePolicy policy() {
        return keepCurated.get() ? MergePolicy.KEEP_CURATED_REPORTED : MergePolicy.OVERLAY_WINS;
    }

    /** The files of the last merge, for the status bar: "notable.csv.json", "3 files". */
    public ReadOnlyObjectProperty<String> lastMergeNameProperty() {
        return lastMergeName.getReadOnlyProperty();
    }

    /** The user files merged over the bundled catalog, in order. */
    public ObservableList<Path> getUserFiles() {
        return readOnlyUserFiles;
    }

    /**
     * Loads the bundled catalog (at start). When the service already holds it, it is published at once,
     * on this thread, so the charts can start computing before the window is first laid out.
     */
    public void loadBundled(Runnable then) {
        StartupTrace.mark("catalog load requested");
        Consumer<CatalogLoad> publishBundled = load -> {
            bundled = load;
            current = load;
            userFiles.clear();
            publish(load, load.problems());
            StartupTrace.mark("catalog published");
            then.run();
        };
        service.bundledIfReady().ifPresentOrElse(publishBundled,
                () -> run("Loading bundled catalog", p -> service.loadBundled(), publishBundled));
    }

    /** Replaces all user files by these (bundled catalog + files). */
    public void open(List<Path> files) {
        openAll(files, () -> { });
    }

    /** Replaces all user files by these, then runs {@code then} on success. */
    public void openAll(List<Path> files, Runnable then) {
        List<Path> copy = List.copyOf(files);
        MergePolicy policy = policy();
        run("Opening " + describe(copy), p -> {
            p.update(-1, "reading files");
            CatalogLoad overlay = checked(p, service.load(copy));
            return new Merged(overlay, service.merge(bundled, overlay, policy), report(bundled, overlay, policy));
        }, merged -> accept(merged, copy, true, then));
    }

    /** Adds these files on top of what is loaded. */
    public void merge(List<Path> files) {
        List<Path> copy = List.copyOf(files);
        CatalogLoad base = current;
        MergePolicy policy = policy();
        run("Merging " + describe(copy), p -> {
            p.update(-1, "reading files");
            CatalogLoad overlay = checked(p, service.load(copy));
            return new Merged(overlay, service.merge(base, overlay, policy), report(base, overlay, policy));
        }, merged -> accept(merged, copy, false, () -> { }));
    }

    /** A cancelled load's result is thrown away, whatever it was. */
    private static CatalogLoad checked(dev.scalinglens.app.task.ProgressSink p, CatalogLoad load) {
        if (p.isCancelled()) {
            throw new java.util.concurrent.CancellationException("cancelled");
        }
        return load;
    }

    private record Merged(CatalogLoad overlay, CatalogLoad result, MergeReport report) {
    }

    /** What merging {@code overlay} over {@code base} does, field by field (the service merges with the same rule). */
    private static MergeReport report(CatalogLoad base, CatalogLoad overlay, MergePolicy policy) {
        if (overlay.hasErrors()) {
            return MergeReport.empty();
        }
        return CatalogMerger.mergeReporting(new LoadResult(base.catalog(), List.of(), base.origins()),
                new LoadResult(overlay.catalog(), List.of(), overlay.origins()), policy).report();
    }

    private void accept(Merged merged, List<Path> files, boolean replace, Runnable then) {
        if (merged.overlay().hasErrors()) {
            // Keep what was loaded; only show why the new files were refused.
            problems.setAll(merged.overlay().problems());
            return;
        }
        current = merged.result();
        if (replace) {
            userFiles.setAll(files);
        } else {
            userFiles.addAll(files);
        }
        List<Problem> all = new ArrayList<>(merged.overlay().problems());
        all.addAll(merged.result().problems().stream().filter(p -> !all.contains(p)).toList());
        lastMergeName.set(describe(files));
        lastMergeReport.set(merged.report());
        publish(current, all);
        then.run();
    }

    private void publish(CatalogLoad load, List<Problem> shown) {
        problems.setAll(shown);
        catalog.set(load.catalog());
    }

    private <T> void run(String title, BackgroundTask.Work<T> work, Consumer<T> onSuccess) {
        BackgroundTask<T> task = BackgroundTask.of(title, work)
                .onSuccess(onSuccess)
                .onFailure(e -> problems.setAll(List.of(new Problem(Problem.Severity.ERROR, title, 0, 0, "",
                        Optional.ofNullable(e.getMessage()).orElse(e.getClass().getSimpleName())))));
        taskTracker.accept(executor.execute(task));
    }

    private static String describe(List<Path> files) {
        if (files.size() == 1) {
            Path name = files.get(0).getFileName();
            return name == null ? files.get(0).toString() : name.toString();
        }
        return files.size() + " files";
    }
}

package dev.scalinglens.app.charts;

import dev.scalinglens.charts.ChartDefinition;
import dev.scalinglens.charts.ColorBy;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.scalinglens.app.task.BackgroundTask;
import dev.scalinglens.app.task.TaskExecutor;
import dev.scalinglens.app.task.TaskHandle;
import dev.scalinglens.catalog.Catalog;
import dev.scalinglens.plot.Viewport;
import dev.scalinglens.plot.spec.AxisSpec;
import dev.scalinglens.plot.spec.ChartSpec;
import dev.scalinglens.plot.spec.DisplayOptions;
import dev.scalinglens.plot.spec.ScaleType;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;

/**
 * One chart page, for any chart: settings in, spec out. The spec is rebuilt on the executor whenever
 * the filtered catalog, the settings or a display option change; a newer request supersedes an older
 * one still running (its result is dropped).
 */
public final class ChartPageViewModel<S extends Record> {

    private final ChartDefinition<S> registration;
    private final ObservableValue<Catalog> catalog;
    private final TaskExecutor executor;

    private final ObjectProperty<S> settings;
    private final ObjectProperty<ScaleType> xScale = new SimpleObjectProperty<>();
    private final ObjectProperty<ScaleType> yScale = new SimpleObjectProperty<>();
    private final BooleanProperty labelsVisible = new SimpleBooleanProperty(true);
    private final ObjectProperty<Viewport> viewport = new SimpleObjectProperty<>();
    private final ObservableSet<String> pinnedIds = FXCollections.observableSet(new java.util.LinkedHashSet<>());
    private final ObjectProperty<ColorBy> colorBy = new SimpleObjectProperty<>(ColorBy.FAMILY);
    /** Legend names of the series the user hid (saved with the view, like pins). */
    private final javafx.collections.ObservableList<String> hiddenSeries = FXCollections.observableArrayList();

    private final ReadOnlyObjectWrapper<ChartSpec> builtSpec = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ChartSpec> spec = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final java.util.List<java.util.function.Consumer<String>> viewChangeListeners = new java.util.ArrayList<>();
    /** While above 0, view changes are held and told once as "state" at the end (reset, apply). */
    private int batching;
    private boolean batchChanged;
    private boolean active;
    private long generation;
    private TaskHandle running;

    public ChartPageViewModel(ChartDefinition<S> registration, ObservableValue<Catalog> catalog, TaskExecutor executor) {
        this.registration = Objects.requireNonNull(registration);
        this.catalog = Objects.requireNonNull(catalog);
        this.executor = Objects.requireNonNull(executor);
        this.settings = new SimpleObjectProperty<>(registration.defaultSettings());
        catalog.addListener(o -> rebuild());
        settings.addListener(o -> rebuild());
        builtSpec.addListener(o -> decorate());
        xScale.addListener(o -> decorate());
        yScale.addListener(o -> decorate());
        labelsVisible.addListener(o -> decorate());
        colorBy.addListener(o -> {
            hiddenSeries.clear(); // the series are new: hide none of them
            decorate();
        });
        hiddenSeries.addListener((javafx.collections.ListChangeListener<String>) c -> decorate());
        colorBy.addListener(o -> viewChanged("colour"));
        hiddenSeries.addListener((javafx.collections.ListChangeListener<String>) c -> viewChanged("hidden"));
        settings.addListener(o -> viewChanged("settings"));
        xScale.addListener(o -> viewChanged("scale"));
        yScale.addListener(o -> viewChanged("scale"));
        labelsVisible.addListener(o -> viewChanged("labels"));
        viewport.addListener(o -> viewChanged("viewport"));
        pinnedIds.addListener((javafx.collections.SetChangeListener<String>) c -> viewChanged("pins"));
    }

    /**
     * Told, with the kind of change ("settings", "scale", "labels", "viewport", "pins", "state"), whenever
     * what the page shows changes (the window's undo history listens).
     */
    public void addViewChangeListener(java.util.function.Consumer<String> listener) {
        viewChangeListeners.add(listener);
    }

    private void viewChanged(String kind) {
        if (batching > 0) {
            batchChanged = true;
            return;
        }
        for (var listener : java.util.List.copyOf(viewChangeListeners)) {
            listener.accept(kind);
        }
    }

    private void asOneChange(Runnable changes) {
        batching++;
        try {
            changes.run();
        } finally {
            batching--;
        }
        if (batching == 0 && batchChanged) {
            batchChanged = false;
            viewChanged("state");
        }
    }

    /**
     * Pages build lazily: only once shown (start-up builds just the visible chart). Activating an
     * unbuilt page builds it.
     */
    public void activate() {
        if (!active) {
            active = true;
            rebuild();
        }
    }

    public boolean isActive() {
        return active;
    }

    private void rebuild() {
        if (!active) {
            return;
        }
        long mine = ++generation;
        if (running != null) {
            running.cancel();
        }
        Catalog snapshot = catalog.getValue() == null ? Catalog.empty() : catalog.getValue();
        S current = settings.get();
        running = executor.execute(BackgroundTask.of("Drawing " + registration.title(),
                        p -> registration.builder().build(snapshot, current))
                .onSuccess(built -> {
                    if (mine == generation) {
                        error.set("");
                        builtSpec.set(built);
                    }
                })
                .onFailure(e -> {
                    if (mine == generation) {
                        error.set("Could not draw " + registration.title() + ": " + e.getMessage());
                    }
                }));
    }

    /** The display options applied on top of what the builder made (cheap: no rebuild). */
    private void decorate() {
        ChartSpec built = builtSpec.get();
        ChartSpec shown = built == null ? null
                : displayOptions().applyTo(colorBy.get().apply(built, catalogShown()));
        if (shown != null && viewport.get() != null) {
            // A saved view is untrusted: a range the axes cannot draw is dropped, and the page says why.
            dev.scalinglens.plot.ViewportLimits.problem(viewport.get(), shown).ifPresent(problem -> {
                error.set("The saved zoom of " + registration.title() + " was reset: " + problem);
                viewport.set(null);
            });
        }
        spec.set(shown);
    }

    /** Log/linear per axis, labels on/off, colour field and hidden series as the user set them. */
    public DisplayOptions displayOptions() {
        ColorBy field = colorBy.get() == null ? ColorBy.FAMILY : colorBy.get();
        return new DisplayOptions(xScale.get(), yScale.get(), labelsVisible.get(),
                field == ColorBy.FAMILY ? null : field.key(), List.copyOf(hiddenSeries));
    }

    /** Legend click: hides the series, or shows it again. */
    public void toggleSeries(String name) {
        if (!hiddenSeries.remove(name)) {
            hiddenSeries.add(name);
        }
    }

    /**
     * Legend shift-click: shows only this series; on the series already shown alone, shows every series again.
     */
    public void isolateSeries(String name) {
        List<String> all = seriesNames();
        List<String> others = all.stream().filter(n -> !n.equals(name)).toList();
        if (!hiddenSeries.contains(name) && hiddenSeries.containsAll(others)) {
            hiddenSeries.clear();
        } else {
            hiddenSeries.setAll(others);
        }
    }

    /** The legend names of the chart's point and line series, in legend order. */
    public List<String> seriesNames() {
        ChartSpec built = builtSpec.get();
        if (built == null) {
            return List.of();
        }
        return colorBy.get().apply(built, catalogShown()).layers().stream()
                .filter(l -> l.name() != null && !l.name().isBlank()
                        && (l instanceof dev.scalinglens.plot.spec.PointLayer
                                || l instanceof dev.scalinglens.plot.spec.LineLayer))
                .map(dev.scalinglens.plot.spec.Layer::name).distinct().toList();
    }

    public ObjectProperty<ColorBy> colorByProperty() {
        return colorBy;
    }

    public javafx.collections.ObservableList<String> getHiddenSeries() {
        return hiddenSeries;
    }

    /** Toggles an axis between log and linear. */
    public void toggleXScale() {
        xScale.set(flip(currentScale(true)));
    }

    public void toggleYScale() {
        yScale.set(flip(currentScale(false)));
    }

    private ScaleType currentScale(boolean x) {
        ScaleType override = x ? xScale.get() : yScale.get();
        if (override != null) {
            return override;
        }
        ChartSpec built = builtSpec.get();
        AxisSpec axis = built == null ? null : (x ? built.xAxis() : built.yAxis());
        return axis == null ? ScaleType.LINEAR : axis.scale();
    }

    private static ScaleType flip(ScaleType scale) {
        return switch (scale) {
            case LOG10 -> ScaleType.LINEAR;
            case LINEAR -> ScaleType.LOG10;
            case TIME -> ScaleType.TIME;
        };
    }

    /** Zoom in (factor &gt; 1) or out about the centre of what is shown. */
    public void zoom(double factor) {
        ChartSpec shown = spec.get();
        if (shown == null) {
            return;
        }
        Viewport from = viewport.get() != null ? viewport.get() : SpecBounds.of(shown).orElse(null);
        if (from != null) {
            viewport.set(SpecBounds.zoom(from, factor, shown.xAxis().scale() == ScaleType.LOG10,
                    shown.yAxis().scale() == ScaleType.LOG10));
        }
    }

    /** Pins these labels: one view change (one undo step) however many. */
    public void pin(java.util.Collection<String> ids) {
        asOneChange(() -> pinnedIds.addAll(List.copyOf(ids)));
    }

    /** Unpins every label: one view change. */
    public void unpinAll() {
        asOneChange(pinnedIds::clear);
    }

    /** Back to the builder's defaults and a fitted view. */
    public void resetSettings() {
        asOneChange(() -> {
            settings.set(registration.defaultSettings());
            xScale.set(null);
            yScale.set(null);
            labelsVisible.set(true);
            pinnedIds.clear();
            viewport.set(null);
            colorBy.set(ColorBy.FAMILY);
            hiddenSeries.clear();
        });
    }

    public ChartPageState state(ObjectMapper json) {
        return new ChartPageState(json.valueToTree(settings.get()), viewport.get(), xScale.get(), yScale.get(),
                labelsVisible.get(), List.copyOf(pinnedIds), colorBy.get() == ColorBy.FAMILY ? null : colorBy.get().key(),
                List.copyOf(hiddenSeries));
    }

    /**
     * Restores a saved page. Fields the saved settings lack take their defaults (a workspace saved before a
     * setting existed still restores); settings that cannot be read fall back to the defaults, and say so.
     */
    public void apply(ChartPageState state, ObjectMapper json) {
        S restored = registration.defaultSettings();
        if (state.settings() != null && !state.settings().isNull()) {
            try {
                restored = registration.settingsFromJson(state.settings());
            } catch (IllegalArgumentException e) {
                error.set("Saved settings of " + registration.title() + " were not understood; defaults used: "
                        + e.getMessage());
            }
        }
        S chosen = restored;
        asOneChange(() -> {
            settings.set(chosen);
            xScale.set(state.xScale());
            yScale.set(state.yScale());
            labelsVisible.set(state.labelsVisible());
            pinnedIds.clear();
            pinnedIds.addAll(state.pinnedIds());
            viewport.set(state.viewport());
            colorBy.set(ColorBy.fromKey(state.colorBy()));
            hiddenSeries.setAll(state.hiddenSeries());
        });
    }

    /** Values the settings component may take in the catalog the chart is drawn from (empty: free text). */
    public java.util.List<String> choicesFor(String component) {
        Catalog current = catalog.getValue();
        return current == null ? java.util.List.of() : registration.choices().choices(current, component);
    }

    /** How a settings value reads (a model's or a law's name for its id). */
    public String displayFor(String component, String value) {
        Catalog current = catalog.getValue();
        return current == null || value == null ? value : registration.choices().display(current, component, value);
    }

    /** The catalog this chart draws from now: filtered, or whole for a chart that does not follow the filters. */
    public Catalog catalogShown() {
        return catalog.getValue() == null ? Catalog.empty() : catalog.getValue();
    }

    public String id() {
        return registration.id();
    }

    public String title() {
        return registration.title();
    }

    public ObjectProperty<S> settingsProperty() {
        return settings;
    }

    public ObjectProperty<ScaleType> xScaleProperty() {
        return xScale;
    }

    public ObjectProperty<ScaleType> yScaleProperty() {
        return yScale;
    }

    public BooleanProperty labelsVisibleProperty() {
        return labelsVisible;
    }

    public ObjectProperty<Viewport> viewportProperty() {
        return viewport;
    }

    public ObservableSet<String> getPinnedIds() {
        return pinnedIds;
    }

    public ReadOnlyObjectProperty<ChartSpec> specProperty() {
        return spec.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}

package dev.scalinglens.app.main;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.scalinglens.app.charts.ChartPageState;
import dev.scalinglens.app.charts.ChartPageViewModel;
import dev.scalinglens.app.filters.FilterState;
import dev.scalinglens.app.filters.FilterViewModel;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.LongSupplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * Undo/redo of view changes, one history per window: filters, and per chart its settings, zoom/pan
 * viewport, pins, log/linear axes and labels. Selection, theme, font size and the page shown are not
 * part of it (they are not "what the chart says").
 *
 * <p>Every change is compared as a value ({@link ViewState}); a change that leaves the view as it was is
 * not a step. A burst of changes from one gesture is one step: changes from the same source (a chart's
 * viewport: wheel zoom, drag pan; the filters: typing in Search, dragging a range) that follow each other
 * within {@link #COALESCE_MILLIS} of the previous one extend the current step instead of making a new one.
 */
public final class ViewHistory {

    /** Changes of one source closer together than this are one gesture. */
    public static final long COALESCE_MILLIS = 1000;
    /** Oldest steps are forgotten beyond this. */
    static final int MAX_STEPS = 200;

    /** What undo restores: the filters and each chart page's state. */
    public record ViewState(FilterState filters, Map<String, ChartPageState> charts) {
        public ViewState {
            charts = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(charts));
        }
    }

    private final FilterViewModel filters;
    private final List<ChartPageViewModel<?>> charts;
    private final ObjectMapper json;
    private LongSupplier clockMillis = System::currentTimeMillis;

    private final Deque<ViewState> undo = new ArrayDeque<>();
    private final Deque<ViewState> redo = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(false);
    private ViewState current;
    private String lastSource;
    private long lastChangeMillis;
    private boolean restoring;
    private int suspended;

    ViewHistory(FilterViewModel filters, List<ChartPageViewModel<?>> charts, ObjectMapper json) {
        this.filters = filters;
        this.charts = List.copyOf(charts);
        this.json = json;
        this.current = capture();
        filters.stateProperty().addListener(o -> changed("filters"));
        for (ChartPageViewModel<?> chart : this.charts) {
            chart.addViewChangeListener(kind -> changed(chart.id() + ":" + kind));
        }
    }

    /** Tests give a clock of their own (no waiting). */
    void setClock(LongSupplier millis) {
        this.clockMillis = Objects.requireNonNull(millis);
    }

    private ViewState capture() {
        Map<String, ChartPageState> pages = new LinkedHashMap<>();
        for (ChartPageViewModel<?> chart : charts) {
            pages.put(chart.id(), chart.state(json));
        }
        return new ViewState(filters.stateProperty().get(), pages);
    }

    private static boolean coalesces(String source) {
        return source.equals("filters") || source.endsWith(":viewport");
    }

    private void changed(String source) {
        if (restoring || suspended > 0) {
            return;
        }
        ViewState now = capture();
        if (now.equals(current)) {
            return;
        }
        long t = clockMillis.getAsLong();
        boolean sameGesture = coalesces(source) && source.equals(lastSource)
                && t - lastChangeMillis <= COALESCE_MILLIS && !undo.isEmpty();
        if (sameGesture) {
            if (now.equals(undo.peek())) {
                undo.pop(); // the gesture came back to where it started: no step at all
                lastSource = null;
            }
        } else {
            undo.push(current);
            while (undo.size() > MAX_STEPS) {
                undo.removeLast();
            }
            lastSource = source;
        }
        lastChangeMillis = t;
        current = now;
        redo.clear();
        publish();
    }

    /**
     * Runs changes that are one step (opening a workspace, a figure, Defaults): nothing is recorded while
     * it runs, then whatever changed is one step.
     */
    public void asOneStep(Runnable changes) {
        suspended++;
        try {
            changes.run();
        } finally {
            suspended--;
        }
        if (suspended == 0) {
            lastSource = null;
            changed("step");
            lastSource = null;
        }
    }

    /** Forgets every step (the view restored at start-up is where history begins). */
    public void forget() {
        undo.clear();
        redo.clear();
        current = capture();
        lastSource = null;
        publish();
    }

    public void undo() {
        if (undo.isEmpty()) {
            return;
        }
        redo.push(current);
        restore(undo.pop());
    }

    public void redo() {
        if (redo.isEmpty()) {
            return;
        }
        undo.push(current);
        restore(redo.pop());
    }

    private void restore(ViewState target) {
        restoring = true;
        try {
            if (!Objects.equals(filters.stateProperty().get(), target.filters())) {
                filters.apply(target.filters());
            }
            for (ChartPageViewModel<?> chart : charts) {
                ChartPageState state = target.charts().get(chart.id());
                if (state != null && !state.equals(chart.state(json))) {
                    chart.apply(state, json);
                }
            }
        } finally {
            restoring = false;
        }
        current = capture();
        lastSource = null;
        publish();
    }

    private void publish() {
        canUndo.set(!undo.isEmpty());
        canRedo.set(!redo.isEmpty());
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }
}

package dev.scalinglens.app.export;

import dev.scalinglens.app.task.BackgroundTask;
import dev.scalinglens.app.task.CurrentThreadTaskExecutor;
import dev.scalinglens.app.task.TaskExecutor;
import dev.scalinglens.app.task.TaskHandle;
import dev.scalinglens.export.ChartView;
import dev.scalinglens.export.ExportException;
import dev.scalinglens.export.ExportFormat;
import dev.scalinglens.export.ExportOptions;
import dev.scalinglens.export.ExportPreset;
import dev.scalinglens.export.FigureExporter;
import dev.scalinglens.export.FigureRenderer;
import dev.scalinglens.export.SlideGeometry;
import dev.scalinglens.export.TextOverrides;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;

/**
 * State of the export dialog: preset, exact pixels, typed title/subtitle/footnote, live preview, and the
 * export command. Last choices live in an injected string map (the app backs it with its preferences).
 */
public final class ExportDialogViewModel {

    static final String PREF_PRESET = "export.preset";
    static final String PREF_CUSTOM_PIXELS = "export.customPixels";
    static final String PREF_PIXEL_WIDTH = "export.pixelWidth";
    static final String PREF_PIXEL_HEIGHT = "export.pixelHeight";
    /** Real, editable SVG text was chosen; absent or false: text as outlines, the default since issue 16. */
    static final String PREF_SVG_EDITABLE_TEXT = "export.svgEditableText";
    /** The slide layout mode for slide presets; absent: on (a "16:9 slide" is for presenting). */
    static final String PREF_SLIDE_LAYOUT = "export.slideLayout";

    /** Width of the preview picture in pixels: enough to judge labels, cheap to redraw. */
    static final double PREVIEW_WIDTH_PX = 480;

    private static final ExportPreset FALLBACK_PRESET = ExportPreset.ALL.get(0);

    private final ChartView view;
    private final FigureExporter exporter;
    private final FigureRenderer preview;
    private final Map<String, String> preferences;
    private final TaskExecutor executor;
    /** Newest preview request; an older render that finishes late is dropped. */
    private long previewGeneration;
    private TaskHandle previewTask;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private Path lastSaved;

    private final ObjectProperty<ExportPreset> preset = new SimpleObjectProperty<>();
    private final BooleanProperty customPixels = new SimpleBooleanProperty();
    private final IntegerProperty pixelWidth = new SimpleIntegerProperty();
    private final IntegerProperty pixelHeight = new SimpleIntegerProperty();
    private final BooleanProperty svgEditableText = new SimpleBooleanProperty();
    private final BooleanProperty slideLayout = new SimpleBooleanProperty();
    private final StringProperty title = new SimpleStringProperty();
    private final StringProperty subtitle = new SimpleStringProperty();
    private final StringProperty footnote = new SimpleStringProperty();

    private final ReadOnlyObjectWrapper<ExportOptions> options = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper sizeText = new ReadOnlyStringWrapper();
    private final ReadOnlyObjectWrapper<byte[]> previewPng = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper exactPixelsAvailable = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper svgTextChoiceAvailable = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper slideLayoutAvailable = new ReadOnlyBooleanWrapper();

    /**
     * @param title initial texts: the chart's own title, subtitle and footnote, overridden by the view's
     * @param preview draws the preview PNG (the same renderer as exports, at a small scale)
     */
    public ExportDialogViewModel(ChartView view, TextOverrides chartText, FigureExporter exporter,
                                 FigureRenderer preview, Map<String, String> preferences) {
        this(view, chartText, exporter, preview, preferences, new CurrentThreadTaskExecutor());
    }

    /** @param executor where previews and exports are drawn (the app's worker pool: never the FX thread) */
    public ExportDialogViewModel(ChartView view, TextOverrides chartText, FigureExporter exporter,
                                 FigureRenderer preview, Map<String, String> preferences, TaskExecutor executor) {
        this.executor = Objects.requireNonNull(executor);
        this.view = Objects.requireNonNull(view);
        this.exporter = Objects.requireNonNull(exporter);
        this.preview = Objects.requireNonNull(preview);
        this.preferences = Objects.requireNonNull(preferences);
        TextOverrides initial = view.text().orElse(chartText);
        title.set(initial.title());
        subtitle.set(initial.subtitle());
        footnote.set(initial.footnote());
        restoreChoices();
        slideLayoutAvailable.bind(Bindings.createBooleanBinding(this::slideLayoutApplies, preset, customPixels));
        ObservableValue<ExportOptions> derived = Bindings.createObjectBinding(this::computeOptions,
                preset, customPixels, pixelWidth, pixelHeight, svgEditableText, slideLayout, title, subtitle,
                footnote);
        options.bind(derived);
        sizeText.bind(Bindings.createStringBinding(this::describeSize, options));
        exactPixelsAvailable.bind(presetFormatIs(ExportFormat.PNG));
        svgTextChoiceAvailable.bind(presetFormatIs(ExportFormat.SVG));
    }

    private BooleanBinding presetFormatIs(ExportFormat format) {
        return Bindings.createBooleanBinding(() -> preset.get() != null && preset.get().format() == format, preset);
    }

    private void restoreChoices() {
        preset.set(ExportPreset.byId(preferences.getOrDefault(PREF_PRESET, "")).orElse(FALLBACK_PRESET));
        customPixels.set(Boolean.parseBoolean(preferences.get(PREF_CUSTOM_PIXELS)));
        pixelWidth.set(parsePositive(preferences.get(PREF_PIXEL_WIDTH), 1920));
        pixelHeight.set(parsePositive(preferences.get(PREF_PIXEL_HEIGHT), 1080));
        svgEditableText.set(Boolean.parseBoolean(preferences.get(PREF_SVG_EDITABLE_TEXT)));
        slideLayout.set(!"false".equals(preferences.get(PREF_SLIDE_LAYOUT)));
    }

    /**
     * The slide layout can be chosen for a slide-sized picture (PNG, SVG, PDF) at the preset's size; a PPTX
     * slide always has it, a square or exact pixels never.
     */
    private boolean slideLayoutApplies() {
        ExportPreset chosen = preset.get();
        return chosen != null && chosen.format() != ExportFormat.PPTX && chosen.size().slide().isPresent()
                && !(customPixels.get() && chosen.format() == ExportFormat.PNG);
    }

    private ExportOptions computeOptions() {
        ExportPreset chosen = preset.get() == null ? FALLBACK_PRESET : preset.get();
        try {
            ExportOptions base;
            if (customPixels.get() && chosen.format() == ExportFormat.PNG) {
                base = ExportOptions.exactPixels(pixelWidth.get(), pixelHeight.get());
            } else if (slideLayout.get() && slideLayoutApplies()) {
                // The whole slide at 1080p projector size, as `export --slide` draws it.
                base = SlideGeometry.fullSlideOptions(chosen.format(), chosen.size().slide().orElseThrow(),
                        chosen.pixelScale());
            } else {
                base = chosen.toOptions();
            }
            return base.withSvgTextAsPaths(!svgEditableText.get())
                    .withText(new TextOverrides(title.get(), subtitle.get(), footnote.get()));
        } catch (IllegalArgumentException e) {
            return null; // e.g. 0 or 40000 pixels typed: no options until the input is fixed
        }
    }

    private String describeSize() {
        ExportOptions current = options.get();
        if (current == null) {
            return "pixel size must be 1 to " + ExportOptions.MAX_PIXELS_PER_SIDE + " per side";
        }
        return switch (current.format()) {
            case PNG -> current.pixelWidth() + " × " + current.pixelHeight() + " px";
            case PPTX -> "16:9 slide, 13.333 × 7.5 in";
            case SVG, PDF -> Math.round(current.widthPx()) + " × " + Math.round(current.heightPx()) + ", vector";
        };
    }

    /** Redraws the preview for the current options (on the executor); errors go to {@link #messageProperty()}. */
    public void refreshPreview() {
        ExportOptions current = options.get();
        long generation = ++previewGeneration;
        if (previewTask != null) {
            previewTask.cancel();
            previewTask = null;
        }
        if (current == null) {
            previewPng.set(null);
            return;
        }
        double scale = PREVIEW_WIDTH_PX / current.widthPx();
        ExportOptions small = new ExportOptions(ExportFormat.PNG, current.widthPx(), current.heightPx(), scale,
                current.margins(), current.fontScale(), current.text(), false, current.slideLayout(), null);
        ChartView shown = view.withText(current.text());
        previewTask = executor.execute(BackgroundTask.of("Drawing export preview",
                        p -> preview.render(shown, ExportFormat.PNG, small))
                .onSuccess(png -> {
                    if (generation == previewGeneration) {
                        previewPng.set(png);
                        message.set("");
                    }
                })
                .onFailure(e -> {
                    if (generation == previewGeneration) {
                        previewPng.set(null);
                        message.set("Preview failed: " + e.getMessage());
                    }
                }));
    }

    /** Writes the file and remembers the choices; false (with a message) when it could not. */
    public boolean export(Path target) {
        ExportOptions current = options.get();
        if (current == null) {
            message.set(sizeText.get());
            return false;
        }
        try {
            exporter.export(view, current, target);
        } catch (ExportException e) {
            message.set(e.getMessage());
            return false;
        }
        saved(target);
        return true;
    }

    /**
     * Writes the file on the executor; {@code onSaved} runs after success. Failures leave a message;
     * {@link #busyProperty()} is true meanwhile.
     */
    public void exportInBackground(Path target, Runnable onSaved) {
        ExportOptions current = options.get();
        if (current == null) {
            message.set(sizeText.get());
            return;
        }
        busy.set(true);
        message.set("Writing " + target.getFileName() + "…");
        executor.execute(BackgroundTask.<Path>of("Exporting " + target.getFileName(), p -> {
                    exporter.export(view, current, target);
                    return target;
                })
                .onSuccess(written -> {
                    busy.set(false);
                    saved(written);
                    onSaved.run();
                })
                .onFailure(e -> {
                    busy.set(false);
                    message.set(e.getMessage() == null ? e.toString() : e.getMessage());
                })
                .onCancelled(() -> {
                    busy.set(false);
                    message.set("Export cancelled");
                }));
    }

    private void saved(Path target) {
        lastSaved = target;
        rememberChoices();
        message.set("Saved " + target.getFileName());
    }

    /** The file this dialog wrote last, if it wrote one (for the "Open" / "Show in folder" notice). */
    public java.util.Optional<Path> lastSaved() {
        return java.util.Optional.ofNullable(lastSaved);
    }

    /** True while an export is being written. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    private void rememberChoices() {
        preferences.put(PREF_PRESET, preset.get().id());
        preferences.put(PREF_CUSTOM_PIXELS, Boolean.toString(customPixels.get()));
        preferences.put(PREF_PIXEL_WIDTH, Integer.toString(pixelWidth.get()));
        preferences.put(PREF_PIXEL_HEIGHT, Integer.toString(pixelHeight.get()));
        preferences.put(PREF_SVG_EDITABLE_TEXT, Boolean.toString(svgEditableText.get()));
        preferences.put(PREF_SLIDE_LAYOUT, Boolean.toString(slideLayout.get()));
    }

    /** A file name for the save dialog: the chart id and the format's extension. */
    public String suggestedFileName() {
        ExportPreset chosen = preset.get() == null ? FALLBACK_PRESET : preset.get();
        return view.chartId() + "." + chosen.format().extension();
    }

    private static int parsePositive(String text, int fallback) {
        try {
            int value = Integer.parseInt(text);
            return value > 0 ? value : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    public ObjectProperty<ExportPreset> presetProperty() {
        return preset;
    }

    public BooleanProperty customPixelsProperty() {
        return customPixels;
    }

    public IntegerProperty pixelWidthProperty() {
        return pixelWidth;
    }

    public IntegerProperty pixelHeightProperty() {
        return pixelHeight;
    }

    /**
     * SVG text kept as text with the font embedded (selectable, editable; viewers that ignore the web font
     * substitute another). Off by default: text is drawn as glyph outlines, the same in every viewer.
     */
    public BooleanProperty svgEditableTextProperty() {
        return svgEditableText;
    }

    /**
     * The slide layout mode (projector-sized text, the top labels, a trimmed legend, title-safe margins) for
     * slide presets; on unless the user turned it off. See {@link #slideLayoutAvailableProperty()}.
     */
    public BooleanProperty slideLayoutProperty() {
        return slideLayout;
    }

    public ReadOnlyBooleanProperty slideLayoutAvailableProperty() {
        return slideLayoutAvailable.getReadOnlyProperty();
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty subtitleProperty() {
        return subtitle;
    }

    public StringProperty footnoteProperty() {
        return footnote;
    }

    public ReadOnlyObjectProperty<ExportOptions> optionsProperty() {
        return options.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty sizeTextProperty() {
        return sizeText.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<byte[]> previewPngProperty() {
        return previewPng.getReadOnlyProperty();
    }

    /** Exact pixel sizes apply to PNG presets only. */
    public ReadOnlyBooleanProperty exactPixelsAvailableProperty() {
        return exactPixelsAvailable.getReadOnlyProperty();
    }

    /** The SVG text choice (outlines or editable text) applies to SVG presets only. */
    public ReadOnlyBooleanProperty svgTextChoiceAvailableProperty() {
        return svgTextChoiceAvailable.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}

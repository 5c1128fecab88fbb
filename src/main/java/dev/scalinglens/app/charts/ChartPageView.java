package dev.scalinglens.app.charts;

import dev.scalinglens.app.selection.SelectionModel;
import dev.scalinglens.plot.Theme;
import dev.scalinglens.plot.spec.ScaleType;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;

/** One chart page: the surface, a toolbar of display options, and the chart's settings sheet. */
public final class ChartPageView<S extends Record> extends BorderPane {

    private final ChartPageViewModel<S> viewModel;
    private final ChartSurface surface;

    public ChartPageView(ChartPageViewModel<S> viewModel, ChartSurface surface, SelectionModel selection,
                         ObservableValue<Theme> theme) {
        this(viewModel, surface, selection, theme, null);
    }

    /** @param fontScale View › font size: the chart's text follows it (null: 1) */
    public ChartPageView(ChartPageViewModel<S> viewModel, ChartSurface surface, SelectionModel selection,
                         ObservableValue<Theme> theme, ObservableValue<Number> fontScale) {
        this.viewModel = viewModel;
        this.surface = surface;
        getStyleClass().add("chart-page");
        setId("chart-page-" + viewModel.id());

        surface.specProperty().bind(viewModel.specProperty());
        surface.viewportProperty().bindBidirectional(viewModel.viewportProperty());
        surface.themeProperty().bind(theme);
        if (fontScale != null) {
            surface.fontScaleProperty().bind(fontScale);
        }
        Bindings.bindContentBidirectional(surface.getSelectedIds(), selection.getSelectedIds());
        surface.highlightIdsProperty().bind(selection.highlightIdsProperty());
        Bindings.bindContentBidirectional(surface.getPinnedIds(), viewModel.getPinnedIds());

        surface.setOnLegendAction((name, isolate) -> {
            if (isolate) {
                viewModel.isolateSeries(name);
            } else {
                viewModel.toggleSeries(name);
            }
        });
        javafx.scene.control.ComboBox<dev.scalinglens.charts.ColorBy> colorBy = new javafx.scene.control.ComboBox<>(
                javafx.collections.FXCollections.observableArrayList(dev.scalinglens.charts.ColorBy.values()));
        colorBy.setId("color-by");
        colorBy.setTooltip(new javafx.scene.control.Tooltip("Colour the models by this field"));
        colorBy.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(dev.scalinglens.charts.ColorBy c) {
                return c == null ? "" : "Colour: " + c.label();
            }

            @Override
            public dev.scalinglens.charts.ColorBy fromString(String s) {
                return null;
            }
        });
        colorBy.valueProperty().bindBidirectional(viewModel.colorByProperty());
        // Only charts that draw catalog models (one series per family group) can be coloured by a field.
        Runnable colorByShown = () -> {
            var s = viewModel.specProperty().get();
            boolean models = s != null && s.layers().stream().anyMatch(l -> l.id().startsWith("family-"));
            colorBy.setVisible(models || colorBy.getValue() != dev.scalinglens.charts.ColorBy.FAMILY);
            colorBy.setManaged(colorBy.isVisible());
        };
        viewModel.specProperty().addListener(o -> colorByShown.run());
        colorByShown.run();
        ToggleButton xLog = scaleToggle("Log X", viewModel.xScaleProperty(), true);
        ToggleButton yLog = scaleToggle("Log Y", viewModel.yScaleProperty(), false);
        CheckBox labels = new CheckBox("Labels");
        labels.selectedProperty().bindBidirectional(viewModel.labelsVisibleProperty());
        Button pin = new Button("Pin selected");
        pin.setOnAction(e -> viewModel.pin(selection.getSelectedIds()));
        pin.disableProperty().bind(Bindings.isEmpty(selection.getSelectedIds()));
        Button unpin = new Button("Unpin all");
        unpin.setOnAction(e -> viewModel.unpinAll());
        unpin.disableProperty().bind(Bindings.isEmpty(viewModel.getPinnedIds()));
        Button reset = new Button("Reset view");
        reset.setOnAction(e -> surface.resetView());
        Button defaults = new Button("Defaults");
        defaults.setOnAction(e -> viewModel.resetSettings());
        ToggleButton showSettings = new ToggleButton("Settings");
        // Hidden at first: at 1280×800 the chart needs the width; one click shows the sheet.
        showSettings.setSelected(false);
        // Last, so a narrow window sends the colour choice to the overflow menu before Settings.
        setTop(new ToolBar(xLog, yLog, labels, pin, unpin, reset, defaults, showSettings, colorBy));

        Label error = new Label();
        error.getStyleClass().add("chart-error");
        error.textProperty().bind(viewModel.errorProperty());
        error.managedProperty().bind(viewModel.errorProperty().isNotEmpty());
        error.visibleProperty().bind(error.managedProperty());
        setBottom(error);

        // Until the chart has data (the catalog is still loading, or the filters leave nothing) say so,
        // rather than leave an empty pair of axes unexplained.
        Label empty = new Label("Nothing to draw yet: the catalog is loading, or the filters leave no models.");
        empty.getStyleClass().add("chart-empty");
        empty.setMouseTransparent(true);
        empty.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> viewModel.specProperty().get() == null || !viewModel.specProperty().get().hasData(),
                viewModel.specProperty()));
        setCenter(new StackPane(surface.node(), empty));
        ScrollPane sheet = new ScrollPane();
        sheet.setFitToWidth(true);
        // The sheet is built when first shown: it is the heaviest part of a page, and start-up rarely needs it.
        Runnable buildSheet = () -> {
            if (sheet.getContent() == null) {
                sheet.setContent(new SettingsSheet<>(viewModel.settingsProperty(), viewModel::choicesFor, viewModel::displayFor));
            }
        };
        showSettings.selectedProperty().addListener((o, was, shown) -> {
            if (shown) {
                buildSheet.run();
            }
        });
        if (showSettings.isSelected()) {
            buildSheet.run();
        }
        TitledPane settings = new TitledPane("Settings", sheet);
        settings.setCollapsible(false);
        // Names are capped in base.css (.property-pane > .label), so the fields get the rest of this width.
        // 360 px where there is room; on a narrow page (1024 px window, side panels open) the chart keeps more.
        settings.prefWidthProperty().bind(Bindings.max(260, Bindings.min(360, widthProperty().multiply(0.4))));
        settings.setMaxHeight(Double.MAX_VALUE);
        settings.managedProperty().bind(showSettings.selectedProperty());
        settings.visibleProperty().bind(showSettings.selectedProperty());
        setRight(settings);
    }

    /** Selected = log; the axis' built-in scale shows until the user toggles. */
    private ToggleButton scaleToggle(String text, javafx.beans.property.ObjectProperty<ScaleType> override, boolean x) {
        ToggleButton toggle = new ToggleButton(text);
        Runnable sync = () -> {
            var spec = viewModel.specProperty().get();
            var axis = spec == null ? null : (x ? spec.xAxis() : spec.yAxis());
            toggle.setSelected(axis != null && axis.scale() == ScaleType.LOG10);
            toggle.setDisable(axis == null || axis.scale() == ScaleType.TIME);
        };
        viewModel.specProperty().addListener(o -> sync.run());
        sync.run();
        toggle.setOnAction(e -> {
            if (x) {
                viewModel.toggleXScale();
            } else {
                viewModel.toggleYScale();
            }
        });
        return toggle;
    }

    public ChartSurface surface() {
        return surface;
    }
}

package dev.scalinglens.app.filters;

import dev.scalinglens.app.format.QuantityFormat;
import java.time.LocalDate;
import java.util.Set;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import org.controlsfx.control.CheckComboBox;
import org.controlsfx.control.RangeSlider;
import org.controlsfx.control.textfield.TextFields;

/** The filter panel: search, family, organisation, open weights, release-date and size ranges, count, reset. */
public final class FilterView extends VBox {

    private final FilterViewModel viewModel;
    private final TextField search = TextFields.createClearableTextField();

    public FilterView(FilterViewModel viewModel) {
        this.viewModel = viewModel;
        getStyleClass().add("filter-view");
        setSpacing(6);
        setPadding(new Insets(8));

        search.setId("search");
        search.setPromptText("Search models (Ctrl+F)");
        search.textProperty().bindBidirectional(viewModel.searchProperty());

        CheckBox searchFilters = new CheckBox("Search filters");
        searchFilters.setId("search-filters");
        searchFilters.setTooltip(new Tooltip(
                "On: the search hides the models it does not match. Off: it highlights its matches and fades the rest."));
        searchFilters.selectedProperty().bindBidirectional(viewModel.searchFiltersProperty());

        CheckComboBox<String> families = checkCombo("families", viewModel.getAvailableFamilies(), viewModel.getFamilies(),
                "All families");
        CheckComboBox<String> orgs = checkCombo("organizations", viewModel.getAvailableOrganizations(),
                viewModel.getOrganizations(), "All organizations");

        ChoiceBox<OpenWeightsFilter> open = new ChoiceBox<>();
        open.setId("open-weights");
        open.getItems().setAll(OpenWeightsFilter.values());
        open.valueProperty().bindBidirectional(viewModel.openWeightsProperty());
        open.setMaxWidth(Double.MAX_VALUE);

        Label dates = new Label();
        RangeSlider dateSlider = dateSlider(dates);
        Label sizes = new Label();
        RangeSlider sizeSlider = sizeSlider(sizes);

        Label count = new Label();
        count.setId("filter-count");
        count.getStyleClass().add("filter-count");
        count.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> viewModel.countTextProperty().get() + " models shown" + (viewModel.matchTextProperty().get().isEmpty()
                        ? "" : "; " + viewModel.matchTextProperty().get()),
                viewModel.countTextProperty(), viewModel.matchTextProperty()));
        count.setWrapText(true);
        Button reset = new Button("Reset filters");
        reset.setId("reset-filters");
        reset.setOnAction(e -> viewModel.reset());
        reset.setMaxWidth(Double.MAX_VALUE);

        getChildren().addAll(heading("Search"), search, searchFilters, heading("Family"), families, heading("Organization"), orgs,
                heading("Weights"), open, heading("Released"), dates, dateSlider, heading("Parameters"), sizes, sizeSlider,
                count, reset);
    }

    public TextField searchField() {
        return search;
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("filter-heading");
        return label;
    }

    /** Keeps the combo's checks and the view model's set equal, both ways. */
    private static CheckComboBox<String> checkCombo(String id, ObservableList<String> items, ObservableSet<String> chosen,
                                                    String allText) {
        CheckComboBox<String> combo = new CheckComboBox<>(items);
        combo.setId(id);
        combo.setTitle(allText);
        combo.setMaxWidth(Double.MAX_VALUE);
        boolean[] syncing = {false};
        Runnable toView = () -> {
            syncing[0] = true;
            // The skin redraws its text only when the checks change, reading the title then: set it first,
            // or Reset filters leaves the box blank.
            combo.setTitle(chosen.isEmpty() ? allText : null);
            combo.getCheckModel().clearChecks();
            chosen.forEach(v -> combo.getCheckModel().check(v));
            syncing[0] = false;
        };
        chosen.addListener((SetChangeListener<String>) c -> {
            if (!syncing[0]) {
                toView.run();
            }
        });
        items.addListener((ListChangeListener<String>) c -> toView.run());
        combo.getCheckModel().getCheckedItems().addListener((ListChangeListener<String>) c -> {
            if (syncing[0]) {
                return;
            }
            syncing[0] = true;
            Set<String> checked = Set.copyOf(combo.getCheckModel().getCheckedItems());
            chosen.retainAll(checked);
            chosen.addAll(checked);
            combo.setTitle(chosen.isEmpty() ? allText : null);
            syncing[0] = false;
        });
        toView.run();
        return combo;
    }

    /** Days since 1970 on the slider; either thumb at its end means "no bound". */
    private RangeSlider dateSlider(Label text) {
        RangeSlider slider = new RangeSlider();
        slider.setId("date-range");
        link(slider, () -> {
            DataBounds b = viewModel.boundsProperty().get();
            LocalDate from = viewModel.releasedFromProperty().get();
            LocalDate to = viewModel.releasedToProperty().get();
            show(slider, b.firstRelease().toEpochDay(), b.lastRelease().toEpochDay(),
                    from == null ? null : (double) from.toEpochDay(), to == null ? null : (double) to.toEpochDay());
            text.setText(label(from, b.firstRelease()) + " – " + label(to, b.lastRelease()));
        }, () -> {
            viewModel.releasedFromProperty().set(slider.getLowValue() <= slider.getMin() ? null
                    : LocalDate.ofEpochDay(Math.round(slider.getLowValue())));
            viewModel.releasedToProperty().set(slider.getHighValue() >= slider.getMax() ? null
                    : LocalDate.ofEpochDay(Math.round(slider.getHighValue())));
        }, viewModel.boundsProperty(), viewModel.releasedFromProperty(), viewModel.releasedToProperty());
        return slider;
    }

    /** Sets the slider's range and thumbs; a null bound puts its thumb at the end. */
    private static void show(RangeSlider slider, double min, double max, Double low, Double high) {
        slider.setMin(min);
        slider.setMax(max);
        slider.setHighValue(high == null ? max : high);
        slider.setLowValue(low == null ? min : low);
    }

    /** Two-way link between a range slider and view-model inputs, without echo loops. */
    private static void link(RangeSlider slider, Runnable modelToSlider, Runnable sliderToModel, Observable... modelSide) {
        boolean[] syncing = {false};
        Runnable toView = () -> {
            syncing[0] = true;
            try {
                modelToSlider.run();
            } finally {
                syncing[0] = false;
            }
        };
        InvalidationListener toModel = o -> {
            if (!syncing[0]) {
                sliderToModel.run();
            }
        };
        slider.lowValueProperty().addListener(toModel);
        slider.highValueProperty().addListener(toModel);
        for (Observable o : modelSide) {
            o.addListener(x -> toView.run());
        }
        toView.run();
    }

    private static String label(LocalDate bound, LocalDate fallback) {
        return (bound == null ? fallback : bound).toString();
    }

    /** log10(parameters) on the slider, labelled in SI. */
    private RangeSlider sizeSlider(Label text) {
        RangeSlider slider = new RangeSlider();
        slider.setId("parameter-range");
        slider.setMajorTickUnit(1);
        slider.setShowTickMarks(true);
        link(slider, () -> {
            DataBounds b = viewModel.boundsProperty().get();
            Double lo = viewModel.parametersLog10MinProperty().get();
            Double hi = viewModel.parametersLog10MaxProperty().get();
            show(slider, b.parametersLog10Min(), b.parametersLog10Max(), lo, hi);
            text.setText(QuantityFormat.si(Math.pow(10, lo == null ? b.parametersLog10Min() : lo))
                    + " – " + QuantityFormat.si(Math.pow(10, hi == null ? b.parametersLog10Max() : hi)));
        }, () -> {
            viewModel.parametersLog10MinProperty().set(slider.getLowValue() <= slider.getMin() ? null : slider.getLowValue());
            viewModel.parametersLog10MaxProperty().set(slider.getHighValue() >= slider.getMax() ? null : slider.getHighValue());
        }, viewModel.boundsProperty(), viewModel.parametersLog10MinProperty(), viewModel.parametersLog10MaxProperty());
        return slider;
    }
}

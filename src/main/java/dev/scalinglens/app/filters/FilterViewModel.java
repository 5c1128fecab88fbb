package dev.scalinglens.app.filters;

import dev.scalinglens.catalog.Catalog;
import dev.scalinglens.catalog.ModelRecord;
import java.time.LocalDate;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Predicate;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;

/**
 * One set of filters for every chart and the table. Inputs are the writable properties; the output is
 * {@link #filteredCatalogProperty()}: the source catalog with only the models that pass.
 */
public final class FilterViewModel {

    private final ObservableValue<Catalog> source;

    private final ObservableSet<String> families = FXCollections.observableSet();
    private final ObservableSet<String> organizations = FXCollections.observableSet();
    private final ObjectProperty<OpenWeightsFilter> openWeights = new SimpleObjectProperty<>(OpenWeightsFilter.ANY);
    private final ObjectProperty<LocalDate> releasedFrom = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> releasedTo = new SimpleObjectProperty<>();
    private final ObjectProperty<Double> parametersLog10Min = new SimpleObjectProperty<>();
    private final ObjectProperty<Double> parametersLog10Max = new SimpleObjectProperty<>();
    private final StringProperty search = new SimpleStringProperty("");
    private final javafx.beans.property.BooleanProperty searchFilters = new javafx.beans.property.SimpleBooleanProperty(false);
    /** Ids of the shown models the search matches while it highlights; null when nothing is highlighted. */
    private final ReadOnlyObjectWrapper<java.util.Set<String>> searchHighlight = new ReadOnlyObjectWrapper<>();

    private final ObservableList<String> availableFamilies = FXCollections.observableArrayList();
    /** Held here: an unmodifiable wrapper made per call would be collected with its listeners. */
    private final ObservableList<String> readOnlyFamilies = FXCollections.unmodifiableObservableList(availableFamilies);
    private final ObservableList<String> availableOrganizations = FXCollections.observableArrayList();
    /** Held here: an unmodifiable wrapper made per call would be collected with its listeners. */
    private final ObservableList<String> readOnlyOrganizations = FXCollections.unmodifiableObservableList(availableOrganizations);
    private final ReadOnlyObjectWrapper<DataBounds> bounds = new ReadOnlyObjectWrapper<>(DataBounds.of(Catalog.empty()));
    private final ReadOnlyObjectWrapper<FilterState> state = new ReadOnlyObjectWrapper<>(FilterState.none());
    private final ReadOnlyObjectWrapper<Catalog> filteredCatalog = new ReadOnlyObjectWrapper<>(Catalog.empty());
    private final ReadOnlyIntegerWrapper shownCount = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper totalCount = new ReadOnlyIntegerWrapper();
    private final ReadOnlyStringWrapper countText = new ReadOnlyStringWrapper("0 of 0");
    /** While a search highlights: how many of the shown models match it ("2 match the search"); else empty. */
    private final ReadOnlyStringWrapper matchText = new ReadOnlyStringWrapper("");

    public FilterViewModel(ObservableValue<Catalog> source) {
        this.source = Objects.requireNonNull(source);
        source.addListener((obs, old, catalog) -> onSourceChanged());
        Observable[] inputs = {families, organizations, openWeights, releasedFrom, releasedTo,
                parametersLog10Min, parametersLog10Max, search, searchFilters};
        for (Observable input : inputs) {
            input.addListener(o -> recompute());
        }
        onSourceChanged();
    }

    private void onSourceChanged() {
        Catalog catalog = source.getValue() == null ? Catalog.empty() : source.getValue();
        availableFamilies.setAll(distinct(catalog, ModelRecord::family));
        availableOrganizations.setAll(distinct(catalog, ModelRecord::organization));
        bounds.set(DataBounds.of(catalog));
        recompute();
    }

    private static TreeSet<String> distinct(Catalog catalog, java.util.function.Function<ModelRecord, String> key) {
        TreeSet<String> values = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        catalog.models().stream().map(key).filter(Objects::nonNull).forEach(values::add);
        return values;
    }

    private void recompute() {
        FilterState now = new FilterState(families, organizations, openWeights.get(), releasedFrom.get(),
                releasedTo.get(), parametersLog10Min.get(), parametersLog10Max.get(), search.get(),
                searchFilters.get());
        state.set(now);
        Catalog catalog = source.getValue() == null ? Catalog.empty() : source.getValue();
        Predicate<ModelRecord> predicate = now.toPredicate();
        Catalog filtered = new Catalog(catalog.schema(), catalog.sources(),
                catalog.models().stream().filter(predicate).toList(), catalog.hardware(),
                catalog.experiments(), catalog.inferenceRuns(), catalog.lossLaws());
        shownCount.set(filtered.models().size());
        totalCount.set(catalog.models().size());
        countText.set(filtered.models().size() + " of " + catalog.models().size());
        java.util.Set<String> matches = now.highlighting() ? filtered.models().stream().filter(now::searchMatches)
                .map(ModelRecord::id).collect(java.util.stream.Collectors.toUnmodifiableSet()) : null;
        searchHighlight.set(matches);
        matchText.set(matches == null ? "" : matches.isEmpty() ? "none match the search"
                : matches.size() == 1 ? "1 matches the search" : matches.size() + " match the search");
        filteredCatalog.set(filtered);
    }

    /** Sets every filter at once (opening a workspace). */
    public void apply(FilterState s) {
        families.clear();
        families.addAll(s.families());
        organizations.clear();
        organizations.addAll(s.organizations());
        openWeights.set(s.openWeights());
        releasedFrom.set(s.releasedFrom());
        releasedTo.set(s.releasedTo());
        parametersLog10Min.set(s.parametersLog10Min());
        parametersLog10Max.set(s.parametersLog10Max());
        search.set(s.search());
        searchFilters.set(s.searchFilters());
    }

    /** One click: show everything again (whether the search filters or highlights is a preference and stays). */
    public void reset() {
        boolean filtersBySearch = searchFilters.get();
        apply(FilterState.none());
        searchFilters.set(filtersBySearch);
    }

    /** True: the search hides what it does not match; false: it highlights its matches. */
    public javafx.beans.property.BooleanProperty searchFiltersProperty() {
        return searchFilters;
    }

    /** Ids of the shown models the search matches while it highlights (null: no highlight). */
    public javafx.beans.property.ReadOnlyObjectProperty<java.util.Set<String>> searchHighlightProperty() {
        return searchHighlight.getReadOnlyProperty();
    }

    public ObservableSet<String> getFamilies() {
        return families;
    }

    public ObservableSet<String> getOrganizations() {
        return organizations;
    }

    public ObjectProperty<OpenWeightsFilter> openWeightsProperty() {
        return openWeights;
    }

    public ObjectProperty<LocalDate> releasedFromProperty() {
        return releasedFrom;
    }

    public ObjectProperty<LocalDate> releasedToProperty() {
        return releasedTo;
    }

    public ObjectProperty<Double> parametersLog10MinProperty() {
        return parametersLog10Min;
    }

    public ObjectProperty<Double> parametersLog10MaxProperty() {
        return parametersLog10Max;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObservableList<String> getAvailableFamilies() {
        return readOnlyFamilies;
    }

    public ObservableList<String> getAvailableOrganizations() {
        return readOnlyOrganizations;
    }

    public ReadOnlyObjectProperty<DataBounds> boundsProperty() {
        return bounds.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<FilterState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Catalog> filteredCatalogProperty() {
        return filteredCatalog.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty shownCountProperty() {
        return shownCount.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty totalCountProperty() {
        return totalCount.getReadOnlyProperty();
    }

    /** "N of M". */
    public ReadOnlyStringProperty countTextProperty() {
        return countText.getReadOnlyProperty();
    }

    /** "2 match the search" while a search highlights (rather than filters); empty otherwise. */
    public ReadOnlyStringProperty matchTextProperty() {
        return matchText.getReadOnlyProperty();
    }
}

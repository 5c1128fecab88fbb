package dev.scalinglens.app.filters;

import dev.scalinglens.catalog.ModelRecord;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Every filter setting as one immutable value (saved in workspaces). Null bounds and empty sets mean
 * "no restriction".
 *
 * @param parametersLog10Min lower bound on log10(total parameters), or null
 * @param parametersLog10Max upper bound on log10(total parameters), or null
 * @param searchFilters      true: the search hides the models it does not match (the old behaviour); false (default):
 *                           every model stays, the matches are highlighted and the rest faded
 */
public record FilterState(
        Set<String> families,
        Set<String> organizations,
        OpenWeightsFilter openWeights,
        LocalDate releasedFrom,
        LocalDate releasedTo,
        Double parametersLog10Min,
        Double parametersLog10Max,
        String search,
        boolean searchFilters) {

    public FilterState(Set<String> families, Set<String> organizations, OpenWeightsFilter openWeights,
                       LocalDate releasedFrom, LocalDate releasedTo, Double parametersLog10Min,
                       Double parametersLog10Max, String search) {
        this(families, organizations, openWeights, releasedFrom, releasedTo, parametersLog10Min, parametersLog10Max,
                search, false);
    }

    public FilterState {
        families = families == null ? Set.of() : Set.copyOf(families);
        organizations = organizations == null ? Set.of() : Set.copyOf(organizations);
        openWeights = openWeights == null ? OpenWeightsFilter.ANY : openWeights;
        search = search == null ? "" : search;
    }

    public static FilterState none() {
        return new FilterState(Set.of(), Set.of(), OpenWeightsFilter.ANY, null, null, null, null, "");
    }

    /**
     * The predicate these settings describe. A model lacking the value a bound tests (no date, no
     * parameter count) is hidden only while that bound is set. The search takes part only when it filters.
     */
    public Predicate<ModelRecord> toPredicate() {
        String needle = searchFilters ? search.strip().toLowerCase(Locale.ROOT) : "";
        return m -> (families.isEmpty() || families.contains(m.family()))
                && (organizations.isEmpty() || organizations.contains(m.organization()))
                && openWeights.accepts(m.openWeights())
                && (releasedFrom == null || (m.releaseDate() != null && !m.releaseDate().isBefore(releasedFrom)))
                && (releasedTo == null || (m.releaseDate() != null && !m.releaseDate().isAfter(releasedTo)))
                && withinLog10(m, parametersLog10Min, parametersLog10Max)
                && (needle.isEmpty() || matches(m, needle));
    }

    /** True while the search highlights instead of filtering and has text. */
    public boolean highlighting() {
        return !searchFilters && !search.isBlank();
    }

    /** Whether {@code m} matches the search (id, name, family or organisation, ignoring case). */
    public boolean searchMatches(ModelRecord m) {
        String needle = search.strip().toLowerCase(Locale.ROOT);
        return needle.isEmpty() || matches(m, needle);
    }

    private static boolean withinLog10(ModelRecord m, Double min, Double max) {
        if (min == null && max == null) {
            return true;
        }
        if (m.parameters() == null || !(m.parameters().value() > 0)) {
            return false;
        }
        double log = Math.log10(m.parameters().value());
        return (min == null || log >= min) && (max == null || log <= max);
    }

    private static boolean matches(ModelRecord m, String needle) {
        for (String field : new String[] {m.id(), m.name(), m.family(), m.organization()}) {
            if (field != null && field.toLowerCase(Locale.ROOT).contains(needle)) {
                return true;
            }
        }
        return false;
    }
}

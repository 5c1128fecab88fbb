package dev.scalinglens.charts;

/**
 * Settings whose unset (null) component stands for a value supplied elsewhere (a preset's field): the value the
 * chart then uses, so a settings editor shows it instead of a blank box. The record still stores null, so
 * choosing another preset changes the value shown.
 */
public interface ShownDefaults {

    /** The value used for the component while it is null, or null when there is none. */
    Object shownDefault(String component);
}

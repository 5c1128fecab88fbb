package dev.scalinglens.science.trends;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One dated value to fit: a model's (or accelerator's) figure at its release date.
 *
 * @param id        the record's id (model or hardware id)
 * @param name      display name
 * @param date      release (publication) date
 * @param value     the figure, in the field's unit, finite and positive
 * @param estimated true when the value is an estimate (derived or marked estimated by its source)
 * @param source    where the value comes from (citation key or URL), or null
 * @param note      how it was estimated, or null
 * @param group     the group it belongs to when fits are grouped; "All" otherwise
 */
public record TrendPoint(String id, String name, LocalDate date, double value, boolean estimated, String source,
                         String note, String group) {

    public TrendPoint {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(date, "date");
        if (!(value > 0) || !Double.isFinite(value)) {
            throw new IllegalArgumentException(id + ": a trend value must be finite and positive, got " + value);
        }
        group = group == null ? "All" : group;
    }

    /** A point with no provenance, for tests and synthetic data. */
    public static TrendPoint of(String id, LocalDate date, double value) {
        return new TrendPoint(id, id, date, value, false, null, null, null);
    }

    /** Decimal years since 1970-01-01 (365.25 days a year): the fit's x. */
    public double years() {
        return date.toEpochDay() / TrendFit.DAYS_PER_YEAR;
    }

    public TrendPoint withGroup(String newGroup) {
        return new TrendPoint(id, name, date, value, estimated, source, note, newGroup);
    }
}

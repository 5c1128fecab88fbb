package dev.scalinglens.charts.trends;

import dev.scalinglens.charts.SettingRange;
import dev.scalinglens.charts.ShownDefaults;
import dev.scalinglens.science.trends.TrendField;
import dev.scalinglens.science.trends.TrendGrouping;
import dev.scalinglens.science.trends.TrendOptions;
import java.time.LocalDate;

/**
 * What-if controls of the trends chart.
 *
 * @param preset              a published framing (field, window, model set), or NONE
 * @param field               the field drawn, or null for the preset's (parameters without one)
 * @param fitFrom             first release date fitted, or null for the preset's (any)
 * @param fitTo               last release date fitted, or null for the preset's (any)
 * @param frontierOnly        fit only record setters (running maximum); on whenever the preset says so
 * @param groupBy             fits side by side by organisation, open weights or era
 * @param splitDate           the era split, or null for 2022-11-30
 * @param compareToLatest     with a fit window that ends, also fit from its start to the latest release and show
 *                            that beside (what the window does to the rate)
 * @param bootstrapReplicates resamples for a bootstrap interval beside the t interval; 0 for none
 * @param seed                bootstrap seed
 */
public record TrendsSettings(TrendPreset preset, TrendField field, LocalDate fitFrom, LocalDate fitTo,
                             boolean frontierOnly, TrendGrouping groupBy, LocalDate splitDate,
                             boolean compareToLatest,
                             @SettingRange(min = 0,
                                     max = TrendOptions.MAX_BOOTSTRAP_REPLICATES) int bootstrapReplicates,
                             long seed)
        implements ShownDefaults {

    public TrendsSettings {
        preset = preset == null ? TrendPreset.NONE : preset;
        groupBy = groupBy == null ? TrendGrouping.NONE : groupBy;
        if (bootstrapReplicates < 0 || bootstrapReplicates > TrendOptions.MAX_BOOTSTRAP_REPLICATES) {
            throw new IllegalArgumentException("bootstrapReplicates must be 0 to "
                    + TrendOptions.MAX_BOOTSTRAP_REPLICATES + ", got " + bootstrapReplicates);
        }
        if (fitFrom != null && fitTo != null && fitFrom.isAfter(fitTo)) {
            throw new IllegalArgumentException("fit window starts (" + fitFrom + ") after it ends (" + fitTo + ")");
        }
    }

    /** Parameters of every model against release date, one fit over all dates. */
    public static TrendsSettings defaults() {
        return new TrendsSettings(TrendPreset.NONE, null, null, null, false, TrendGrouping.NONE, null, false, 0, 1L);
    }

    public static TrendsSettings of(TrendPreset preset) {
        return new TrendsSettings(preset, null, null, null, false, TrendGrouping.NONE, null,
                preset == TrendPreset.FRONTIER_PARAMETERS, 0, 1L);
    }

    public TrendField effectiveField() {
        return field != null ? field : preset.field() != null ? preset.field() : TrendField.PARAMETERS;
    }

    /**
     * The field box shows the field drawn (the preset's) when none is chosen, not a blank; the date boxes show
     * the preset's fit window while it applies (Notable compute: from 2010-01-01).
     */
    @Override
    public Object shownDefault(String component) {
        return switch (component) {
            case "field" -> effectiveField();
            case "fitFrom" -> presetApplies() ? preset.from() : null;
            case "fitTo" -> presetApplies() ? preset.to() : null;
            default -> null;
        };
    }

    /** The preset applies only to its own field: choosing another field drops its window and model set. */
    boolean presetApplies() {
        return preset != TrendPreset.NONE && preset.field() == effectiveField();
    }

    public TrendOptions toOptions() {
        boolean p = presetApplies();
        LocalDate from = fitFrom != null ? fitFrom : p ? preset.from() : null;
        LocalDate to = fitTo != null ? fitTo : p ? preset.to() : null;
        return new TrendOptions(effectiveField(), from, to, frontierOnly || (p && preset.frontierOnly()), groupBy,
                splitDate, 6, bootstrapReplicates, seed);
    }

    public TrendsSettings withField(TrendField newField) {
        return new TrendsSettings(preset, newField, fitFrom, fitTo, frontierOnly, groupBy, splitDate,
                compareToLatest, bootstrapReplicates, seed);
    }

    public TrendsSettings withGroupBy(TrendGrouping grouping) {
        return new TrendsSettings(preset, field, fitFrom, fitTo, frontierOnly, grouping, splitDate, compareToLatest,
                bootstrapReplicates, seed);
    }

    public TrendsSettings withFitWindow(LocalDate from, LocalDate to) {
        return new TrendsSettings(preset, field, from, to, frontierOnly, groupBy, splitDate, compareToLatest,
                bootstrapReplicates, seed);
    }
}

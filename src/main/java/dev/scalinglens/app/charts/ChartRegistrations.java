package dev.scalinglens.app.charts;

import dev.scalinglens.catalog.Catalog;
import dev.scalinglens.catalog.HardwareRecord;
import dev.scalinglens.catalog.ModelRecord;
import dev.scalinglens.charts.ChartKind;
import java.util.Arrays;
import java.util.List;

/** The app's chart pages: one per {@link ChartKind}, in the registry's order. */
public final class ChartRegistrations {

    private ChartRegistrations() {
    }

    public static List<ChartRegistration<?>> all() {
        return Arrays.stream(ChartKind.values()).<ChartRegistration<?>>map(ChartRegistrations::of).toList();
    }

    @SuppressWarnings("unchecked")
    public static <S extends Record> ChartRegistration<S> of(ChartKind kind) {
        Class<S> type = (Class<S>) kind.settingsType();
        return new ChartRegistration<>(kind.id(), kind.displayName(), type, (S) kind.defaultSettings(),
                kind::build, kind == ChartKind.PARETO ? ChartRegistrations::paretoChoices
                        : ChartRegistration.SettingChoices.NONE, kind.followsFilters());
    }

    /** Decode Pareto: the model is one with an architecture (the roofline needs it); hardware from the catalog. */
    static List<String> paretoChoices(Catalog catalog, String component) {
        return switch (component) {
            case "modelId" -> catalog.models().stream().filter(m -> m.architecture() != null)
                    .map(ModelRecord::id).sorted().toList();
            case "hardwareIds" -> catalog.hardware().stream().map(HardwareRecord::id).sorted().toList();
            default -> List.of();
        };
    }
}

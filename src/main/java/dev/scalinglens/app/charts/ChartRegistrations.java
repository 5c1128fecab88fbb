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
                kind::build, CATALOG_CHOICES, kind.followsFilters());
    }

    /** Ids the settings name, offered from the catalog and shown by name ("Loss law: Hoffmann et al. 2022"). */
    static final ChartRegistration.SettingChoices CATALOG_CHOICES = new ChartRegistration.SettingChoices() {
        @Override
        public List<String> choices(Catalog catalog, String component) {
            return switch (component) {
                case "lossLawId" -> catalog.lossLaws().stream().map(dev.scalinglens.catalog.LossLaw::id).toList();
                case "experimentId" -> catalog.experiments().stream().map(dev.scalinglens.catalog.Experiment::id).toList();
                default -> paretoChoices(catalog, component);
            };
        }

        @Override
        public String display(Catalog catalog, String component, String value) {
            java.util.Optional<String> name = switch (component) {
                case "lossLawId" -> catalog.lossLaws().stream().filter(l -> l.id().equals(value)).findFirst()
                        .map(dev.scalinglens.catalog.LossLaw::name);
                case "experimentId" -> catalog.experiments().stream().filter(e -> e.id().equals(value)).findFirst()
                        .map(dev.scalinglens.catalog.Experiment::name);
                case "modelId" -> catalog.models().stream().filter(m -> m.id().equals(value)).findFirst()
                        .map(ModelRecord::name);
                case "hardwareIds" -> catalog.hardware().stream().filter(h -> h.id().equals(value)).findFirst()
                        .map(HardwareRecord::name);
                default -> java.util.Optional.empty();
            };
            return name.filter(n -> !n.isBlank()).orElse(value);
        }
    };

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

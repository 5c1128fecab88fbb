package dev.scalinglens.charts;

import dev.scalinglens.catalog.Catalog;
import dev.scalinglens.catalog.Experiment;
import dev.scalinglens.catalog.HardwareRecord;
import dev.scalinglens.catalog.LossLaw;
import dev.scalinglens.catalog.ModelRecord;
import java.util.List;
import java.util.Optional;

/** Ids the settings name, offered from the catalog and shown by name ("Loss law: Hoffmann et al. 2022"). */
public final class CatalogChoices implements ChartDefinition.SettingChoices {

    /** Loss laws and experiments; names for those and for models and hardware. */
    public static final CatalogChoices CATALOG = new CatalogChoices(ChartDefinition.SettingChoices.NONE);

    private final ChartDefinition.SettingChoices more;

    private CatalogChoices(ChartDefinition.SettingChoices more) {
        this.more = more;
    }

    /** These choices, then {@code more} for the components they do not know. */
    public static CatalogChoices with(ChartDefinition.SettingChoices more) {
        return new CatalogChoices(more);
    }

    @Override
    public List<String> choices(Catalog catalog, String component) {
        return switch (component) {
            case "lossLawId" -> catalog.lossLaws().stream().map(LossLaw::id).toList();
            case "experimentId" -> catalog.experiments().stream().map(Experiment::id).toList();
            default -> more.choices(catalog, component);
        };
    }

    @Override
    public String display(Catalog catalog, String component, String value) {
        Optional<String> name = switch (component) {
            case "lossLawId" -> catalog.lossLaws().stream().filter(l -> l.id().equals(value)).findFirst()
                    .map(LossLaw::name);
            case "experimentId" -> catalog.experiments().stream().filter(e -> e.id().equals(value)).findFirst()
                    .map(Experiment::name);
            case "modelId" -> catalog.models().stream().filter(m -> m.id().equals(value)).findFirst()
                    .map(ModelRecord::name);
            case "hardwareIds" -> catalog.hardware().stream().filter(h -> h.id().equals(value)).findFirst()
                    .map(HardwareRecord::name);
            default -> Optional.empty();
        };
        return name.filter(n -> !n.isBlank()).orElse(value);
    }
}

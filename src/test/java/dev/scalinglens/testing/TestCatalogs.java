package dev.scalinglens.testing;

import dev.scalinglens.catalog.BenchmarkScore;
import dev.scalinglens.catalog.Catalog;
import dev.scalinglens.catalog.LossLaw;
import dev.scalinglens.catalog.ModelRecord;
import dev.scalinglens.catalog.Quantity;
import dev.scalinglens.catalog.Source;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A small hand-made catalog for chart and density tests. Parameter and token counts and 5-shot MMLU are
 * the figures of each model's paper (Hoffmann et al. 2022; Touvron et al. 2023a, b; Jiang et al. 2023,
 * 2024; Hu et al. 2024 for MiniCPM); Mixtral's tokens are not published and are marked estimated here to
 * exercise hollow markers.
 */
public final class TestCatalogs {

    public static final LossLaw HOFFMANN = new LossLaw("hoffmann", "Hoffmann et al. 2022 (Approach 3)",
            1.69, 406.4, 410.7, 0.34, 0.28, "hoffmann2022");
    public static final LossLaw EPOCH = new LossLaw("epoch", "Besiroglu et al. 2024 (Epoch AI re-fit)",
            1.8172, 482.01, 2085.43, 0.3478, 0.3658, "besiroglu2024");

    private TestCatalogs() {
    }

    public static Catalog small() {
        List<ModelRecord> models = new ArrayList<>();
        models.add(model("chinchilla-70b", "Chinchilla", "Chinchilla", "DeepMind", "2022-03-29", 70e9, null, 1.4e12, false,
                67.5, "hoffmann2022"));
        models.add(model("llama-7b", "LLaMA-7B", "LLaMA", "Meta", "2023-02-24", 6.7e9, null, 1.0e12, false, 35.1,
                "touvron2023a"));
        models.add(model("llama-13b", "LLaMA-13B", "LLaMA", "Meta", "2023-02-24", 13.0e9, null, 1.0e12, false, 46.9,
                "touvron2023a"));
        models.add(model("llama-33b", "LLaMA-33B", "LLaMA", "Meta", "2023-02-24", 32.5e9, null, 1.4e12, false, 57.8,
                "touvron2023a"));
        models.add(model("llama-65b", "LLaMA-65B", "LLaMA", "Meta", "2023-02-24", 65.2e9, null, 1.4e12, false, 63.4,
                "touvron2023a"));
        models.add(model("llama-2-7b", "Llama 2 7B", "Llama 2", "Meta", "2023-07-18", 7e9, null, 2e12, false, 45.3,
                "touvron2023b"));
        models.add(model("llama-2-13b", "Llama 2 13B", "Llama 2", "Meta", "2023-07-18", 13e9, null, 2e12, false, 54.8,
                "touvron2023b"));
        models.add(model("llama-2-70b", "Llama 2 70B", "Llama 2", "Meta", "2023-07-18", 70e9, null, 2e12, false, 68.9,
                "touvron2023b"));
        models.add(model("mistral-7b", "Mistral 7B", "Mistral", "Mistral AI", "2023-09-27", 7.3e9, null, Double.NaN, false,
                60.1, "jiang2023"));
        models.add(model("mixtral-8x7b", "Mixtral 8x7B", "Mistral", "Mistral AI", "2023-12-11", 46.7e9, 12.9e9, 8e12, true,
                70.6, "jiang2024"));
        models.add(model("minicpm-2.4b", "MiniCPM-2.4B", "MiniCPM", "OpenBMB", "2024-02-01", 2.4e9, null, Double.NaN, false,
                53.5, "hu2024"));
        Map<String, Source> sources = Map.of(
                "hoffmann2022", new Source("hoffmann2022", "Hoffmann et al. 2022. Training Compute-Optimal Large Language Models.", "https://arxiv.org/abs/2203.15556"),
                "touvron2023a", new Source("touvron2023a", "Touvron et al. 2023. LLaMA: Open and Efficient Foundation Language Models.", "https://arxiv.org/abs/2302.13971"));
        return new Catalog(Catalog.SCHEMA, sources, models, List.of(), List.of(), List.of(), List.of(HOFFMANN, EPOCH));
    }

    public static Catalog withoutLossLaws() {
        Catalog c = small();
        return new Catalog(c.schema(), c.sources(), c.models(), List.of(), List.of(), List.of(), List.of());
    }

    public static ModelRecord model(String id, String name, String family, String organization, String released,
                                    double parameters, Double activeParameters, double tokens, boolean tokensEstimated,
                                    double mmlu, String source) {
        Quantity tokenQuantity = Double.isNaN(tokens) ? null
                : tokensEstimated ? Quantity.estimated(tokens, "test", "test value for hollow markers")
                : Quantity.reported(tokens);
        List<BenchmarkScore> scores = Double.isNaN(mmlu) ? List.of()
                : List.of(new BenchmarkScore("mmlu", "5-shot", Quantity.reported(mmlu)));
        return new ModelRecord(id, name, family, organization, LocalDate.parse(released), Quantity.reported(parameters),
                activeParameters == null ? null : Quantity.reported(activeParameters), tokenQuantity, true, null,
                scores, source, null);
    }
}

package dev.scalinglens.catalog.io;

import dev.scalinglens.catalog.Architecture;
import dev.scalinglens.catalog.BenchmarkScore;
import dev.scalinglens.catalog.ModelRecord;
import dev.scalinglens.catalog.ModelSizeInName;
import dev.scalinglens.catalog.NumberText;
import dev.scalinglens.catalog.Quantity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Decodes one entry of a catalog's "models" with its architecture and benchmark scores, checking every field. */
final class ModelRecordDecoder {

    private static final Set<String> MODEL = Set.of("id", "name", "family", "organization", "releaseDate",
            "parameters", "activeParameters", "trainingTokens", "openWeights", "architecture", "benchmarks",
            "source", "notes", "trainingComputeFlop", "country", "accessibility", "trainingHardware",
            "trainingChipHours", "trainingCostUsd2023", "confidence", "notability", "url",
            "inputPriceUsdPerMillionTokens", "outputPriceUsdPerMillionTokens");
    private static final Set<String> ARCHITECTURE = Set.of("layers", "hiddenSize", "attentionHeads", "kvHeads",
            "headDim", "kvLoraRank", "qkRopeHeadDim", "experts", "expertsPerToken", "sharedExperts",
            "contextLengthTokens", "vocabularySize", "source");
    private static final Set<String> BENCHMARK = Set.of("benchmark", "setting", "scorePercent", "kind",
            "shots");

    private ModelRecordDecoder() {
    }

    static ModelRecord decode(JsonNode node, String path, DecodeContext context) {
        ObjectView o = ObjectView.of(node, path, context, MODEL);
        if (o == null) {
            return null;
        }
        String id = o.slug("id", true);
        String name = o.string("name", true);
        String family = o.string("family", false);
        String organization = o.string("organization", false);
        LocalDate released = o.date("releaseDate");
        Quantity parameters = o.positiveQuantity("parameters");
        Quantity active = o.positiveQuantity("activeParameters");
        Quantity tokens = o.positiveQuantity("trainingTokens");
        Boolean open = o.bool("openWeights");
        JsonNode archNode = o.get("architecture");
        Architecture architecture = archNode == null ? null : architecture(archNode, o.pathOf("architecture"), context);
        List<BenchmarkScore> benchmarks = new ArrayList<>();
        o.forEach("benchmarks", (n, p) -> {
            BenchmarkScore b = benchmark(n, p, context);
            if (b != null) {
                benchmarks.add(b);
            }
        });
        String source = o.source("source");
        String notes = o.string("notes", false);
        Quantity compute = o.positiveQuantity("trainingComputeFlop");
        String country = o.string("country", false);
        String accessibility = o.string("accessibility", false);
        String hardwareText = o.string("trainingHardware", false);
        Quantity chipHours = o.positiveQuantity("trainingChipHours");
        Quantity cost = o.positiveQuantity("trainingCostUsd2023");
        String confidence = o.string("confidence", false);
        String notability = o.string("notability", false);
        String url = o.string("url", false);
        if (url != null && !url.startsWith("http://") && !url.startsWith("https://")) {
            context.sink().warning(o.get("url"), o.pathOf("url"), "not an http(s) URL: " + o.get("url").describe());
        }
        if (parameters != null && active != null && active.value() > parameters.value()) {
            context.sink().error(o.get("activeParameters"), o.pathOf("activeParameters"),
                    "active parameters " + NumberText.format(active.value()) + " exceed total parameters "
                            + NumberText.format(parameters.value()));
            return null;
        }
        if (parameters != null && name != null) {
            ModelSizeInName.disagreement(name, parameters.value())
                    .ifPresent(m -> context.sink().warning(o.get("parameters"), o.pathOf("parameters"), m));
        }
        if (id == null || name == null) {
            return null;
        }
        return new ModelRecord(id, name, family, organization, released, parameters, active, tokens, open,
                architecture, benchmarks, source, notes, compute, country, accessibility, hardwareText, chipHours, cost,
                confidence, notability, url, o.positiveQuantity("inputPriceUsdPerMillionTokens"),
                o.positiveQuantity("outputPriceUsdPerMillionTokens"));
    }

    private static Architecture architecture(JsonNode node, String path, DecodeContext context) {
        ObjectView o = ObjectView.of(node, path, context, ARCHITECTURE);
        if (o == null) {
            return null;
        }
        return new Architecture(o.positiveInteger("layers"), o.positiveInteger("hiddenSize"),
                o.positiveInteger("attentionHeads"), o.positiveInteger("kvHeads"), o.positiveInteger("headDim"),
                o.positiveInteger("kvLoraRank"), o.positiveInteger("qkRopeHeadDim"), o.positiveInteger("experts"),
                o.positiveInteger("expertsPerToken"), o.positiveInteger("sharedExperts"),
                o.positiveInteger("contextLengthTokens"), o.positiveInteger("vocabularySize"), o.source("source"));
    }

    private static BenchmarkScore benchmark(JsonNode node, String path, DecodeContext context) {
        ObjectView o = ObjectView.of(node, path, context, BENCHMARK);
        if (o == null) {
            return null;
        }
        String key = o.string("benchmark", true);
        String setting = o.string("setting", false);
        Quantity score = o.quantity("scorePercent", 0, 100);
        if (o.get("scorePercent") == null) {
            context.sink().error(node, o.pathOf("scorePercent"), "missing required field");
        }
        String kind = o.string("kind", false);
        if (kind != null && !BenchmarkScore.KINDS.contains(kind)) {
            context.sink().error(o.get("kind"), o.pathOf("kind"), "expected one of base, instruct, reasoning, fine-tuned, got \""
                    + kind + "\"");
            kind = null;
        }
        Double shotCount = o.number("shots", false, false);
        Integer shots = null;
        if (shotCount != null) {
            if (shotCount >= 0 && shotCount <= 1000 && shotCount == Math.rint(shotCount)) {
                shots = shotCount.intValue();
            } else {
                context.sink().error(o.get("shots"), o.pathOf("shots"), "expected a whole number of examples (0 or more), got "
                        + shotCount);
            }
        }
        return key == null || score == null ? null : new BenchmarkScore(key, setting, score, kind, shots);
    }
}

package dev.scalinglens.science.trends;

import dev.scalinglens.catalog.Catalog;
import dev.scalinglens.catalog.HardwareRecord;
import dev.scalinglens.catalog.ModelRecord;
import dev.scalinglens.catalog.Quantity;
import dev.scalinglens.science.chinchilla.TrainingEstimates;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The numeric catalog fields a trend can be drawn for, each against its record's release date. Model
 * fields use the model's release date, hardware fields the accelerator's. Training tokens and compute
 * fall back to D = C / 6N and C = 6ND ({@link TrainingEstimates}), marked estimated.
 *
 * <p>Prices are the API list prices per million input or output tokens a source gives
 * ({@code inputPriceUsdPerMillionTokens}, imported from Epoch's "API prices" column); a hardware rental price
 * per GPU-hour is not a token price. Lower is better for them: the frontier is the running minimum.
 */
public enum TrendField {
    PARAMETERS("parameters", "Parameters", "parameters", false, ModelRecord::parameters, null),
    ACTIVE_PARAMETERS("activeParameters", "Active parameters", "parameters", false,
            ModelRecord::activeOrTotalParameters, null),
    TRAINING_TOKENS("trainingTokens", "Training tokens", "tokens", false, TrainingEstimates::trainingTokens, null),
    TRAINING_COMPUTE("trainingCompute", "Training compute", "FLOP", false, TrainingEstimates::trainingCompute, null),
    TOKENS_PER_PARAMETER("tokensPerParameter", "Training tokens per parameter", "tokens per parameter", false,
            TrendField::tokensPerParameter, null),
    CONTEXT_LENGTH("contextLength", "Context length", "tokens", false, TrendField::contextLength, null),
    INPUT_PRICE("inputPrice", "API price per million input tokens", "USD per million tokens", true,
            ModelRecord::inputPriceUsdPerMillionTokens, null),
    OUTPUT_PRICE("outputPrice", "API price per million output tokens", "USD per million tokens", true,
            ModelRecord::outputPriceUsdPerMillionTokens, null),
    HARDWARE_BANDWIDTH("memoryBandwidth", "Accelerator memory bandwidth", "TB/s", false, null,
            HardwareRecord::memoryBandwidthTerabytesPerSecond),
    HARDWARE_BF16("denseBf16Flops", "Accelerator dense BF16 throughput", "TFLOP/s", false, null,
            HardwareRecord::denseBf16Teraflops),
    HARDWARE_FP8("denseFp8Flops", "Accelerator dense FP8 throughput", "TFLOP/s", false, null,
            HardwareRecord::denseFp8Teraflops),
    HARDWARE_MEMORY("memoryCapacity", "Accelerator memory capacity", "GB", false, null,
            HardwareRecord::memoryGigabytes);

    private final String id;
    private final String label;
    private final String unit;
    private final boolean lowerIsBetter;
    private final Function<ModelRecord, Quantity> model;
    private final Function<HardwareRecord, Quantity> hardware;

    TrendField(String id, String label, String unit, boolean lowerIsBetter, Function<ModelRecord, Quantity> model,
               Function<HardwareRecord, Quantity> hardware) {
        this.id = id;
        this.label = label;
        this.unit = unit;
        this.lowerIsBetter = lowerIsBetter;
        this.model = model;
        this.hardware = hardware;
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    public String unit() {
        return unit;
    }

    /** Whether progress means falling values (prices): the frontier is then the running minimum. */
    public boolean lowerIsBetter() {
        return lowerIsBetter;
    }

    public boolean isHardware() {
        return hardware != null;
    }

    /** By id ("trainingCompute") or enum name ("TRAINING_COMPUTE"), case-insensitive. */
    public static Optional<TrendField> byId(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip();
        return Arrays.stream(values()).filter(f -> f.id.equalsIgnoreCase(t) || f.name().equalsIgnoreCase(t)
                || (f == TRAINING_COMPUTE && t.equalsIgnoreCase("trainingComputeFlop"))).findFirst();
    }

    public static String knownIds() {
        return Arrays.stream(values()).map(TrendField::id).collect(Collectors.joining(", "));
    }

    /**
     * Every record of the catalog with this field and a release date, as trend points (group "All").
     * Non-positive or non-finite values are left out.
     */
    public List<TrendPoint> points(Catalog catalog) {
        return points(catalog, true);
    }

    /**
     * As {@link #points(Catalog)}; without derived values, a training token count or compute worked out here
     * from the other two (C = 6ND, D = C / 6N) is left out, so only values a source states are fitted.
     */
    public List<TrendPoint> points(Catalog catalog, boolean includeDerived) {
        List<TrendPoint> out = new ArrayList<>();
        if (hardware != null) {
            for (HardwareRecord h : catalog.hardware()) {
                add(out, h.id(), h.name() != null ? h.name() : h.id(), h.releaseDate(), hardware.apply(h), h.source());
            }
        } else {
            for (ModelRecord m : catalog.models()) {
                if (!includeDerived && derived(m)) {
                    continue;
                }
                add(out, m.id(), m.name() != null ? m.name() : m.id(), m.releaseDate(), model.apply(m), m.source());
            }
        }
        return out;
    }

    private static void add(List<TrendPoint> out, String id, String name, java.time.LocalDate date, Quantity q,
                            String recordSource) {
        if (date == null || q == null || !(q.value() > 0) || !Double.isFinite(q.value())) {
            return;
        }
        out.add(new TrendPoint(id, name, date, q.value(), q.estimated(), q.source() != null ? q.source() : recordSource,
                q.note(), null));
    }

    /** Whether this field's value for the model is derived here rather than stated by a source. */
    public boolean derived(ModelRecord m) {
        return switch (this) {
            case TRAINING_TOKENS, TOKENS_PER_PARAMETER -> TrainingEstimates.tokensDerived(m);
            case TRAINING_COMPUTE -> TrainingEstimates.computeDerived(m);
            default -> false;
        };
    }

    private static Quantity tokensPerParameter(ModelRecord m) {
        Quantity d = TrainingEstimates.trainingTokens(m);
        Quantity n = m.activeOrTotalParameters();
        if (d == null || n == null || !(n.value() > 0)) {
            return null;
        }
        boolean estimated = d.estimated() || n.estimated();
        String note = String.format(Locale.ROOT, "D / N with D = %.3g tokens%s and N = %.3g %s parameters",
                d.value(), d.estimated() ? " (estimated)" : "", n.value(),
                n == m.activeParameters() ? "active" : "total").replace("e+", "e");
        return new Quantity(d.value() / n.value(), d.source(), estimated, note);
    }

    private static Quantity contextLength(ModelRecord m) {
        if (m.architecture() == null || m.architecture().contextLengthTokens() == null) {
            return null;
        }
        return Quantity.reported(m.architecture().contextLengthTokens(), m.source());
    }
}

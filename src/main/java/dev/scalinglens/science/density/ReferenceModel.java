package dev.scalinglens.science.density;

/**
 * One model of the reference family: its size and its score on the chosen benchmark.
 *
 * @param parameters   parameter count
 * @param scorePercent the base model's few-shot score, percent
 */
public record ReferenceModel(String modelId, String name, double parameters, double scorePercent) {
}

package dev.scalinglens.science.density;

/** A model in the analysed set that gets no density, and why (one line, for notes and JSON). */
public record NoEstimate(String modelId, String reason) {
}

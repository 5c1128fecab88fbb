package dev.scalinglens.plot.scene;

/** One tick: its value in data units, and its label (null for an unlabelled or minor tick). */
public record Tick(double value, String label, boolean major) {
}

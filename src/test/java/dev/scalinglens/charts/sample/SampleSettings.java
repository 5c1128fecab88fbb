package dev.scalinglens.charts.sample;

/**
 * The test chart's settings.
 *
 * @param minParameters models smaller than this are left out
 */
public record SampleSettings(double minParameters) {

    public static SampleSettings defaults() {
        return new SampleSettings(1e9);
    }
}

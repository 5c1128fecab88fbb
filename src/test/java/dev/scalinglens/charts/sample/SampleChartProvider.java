package dev.scalinglens.charts.sample;

import dev.scalinglens.charts.ChartDefinition;
import dev.scalinglens.charts.ChartProvider;
import java.util.List;

/**
 * Registers {@link SampleChart} through the ServiceLoader file in src/test/resources, while a test has
 * {@link #enable() enabled} it: the other tests see the built-in charts only.
 */
public final class SampleChartProvider implements ChartProvider {

    private static volatile boolean enabled;

    public static void enable() {
        enabled = true;
    }

    public static void disable() {
        enabled = false;
    }

    @Override
    public List<ChartDefinition<?>> charts() {
        return enabled ? List.of(SampleChart.DEFINITION) : List.of();
    }
}

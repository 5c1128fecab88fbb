package dev.scalinglens.charts;

import java.util.List;

/**
 * Charts beyond the built-in ones, found with {@link java.util.ServiceLoader} (a
 * {@code META-INF/services/dev.scalinglens.charts.ChartProvider} file): how a test adds a chart without
 * touching the app, export or CLI. The built-in charts are listed in {@code charts.registry.ChartKind}.
 */
public interface ChartProvider {

    List<ChartDefinition<?>> charts();
}

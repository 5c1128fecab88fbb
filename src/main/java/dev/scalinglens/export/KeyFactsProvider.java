package dev.scalinglens.export;

/**
 * Source of a chart's title, sources and key numbers for slide titles and speaker notes.
 * {@link PlotFigureRenderer} builds the view's ChartSpec and copies its title, subtitle, footnote and keyFacts.
 */
@FunctionalInterface
public interface KeyFactsProvider {

    ChartFacts factsFor(ChartView view) throws ExportException;
}

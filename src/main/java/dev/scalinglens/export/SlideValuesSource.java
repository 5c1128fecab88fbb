package dev.scalinglens.export;

/**
 * The values a view's chart is drawn from, stored with each deck slide so that rebuilding the deck over a newer
 * catalog can say what changed. {@link PlotFigureRenderer} implements it; a deck built with facts that do not
 * stores no values and writes no change notes.
 */
@FunctionalInterface
public interface SlideValuesSource {

    SlideValues valuesFor(ChartView view) throws ExportException;

    /** Values will be asked for (a deck is being drawn): a source may start work they share ahead. */
    default void willAskForValues() {
    }
}

package dev.scalinglens.export;

/**
 * Draws one chart view as file bytes. {@link PlotFigureRenderer} implements it over the plot engine: build the chart's spec
 * from the view (catalog + settings), apply the view's text overrides, lay it out with
 * {@code LayoutOptions(options.widthPx(), options.heightPx(), view.theme(), view.viewport(),
 * pinned ids, no selection, options.fontScale())}, then hand the scene to the PNG (at
 * {@code options.pixelScale()}), SVG or PDF renderer. The bytes come back without view metadata: the
 * exporter adds it.
 */
@FunctionalInterface
public interface FigureRenderer {

    /**
     * @param format PNG, SVG or PDF (never PPTX: decks are assembled here from PNG and SVG pictures)
     * @throws ExportException with a user-facing message when the chart cannot be drawn
     */
    byte[] render(ChartView view, ExportFormat format, ExportOptions options) throws ExportException;

    /**
     * The figure with the view JSON already stored in it, for renderers that can do that while drawing (a PDF
     * then needs no second pass through PDFBox); null lets the exporter embed it afterwards.
     */
    default byte[] renderWithView(ChartView view, ExportFormat format, ExportOptions options, String viewJson)
            throws ExportException {
        return null;
    }
}

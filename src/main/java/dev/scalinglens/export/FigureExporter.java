package dev.scalinglens.export;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Exports one chart view to a file: draws it with the renderer, embeds the view (with the text the user
 * typed for this export) so the figure can be reopened, and writes the file atomically. PPTX makes a
 * one-slide deck.
 */
public final class FigureExporter {

    private final FigureRenderer renderer;
    private final KeyFactsProvider facts;
    private final PptxMode pptxMode;
    private final SlideFormat slideFormat;

    public FigureExporter(FigureRenderer renderer, KeyFactsProvider facts) {
        this(renderer, facts, PptxMode.NATIVE, SlideFormat.WIDE_16_9);
    }

    /** @param pptxMode how a PPTX export draws the chart: native shapes (default) or a picture */
    public FigureExporter(FigureRenderer renderer, KeyFactsProvider facts, PptxMode pptxMode, SlideFormat slideFormat) {
        this.renderer = Objects.requireNonNull(renderer);
        this.facts = Objects.requireNonNull(facts);
        this.pptxMode = Objects.requireNonNull(pptxMode);
        this.slideFormat = Objects.requireNonNull(slideFormat);
    }

    public void export(ChartView view, ExportOptions options, Path target) throws ExportException {
        ChartView exported = view.withText(options.text());
        if (options.format() == ExportFormat.PPTX) {
            DeckSpec deck = new DeckSpec(DeckSpec.DEFAULT_TITLE, List.of(exported));
            new DeckBuilder(renderer, facts, true, pptxMode, slideFormat).build(deck, target, DeckProgress.NONE,
                    () -> false);
            return;
        }
        AtomicFileWriter.write(target, bytes(exported, options));
    }

    /**
     * What "Copy chart" puts on the clipboard: PNG at the options' size and scale plus the same view as
     * SVG, both carrying the view, and the view JSON itself.
     */
    public ClipboardPayload clipboard(ChartView view, ExportOptions options) throws ExportException {
        ChartView exported = view.withText(options.text());
        byte[] png = bytes(exported, options.withFormat(ExportFormat.PNG));
        byte[] svg = bytes(exported, options.withFormat(ExportFormat.SVG));
        String title = facts.factsFor(exported).overriddenBy(exported.text()).title();
        return new ClipboardPayload(png, svg, ChartViewJson.toJson(exported), title);
    }

    /** The figure's bytes with the view embedded (PNG, SVG or PDF), e.g. for the clipboard. */
    public byte[] bytes(ChartView view, ExportOptions options) throws ExportException {
        if (options.format() == ExportFormat.PPTX) {
            throw new IllegalArgumentException("a PPTX is a deck: use DeckBuilder");
        }
        ChartView exported = view.withText(options.text());
        String json = ChartViewJson.toJson(exported);
        byte[] withView = renderer.renderWithView(exported, options.format(), options, json);
        if (withView != null) {
            return withView;
        }
        byte[] drawn = renderer.render(exported, options.format(), options);
        return switch (options.format()) {
            case PNG -> PngViewChunk.embed(drawn, json);
            case SVG -> SvgViewMetadata.embed(drawn, json);
            case PDF -> PdfViewInfo.embed(drawn, json);
            case PPTX -> throw new AssertionError("handled above");
        };
    }
}

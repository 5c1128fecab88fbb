package dev.scalinglens.export;

import dev.scalinglens.charts.ChartDefinition;
import dev.scalinglens.catalog.Catalog;
import dev.scalinglens.charts.registry.ChartKind;
import dev.scalinglens.plot.layout.LayoutOptions;
import dev.scalinglens.plot.layout.PlotLayout;
import dev.scalinglens.plot.layout.SlideRules;
import dev.scalinglens.plot.render.PdfRenderer;
import dev.scalinglens.plot.render.PngRenderer;
import dev.scalinglens.plot.render.SvgOptions;
import dev.scalinglens.plot.render.SvgRenderer;
import dev.scalinglens.plot.scene.PlotScene;
import dev.scalinglens.plot.spec.ChartSpec;
import dev.scalinglens.plot.spec.DisplayOptions;
import com.fasterxml.jackson.databind.JsonNode;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Draws chart views with the plot engine: the same layout as the screen, handed to the PNG, SVG or PDF
 * renderer. Also the source of each view's title, sources and key numbers for slides.
 */
public final class PlotFigureRenderer implements FigureRenderer, KeyFactsProvider, SceneSource, SlideValuesSource {

    private final Supplier<Catalog> catalog;
    private final CatalogFingerprints fingerprints = new CatalogFingerprints();
    /** Decks are drawn with this renderer: fingerprint each catalog in the background as soon as it is loaded. */
    private volatile boolean valuesAhead;

    public PlotFigureRenderer(Supplier<Catalog> catalog) {
        this.catalog = Objects.requireNonNull(catalog);
    }

    /**
     * The view's chart as data, shown as the view says (log/linear, labels) and with its title, subtitle and
     * footnote overrides applied.
     */
    public ChartSpec specFor(ChartView view) throws ExportException {
        ChartSpec spec = built(view);
        TextOverrides text = view.text();
        return spec.withTitles(
                text.title() != null ? text.title() : spec.title(),
                text.subtitle() != null ? text.subtitle() : spec.subtitle(),
                text.footnote() != null ? text.footnote() : spec.footnote());
    }

    /** What a built chart depends on besides its text overrides. */
    private record BuildKey(Catalog catalog, String chartId, JsonNode settings, DisplayOptions display) {
    }

    private record Built(BuildKey key, ChartSpec spec) {
    }

    /**
     * The last chart built: a deck slide asks for the same view's facts, stored values and scene (the scene
     * with other text overrides), and on a 100k-model catalog each build takes about half a second.
     */
    private volatile Built last;

    private ChartSpec built(ChartView view) throws ExportException {
        Catalog now = catalog.get();
        if (valuesAhead) {
            fingerprints.start(now);
        }
        BuildKey key = new BuildKey(now, view.chartId(), view.settings(), view.display());
        Built cached = last;
        if (cached != null && cached.key().catalog() == now && cached.key().equals(key)) {
            return cached.spec();
        }
        ChartDefinition<?> kind = ChartKind.byId(view.chartId()).orElseThrow(() -> new ExportException(
                "unknown chart \"" + view.chartId() + "\"; expected one of " + ChartKind.knownIds()));
        ChartSpec spec;
        try {
            spec = kind.build(now, kind.settingsFromJson(view.settings()));
        } catch (IllegalArgumentException e) {
            throw new ExportException(e.getMessage(), e);
        }
        spec = dev.scalinglens.charts.ColorBy.fromKey(view.display().colorBy()).apply(spec, now);
        spec = view.display().applyTo(spec);
        last = new Built(key, spec);
        return spec;
    }

    @Override
    public PlotScene sceneFor(ChartView view, ExportOptions options) throws ExportException {
        ChartView withText = view.withText(options.text());
        ChartSpec spec = specFor(withText);
        java.util.Optional<String> badViewport = dev.scalinglens.plot.ViewportLimits.problem(view.viewport(), spec);
        if (badViewport.isPresent()) {
            throw new ViewFormatException(view.chartId() + " view: " + badViewport.get());
        }
        LayoutOptions layout = new LayoutOptions(options.widthPx(), options.heightPx(),
                view.theme(), view.viewport(), Set.copyOf(view.pinnedIds()), Set.of(), options.fontScale());
        return PlotLayout.layout(spec,
                layout.withSlide(options.slideLayout() ? SlideRules.PROJECTOR_1080P : null));
    }

    @Override
    public byte[] render(ChartView view, ExportFormat format, ExportOptions options) throws ExportException {
        return render(view, format, options, null);
    }

    /** PDF: the view goes into the document information while drawing, not by reopening the file. */
    @Override
    public byte[] renderWithView(ChartView view, ExportFormat format, ExportOptions options, String viewJson)
            throws ExportException {
        return format == ExportFormat.PDF ? render(view, format, options, viewJson) : null;
    }

    private static PdfRenderer pdfRenderer(String viewJson) {
        PdfRenderer pdf = new PdfRenderer();
        return viewJson == null ? pdf : pdf.withCustomInfo(PdfViewInfo.KEY, viewJson);
    }

    private byte[] render(ChartView view, ExportFormat format, ExportOptions options, String viewJson)
            throws ExportException {
        if (options.slideLayout() && !options.margins().equals(SafeMargins.none())) {
            return renderWithMargins(view, format, options, viewJson);
        }
        PlotScene scene = sceneFor(view, options);
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        switch (format) {
            case PNG -> new PngRenderer().write(scene, options.pixelScale(), out);
            case SVG -> new SvgRenderer().write(scene, out, new SvgOptions(options.svgTextAsPaths()));
            case PDF -> pdfRenderer(viewJson).write(scene, out, options.pageWidthPt(), options.pageHeightPt());
            default -> throw new ExportException(format + " is assembled from PNG and SVG pictures, not drawn");
        }
        return out.toByteArray();
    }

    /**
     * A whole slide in the slide layout mode: the chart is laid out inside the safe margins, and the page
     * around it (the margins) takes the chart's background.
     */
    private byte[] renderWithMargins(ChartView view, ExportFormat format, ExportOptions options, String viewJson)
            throws ExportException {
        SafeMargins m = options.margins();
        double innerW = options.widthPx() - m.leftPx() - m.rightPx();
        double innerH = options.heightPx() - m.topPx() - m.bottomPx();
        PlotScene scene = sceneFor(view, new ExportOptions(format, innerW, innerH, options.pixelScale(),
                SafeMargins.none(), options.fontScale(), options.text(), options.svgTextAsPaths(), true, options.page()));
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        switch (format) {
            case PNG -> {
                double s = options.pixelScale();
                BufferedImage chart = new PngRenderer().render(scene, s);
                BufferedImage page = new BufferedImage(options.pixelWidth(), options.pixelHeight(),
                        BufferedImage.TYPE_INT_ARGB);
                Graphics2D g = page.createGraphics();
                g.setColor(new Color(scene.background().argb(), true));
                g.fillRect(0, 0, page.getWidth(), page.getHeight());
                g.drawImage(chart, (int) Math.round(m.leftPx() * s), (int) Math.round(m.topPx() * s), null);
                g.dispose();
                try {
                    ImageIO.write(page, "png", out);
                } catch (IOException e) {
                    throw new ExportException("cannot write PNG: " + e.getMessage(), e);
                }
            }
            case SVG -> {
                new SvgRenderer().write(scene, out, new SvgOptions(options.svgTextAsPaths()));
                return SvgPage.withMargins(out.toByteArray(), scene, options.widthPx(), options.heightPx(), m.leftPx(),
                        m.topPx());
            }
            case PDF -> {
                double ptPerPx = options.pageWidthPt() / options.widthPx();
                pdfRenderer(viewJson).write(scene, out, options.pageWidthPt(), options.pageHeightPt(), ptPerPx,
                        m.leftPx() * ptPerPx, m.topPx() * ptPerPx);
            }
            default -> throw new ExportException(format + " is assembled from PNG and SVG pictures, not drawn");
        }
        return out.toByteArray();
    }

    @Override
    public void willAskForValues() {
        valuesAhead = true;
    }

    @Override
    public SlideValues valuesFor(ChartView view) throws ExportException {
        return SlideValues.of(specFor(view), view.viewport(), fingerprints.of(catalog.get()));
    }

    @Override
    public ChartFacts factsFor(ChartView view) throws ExportException {
        ChartSpec spec = specFor(view);
        return new ChartFacts(spec.title(), spec.subtitle(), spec.footnote(), spec.keyFacts());
    }
}

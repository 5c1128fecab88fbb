package dev.scalinglens.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.scalinglens.charts.registry.ChartKind;
import dev.scalinglens.export.ChartView;
import dev.scalinglens.export.ChartViewJson;
import dev.scalinglens.export.ExportException;
import dev.scalinglens.export.ExportFormat;
import dev.scalinglens.export.ExportOptions;
import dev.scalinglens.export.FigureExporter;
import dev.scalinglens.export.PageSize;
import dev.scalinglens.export.PlotFigureRenderer;
import dev.scalinglens.export.PptxMode;
import dev.scalinglens.export.SlideFormat;
import dev.scalinglens.export.SlideGeometry;
import dev.scalinglens.export.SizePreset;
import dev.scalinglens.export.TextOverrides;
import dev.scalinglens.plot.Theme;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code export --chart ID --format png|svg|pdf|pptx --out FILE}: one chart, headless, the same layout
 * as the screen. The file carries its view, so opening it in the app restores the live chart. Several charts
 * ({@code --chart a,b} or {@code all}, {@code {chart}} in {@code --out}) are drawn in one run: one JVM start
 * and one catalog read for all of them.
 */
@Command(name = "export",
        mixinStandardHelpOptions = true,
        description = "Export charts as PNG, SVG, PDF or one-slide PPTX (headless, no display needed).")
public final class ExportCommand implements Callable<Integer> {

    /** In --out, replaced by each chart's id. */
    static final String CHART_PLACEHOLDER = "{chart}";

    @Option(names = "--chart", paramLabel = "ID", split = ",",
            description = "tokens-params, density, layer-loss, pareto, trends, or all; several (comma-separated or"
                    + " repeated) in one run need {chart} in --out, e.g. figs/{chart}.png (or give --view).")
    List<String> chartIds = new ArrayList<>();

    @Option(names = "--view", paramLabel = "FILE",
            description = "A chart view JSON (as in a workspace or deck spec, or printed by figure-view).")
    Path viewFile;

    @Option(names = "--settings", paramLabel = "FILE",
            description = "The chart's settings as JSON; missing fields keep their defaults.")
    Path settingsFile;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "png, svg, pdf or pptx (default: from the --out extension).")
    String format;

    @Option(names = "--scale", paramLabel = "S", description = "PNG pixels per layout pixel: 1, 2, 4... (default 1).")
    double scale = 1;

    @Option(names = "--width", paramLabel = "W",
            description = "Width in pixels (PNG: exact output pixels; SVG/PDF: page size). Default 1600 (16:9).")
    Integer width;

    @Option(names = "--height", paramLabel = "H", description = "Height in pixels. Default 900.")
    Integer height;

    @Option(names = "--theme", paramLabel = "THEME", description = "light or dark (default: the view's, else light).")
    String theme;

    @Option(names = "--title", description = "Replace the chart's title.")
    String title;

    @Option(names = "--subtitle", description = "Replace the chart's subtitle.")
    String subtitle;

    @Option(names = "--footnote", description = "Replace the sources line.")
    String footnote;

    @Option(names = "--text-as-paths", description = "SVG: draw text as outlines (the default, kept for old scripts).")
    boolean textAsPaths;

    @Option(names = "--svg-real-text", description = "SVG: keep text as text with the font embedded (selectable;"
            + " viewers that ignore the web font substitute another).")
    boolean svgRealText;

    @Option(names = "--slide", description = "Slide layout: the whole slide at 1080p projector size (1920 x 1080 px"
            + " for 16:9), text at least 24 px (12 pt), top labels only, trimmed legend, title-safe margins.")
    boolean slide;

    @Option(names = "--aspect", paramLabel = "ASPECT", description = "With --slide or pptx: 16:9 (default) or 4:3.")
    String aspect = "16:9";

    @Option(names = "--page", paramLabel = "PAGE",
            description = "PDF page: 16:9 (960 x 540 pt, default), 4:3, a4 or letter (landscape).")
    String page;

    @Option(names = "--pptx-mode", paramLabel = "MODE",
            description = "pptx: native (editable PowerPoint shapes, default) or picture (SVG + PNG).")
    String pptxMode = "native";

    @CommandLine.Mixin
    CatalogOption catalogOption = new CatalogOption();

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "FILE",
            description = "The file to write; {chart} in it is replaced by the chart's id.")
    Path output;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            ExportFormat exportFormat = exportFormat();
            List<String> ids = chartIds();
            ExportOptions options = options(exportFormat);
            CliCatalog catalog = new CliCatalog();
            catalog.setExtraPaths(catalogOption.paths);
            PlotFigureRenderer renderer = new PlotFigureRenderer(catalog);
            FigureExporter exporter = new FigureExporter(renderer, renderer, PptxMode.parse(pptxMode), slideFormat());
            if (ids.size() <= 1) {
                ChartView view = view(ids.isEmpty() ? null : ids.get(0));
                Path file = outputFor(view.chartId());
                exporter.export(view, options, file);
                out.println("wrote " + file + " (" + describe(exportFormat, options) + ")");
                return 0;
            }
            int failed = 0;
            for (String id : ids) {
                Path file = outputFor(id);
                try {
                    exporter.export(view(id), options, file);
                    out.println("wrote " + file + " (" + describe(exportFormat, options) + ")");
                } catch (ExportException e) {
                    // The others are still written: one bad chart does not cost the rest of the figures.
                    err.println("error: " + id + ": " + namingItsFile(e));
                    failed++;
                }
            }
            return failed == 0 ? 0 : 1;
        } catch (ExportException e) {
            err.println("error: " + namingItsFile(e));
            return 1;
        } catch (IllegalArgumentException | CliCatalog.CatalogLoadException e) {
            err.println("error: " + e.getMessage());
            return 1;
        }
    }

    /** The charts asked for, "all" expanded, each once; several exclude what only one chart can take. */
    private List<String> chartIds() {
        Set<String> ids = new LinkedHashSet<>();
        for (String id : chartIds) {
            if (id.equals("all")) {
                ids.addAll(ChartKind.ids());
            } else if (!id.isBlank()) {
                String known = id.strip();
                if (!ChartKind.isKnown(known)) {
                    throw usage("unknown chart \"" + known + "\"; expected one of " + ChartKind.knownIds() + " or all");
                }
                ids.add(known);
            }
        }
        if (ids.size() > 1) {
            if (viewFile != null || settingsFile != null || title != null || subtitle != null) {
                throw usage("--view, --settings, --title and --subtitle are one chart's; give them with one --chart");
            }
            if (!output.toString().contains(CHART_PLACEHOLDER)) {
                throw usage("several charts need " + CHART_PLACEHOLDER + " in --out, e.g. figs/" + CHART_PLACEHOLDER
                        + "." + exportFormat().name().toLowerCase(Locale.ROOT));
            }
        }
        return List.copyOf(ids);
    }

    private Path outputFor(String chartId) {
        return Path.of(output.toString().replace(CHART_PLACEHOLDER, chartId));
    }

    /**
     * A view's settings and viewport are checked when the chart is built, where the file is no longer known:
     * name the file they came from (--settings for settings, else --view), unless the message already does.
     */
    String namingItsFile(ExportException e) {
        Path source = null;
        if (e instanceof dev.scalinglens.export.ViewFormatException) {
            source = viewFile;
        } else if (e.getCause() instanceof IllegalArgumentException) {
            source = settingsFile != null ? settingsFile : viewFile;
        }
        String message = e.getMessage();
        return source == null || message.startsWith(source.toString()) ? message : source + ": " + message;
    }

    private ExportFormat exportFormat() {
        String name = format;
        if (name == null) {
            String file = output.getFileName().toString();
            int dot = file.lastIndexOf('.');
            if (dot < 0) {
                throw usage("give --format png|svg|pdf|pptx, or an --out file name with one of those extensions");
            }
            name = file.substring(dot + 1);
        }
        try {
            return ExportFormat.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw usage("unknown format \"" + name + "\"; expected png, svg, pdf or pptx");
        }
    }

    private ChartView view(String chartId) throws ExportException {
        ChartView view;
        if (viewFile != null) {
            view = ChartViewJson.fromJson(read(viewFile), viewFile.toString());
        } else if (chartId != null) {
            view = ChartView.defaults(chartId);
        } else {
            throw usage("give --chart ID (" + ChartKind.knownIds() + ") or --view FILE");
        }
        if (chartId != null && !chartId.equals(view.chartId())) {
            view = new ChartView(chartId, view.settings(), view.viewport(), view.pinnedIds(), view.theme(), view.text());
        }
        String id = view.chartId();
        ChartKind.byId(id).orElseThrow(() -> usage(
                "unknown chart \"" + id + "\"; expected one of " + ChartKind.knownIds()));
        if (settingsFile != null) {
            view = new ChartView(view.chartId(), readJson(settingsFile), view.viewport(), view.pinnedIds(),
                    view.theme(), view.text());
        }
        if (theme != null) {
            view = new ChartView(view.chartId(), view.settings(), view.viewport(), view.pinnedIds(),
                    parseTheme(theme), view.text());
        }
        return view.withText(new TextOverrides(title, subtitle, footnote));
    }

    private SlideFormat slideFormat() {
        return SlideFormat.byId(aspect).orElseThrow(() -> usage("unknown --aspect \"" + aspect
                + "\"; expected 16:9 or 4:3"));
    }

    private ExportOptions options(ExportFormat exportFormat) {
        if (textAsPaths && svgRealText) {
            throw usage("give --text-as-paths or --svg-real-text, not both");
        }
        boolean asPaths = !svgRealText;
        PageSize pageSize = null;
        if (page != null) {
            pageSize = PageSize.byId(page).orElseThrow(() -> usage("unknown --page \"" + page + "\"; expected "
                    + PageSize.knownIds()));
        }
        if (slide) {
            if (width != null || height != null) {
                throw usage("--slide sets the size from --aspect; leave out --width and --height");
            }
            ExportOptions options = SlideGeometry.fullSlideOptions(exportFormat, slideFormat(), scale);
            return options.withSvgTextAsPaths(asPaths).withPage(pageSize != null ? pageSize : options.page());
        }
        if ((width == null) != (height == null)) {
            throw usage("give both --width and --height, or neither");
        }
        if (!(scale > 0)) {
            throw usage("--scale must be positive, got " + scale);
        }
        ExportOptions options;
        if (width != null && exportFormat == ExportFormat.PNG) {
            options = ExportOptions.exactPixels(width, height);
        } else if (width != null) {
            options = ExportOptions.of(exportFormat, SizePreset.SLIDE_16_9, 1);
            options = new ExportOptions(exportFormat, width, height, 1, options.margins(), options.fontScale(),
                    options.text(), false);
        } else {
            options = ExportOptions.of(exportFormat, SizePreset.SLIDE_16_9, scale);
        }
        options = options.withFormat(exportFormat).withSvgTextAsPaths(asPaths);
        if (exportFormat == ExportFormat.PDF) {
            // A physical page: by default a 16:9 slide; a custom --width/--height keeps 0.6 pt per pixel.
            options = options.withPage(pageSize != null ? pageSize : width == null ? PageSize.SLIDE_16_9 : null);
        }
        return options;
    }

    private static String describe(ExportFormat format, ExportOptions options) {
        return switch (format) {
            case PNG -> options.pixelWidth() + " × " + options.pixelHeight() + " px";
            case PPTX -> "one slide";
            case PDF -> Math.round(options.pageWidthPt()) + " × " + Math.round(options.pageHeightPt()) + " pt page";
            default -> Math.round(options.widthPx()) + " × " + Math.round(options.heightPx()) + " px page";
        };
    }

    private static Theme parseTheme(String name) {
        try {
            return Theme.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown theme \"" + name + "\"; expected light or dark");
        }
    }

    private static String read(Path file) throws ExportException {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new ExportException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static JsonNode readJson(Path file) throws ExportException {
        try {
            return new ObjectMapper().readTree(read(file));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new ExportException(file + ":" + e.getLocation().getLineNr() + ":" + e.getLocation().getColumnNr()
                    + ": " + e.getOriginalMessage(), e);
        }
    }

    /** A usage error: picocli prints it with the usage hint and exits 2. */
    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}

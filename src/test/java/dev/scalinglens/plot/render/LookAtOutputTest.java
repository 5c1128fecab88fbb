package dev.scalinglens.plot.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scalinglens.plot.SampleCharts;
import dev.scalinglens.plot.Theme;
import dev.scalinglens.plot.layout.LayoutOptions;
import dev.scalinglens.plot.layout.PlotLayout;
import dev.scalinglens.plot.scene.PlotScene;
import dev.scalinglens.plot.spec.ChartSpec;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.function.IntPredicate;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** Writes sample charts into target/plot-samples so a person can look at them. */
class LookAtOutputTest {

    private static final Path OUT = Path.of("target", "plot-samples");

    @Test
    void sampleChartsDrawTheirMarksInEveryFormat() throws Exception {
        Files.createDirectories(OUT);
        write("tokens-light", SampleCharts.tokensVsParams(), new LayoutOptions(900, 600, Theme.LIGHT, null,
                Set.of("llama-3-8b"), Set.of(), 1));
        // A selection fades every other point: only the selected marker and the legend swatch keep full colour.
        write("tokens-selected", SampleCharts.tokensVsParams(), new LayoutOptions(900, 600, Theme.LIGHT, null,
                Set.of("llama-3-8b"), Set.of("gopher-280b"), 1), 0.0001);
        write("tokens-dark", SampleCharts.tokensVsParams(), LayoutOptions.of(900, 600, Theme.DARK));
        write("time", SampleCharts.overTime(), LayoutOptions.of(800, 500, Theme.LIGHT));
        write("broken", SampleCharts.brokenAxis(), LayoutOptions.of(800, 500, Theme.LIGHT));
        write("dense-1m", SampleCharts.randomLogLog(1_000_000, 1), LayoutOptions.of(900, 600, Theme.LIGHT));
        write("dense-10k", SampleCharts.randomLogLog(10_000, 2), LayoutOptions.of(900, 600, Theme.LIGHT));
    }

    private static void write(String name, ChartSpec spec, LayoutOptions options) throws Exception {
        write(name, spec, options, 0.0005);
    }

    private static void write(String name, ChartSpec spec, LayoutOptions options, double minColouredShare)
            throws Exception {
        PlotScene scene = PlotLayout.layout(spec, options);
        Path png = OUT.resolve(name + ".png");
        try (OutputStream out = Files.newOutputStream(png)) {
            new PngRenderer().write(scene, 1, out);
        }
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals((int) options.widthPx(), image.getWidth(), name);
        assertEquals((int) options.heightPx(), image.getHeight(), name);
        int background = image.getRGB(1, 1);
        assertEquals(options.theme() == Theme.DARK, brightness(background) < 128, name + ": background of the theme");
        assertTrue(share(image, rgb -> rgb != background) > 0.01, name + ": almost nothing drawn");
        // The marks are colour, not only black or grey text and axes.
        assertTrue(share(image, rgb -> saturation(rgb) > 0.3) > minColouredShare, name + ": no coloured marks");
        if (scene.pointLayers().stream().mapToInt(p -> p.size()).sum() > 20_000) {
            return;
        }
        try (OutputStream out = Files.newOutputStream(OUT.resolve(name + ".svg"))) {
            new SvgRenderer().write(scene, out, new SvgOptions(false));
        }
        String svg = Files.readString(OUT.resolve(name + ".svg"));
        assertTrue(svg.contains("<svg") && svg.contains("<text") && svg.trim().endsWith("</svg>"), name);
        try (OutputStream out = Files.newOutputStream(OUT.resolve(name + "-paths.svg"))) {
            new SvgRenderer().write(scene, out, new SvgOptions(true));
        }
        try (OutputStream out = Files.newOutputStream(OUT.resolve(name + ".pdf"))) {
            new PdfRenderer().write(scene, out);
        }
        assertTrue(Files.readString(OUT.resolve(name + ".pdf"), java.nio.charset.StandardCharsets.ISO_8859_1)
                .startsWith("%PDF-"), name);
        try (OutputStream out = Files.newOutputStream(OUT.resolve(name + "@2x.png"))) {
            new PngRenderer().write(scene, 2, out);
        }
        assertEquals(2 * image.getWidth(), ImageIO.read(OUT.resolve(name + "@2x.png").toFile()).getWidth(), name);
    }

    private static double share(BufferedImage image, IntPredicate test) {
        long hits = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                hits += test.test(image.getRGB(x, y)) ? 1 : 0;
            }
        }
        return hits / (double) (image.getWidth() * image.getHeight());
    }

    private static int brightness(int rgb) {
        return (((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff)) / 3;
    }

    private static float saturation(int rgb) {
        return Color.RGBtoHSB((rgb >> 16) & 0xff, (rgb >> 8) & 0xff, rgb & 0xff, null)[1];
    }
}

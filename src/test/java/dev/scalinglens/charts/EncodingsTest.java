package dev.scalinglens.charts;

import dev.scalinglens.charts.registry.ChartKind;
import dev.scalinglens.catalog.Catalog;
import dev.scalinglens.catalog.load.CatalogLoader;
import dev.scalinglens.plot.Theme;
import dev.scalinglens.plot.layout.LayoutOptions;
import dev.scalinglens.plot.layout.PlotLayout;
import dev.scalinglens.plot.scene.PlotScene;
import dev.scalinglens.plot.scene.PointsMark;
import dev.scalinglens.plot.scene.Rect;
import dev.scalinglens.plot.spec.ChartSpec;
import dev.scalinglens.plot.spec.DisplayOptions;
import dev.scalinglens.plot.spec.Layer;
import dev.scalinglens.plot.spec.LineLayer;
import dev.scalinglens.plot.spec.PointLayer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Colour by, hidden series, the legend as a control and the log-axis note, on the bundled catalog's charts. */
class EncodingsTest {

    private static Catalog bundled;

    @BeforeAll
    static void load() {
        bundled = CatalogLoader.loadBundled().catalog();
    }

    /** A chart by its constant's name in {@link ChartKind} (TOKENS_PARAMS is "tokens-params"). */
    private static ChartDefinition<?> kind(String name) {
        return ChartKind.byId(name.toLowerCase(java.util.Locale.ROOT).replace('_', '-')).orElseThrow();
    }

    private static ChartSpec chart(ChartDefinition<?> kind) {
        return kind.build(bundled, kind.defaultSettings());
    }

    private static List<PointLayer> modelLayers(ChartSpec spec) {
        return spec.layers().stream().filter(l -> l instanceof PointLayer p && p.id().startsWith("family-"))
                .map(l -> (PointLayer) l).toList();
    }

    private static int points(ChartSpec spec) {
        return modelLayers(spec).stream().mapToInt(PointLayer::size).sum();
    }

    @Test
    void colourByOrganisationRegroupsEveryPointKeepingTooltipsAndHollowMarkers() {
        ChartSpec family = chart(ChartKind.TOKENS_PARAMS);
        ChartSpec byOrg = ColorBy.ORGANISATION.apply(family, bundled);
        assertEquals(points(family), points(byOrg));
        PointLayer meta = modelLayers(byOrg).stream().filter(p -> p.name().equals("Meta")).findFirst().orElseThrow();
        int i = java.util.Arrays.asList(meta.pointIds()).indexOf("llama-2-70b");
        assertTrue(i >= 0);
        assertEquals("Meta", meta.tooltip().apply(i).rows().stream()
                .filter(r -> r.label().equals("Organisation")).findFirst().orElseThrow().value());
        assertEquals("Llama 2", meta.tooltip().apply(i).rows().get(0).value(), "the family with its version");
        Set<String> colours = modelLayers(byOrg).stream().map(PointLayer::colorKey).collect(Collectors.toSet());
        assertEquals(modelLayers(byOrg).size(), colours.size(), "one colour per series");
        assertEquals(SeriesColors.OTHER, modelLayers(byOrg).get(modelLayers(byOrg).size() - 1).name(), "Other last");
    }

    @ParameterizedTest
    @CsvSource({"open-weights, OPEN_WEIGHTS", "release-year, RELEASE_YEAR", "none, NONE", "organisation, ORGANISATION",
            "bogus, FAMILY"})
    void colourByKeysRoundTrip(String key, ColorBy expected) {
        assertEquals(expected, ColorBy.fromKey(key));
        if (expected != ColorBy.FAMILY) {
            assertEquals(key, expected.key());
            ChartSpec spec = expected.apply(chart(ChartKind.DENSITY), bundled);
            assertEquals(points(chart(ChartKind.DENSITY)), points(spec));
        }
    }

    @Test
    void colourByNoneIsOneSeries() {
        assertEquals(List.of("Models"), modelLayers(ColorBy.NONE.apply(chart(ChartKind.TOKENS_PARAMS), bundled))
                .stream().map(PointLayer::name).toList());
    }

    @Test
    void hiddenSeriesKeepsItsLegendEntryAndLosesItsPointsAndFrontier() {
        ChartSpec pareto = chart(ChartKind.PARETO);
        PointLayer h100 = (PointLayer) pareto.layers().stream().filter(l -> l.id().equals("modelled-h100-sxm"))
                .findFirst().orElseThrow();
        ChartSpec hidden = DisplayOptions.NONE.withSeriesShown(null, List.of(h100.name())).applyTo(pareto);
        Layer after = hidden.layers().stream().filter(l -> l.id().equals(h100.id())).findFirst().orElseThrow();
        assertTrue(DisplayOptions.isHidden(after));
        assertFalse(hidden.layers().stream().anyMatch(l -> l.id().equals("frontier-h100-sxm")), "its frontier goes too");
        PlotScene scene = PlotLayout.layout(hidden, LayoutOptions.of(1000, 640, Theme.LIGHT));
        PlotScene.LegendEntry entry = scene.legendEntries().stream().filter(e -> e.name().equals(h100.name()))
                .findFirst().orElseThrow();
        assertTrue(entry.hidden());
        assertEquals(PlotScene.LegendEntry.Kind.SERIES, entry.kind());
    }

    @Test
    void hollowAndFilledMarkersAreExplainedInTheLegend() {
        PlotScene scene = PlotLayout.layout(chart(ChartKind.TOKENS_PARAMS), LayoutOptions.of(1200, 800, Theme.LIGHT));
        assertTrue(scene.legendEntries().stream().anyMatch(e -> e.kind() == PlotScene.LegendEntry.Kind.NOTE
                && e.name().contains("estimated")), scene.legendEntries().toString());
    }

    @Test
    void logAxesAreNotedUnderTheChartAndLinearOnesAreNot() {
        PlotScene log = PlotLayout.layout(chart(ChartKind.TOKENS_PARAMS), LayoutOptions.of(1200, 800, Theme.LIGHT));
        assertTrue(texts(log).stream().anyMatch(t -> t.startsWith("Both axes are plotted on a logarithmic scale")),
                texts(log).toString());
        ChartSpec linear = new DisplayOptions(dev.scalinglens.plot.spec.ScaleType.LINEAR,
                dev.scalinglens.plot.spec.ScaleType.LINEAR, true).applyTo(chart(ChartKind.TOKENS_PARAMS));
        PlotScene lin = PlotLayout.layout(linear, LayoutOptions.of(1200, 800, Theme.LIGHT));
        assertFalse(texts(lin).stream().anyMatch(t -> t.contains("logarithmic")));
        PlotScene density = PlotLayout.layout(chart(ChartKind.DENSITY), LayoutOptions.of(1200, 800, Theme.LIGHT));
        assertTrue(texts(density).stream().anyMatch(t -> t.startsWith("The vertical axis is plotted on a logarithmic")));
    }

    private static List<String> texts(PlotScene scene) {
        return scene.groups().stream().flatMap(g -> g.marks().stream())
                .filter(m -> m instanceof dev.scalinglens.plot.scene.TextMark)
                .map(m -> ((dev.scalinglens.plot.scene.TextMark) m).text())
                .toList();
    }

    /** The narrow chart of a 1024-px window with settings open, and wider ones: the legend covers no point. */
    @ParameterizedTest
    @CsvSource({"TOKENS_PARAMS, 640, 520", "TOKENS_PARAMS, 1100, 700", "DENSITY, 640, 520", "DENSITY, 1500, 900",
            "TOKENS_PARAMS, 200, 550", "DENSITY, 200, 550", "PARETO, 200, 550", "TOKENS_PARAMS, 420, 300",
            "PARETO, 640, 520", "LAYER_LOSS, 640, 520"})
    void legendCoversNoPoint(String name, double w, double h) {
        ChartDefinition<?> kind = kind(name);
        PlotScene scene = PlotLayout.layout(chart(kind), LayoutOptions.of(w, h, Theme.LIGHT));
        Rect box = scene.legendBox();
        if (box == null) {
            return;
        }
        for (PointsMark pm : scene.pointLayers()) {
            for (int i = 0; i < pm.size(); i++) {
                assertFalse(box.contains(pm.pixelX(i), pm.pixelY(i)), kind + ": legend covers " + pm.layerId() + "[" + i + "]");
            }
        }
    }

    @ParameterizedTest
    @CsvSource({"TOKENS_PARAMS, 300", "DENSITY, 300", "PARETO, 260", "TOKENS_PARAMS, 640"})
    void titlesAndNotesWrapInsideANarrowChart(String name, double w) {
        ChartDefinition<?> kind = kind(name);
        PlotScene scene = PlotLayout.layout(chart(kind), LayoutOptions.of(w, 600, Theme.LIGHT));
        scene.groups().stream().filter(g -> g.id().equals("titles")).flatMap(g -> g.marks().stream())
                .map(m -> (dev.scalinglens.plot.scene.TextMark) m).forEach(t -> assertTrue(
                        t.x() + dev.scalinglens.plot.text.TextMeasurer.width(t.text(), t.sizePx(), t.bold()) <= w,
                        "clipped: " + t.text()));
    }

    @Test
    void collapsedLegendSaysHowManyMoreAndExpands() {
        ChartSpec byOrg = ColorBy.ORGANISATION.apply(chart(ChartKind.TOKENS_PARAMS), bundled);
        PlotScene small = PlotLayout.layout(byOrg, LayoutOptions.of(420, 300, Theme.LIGHT));
        PlotScene.LegendEntry more = small.legendEntries().stream()
                .filter(e -> e.kind() == PlotScene.LegendEntry.Kind.MORE).findFirst().orElse(null);
        if (more != null) {
            assertTrue(more.name().matches("\\+\\d+ more"), more.name());
            PlotScene expanded = PlotLayout.layout(byOrg, LayoutOptions.of(420, 300, Theme.LIGHT).withLegendExpanded(true));
            assertTrue(expanded.legendEntries().stream().noneMatch(e -> e.kind() == PlotScene.LegendEntry.Kind.MORE));
        }
        assertNull(null);
    }

    @Test
    void hiddenLineSeriesKeepsALegendEntry() {
        ChartSpec loss = chart(ChartKind.LAYER_LOSS);
        LineLayer first = (LineLayer) loss.layers().stream().filter(l -> l instanceof LineLayer ll && ll.name() != null)
                .findFirst().orElseThrow();
        ChartSpec hidden = DisplayOptions.NONE.withSeriesShown(null, List.of(first.name())).applyTo(loss);
        assertTrue(hidden.layers().stream().anyMatch(l -> l.id().equals(first.id()) && DisplayOptions.isHidden(l)));
        assertFalse(hidden.layers().stream().anyMatch(l -> l.name() == null && first.colorKey().equals(l.colorKey())
                && l instanceof PointLayer));
    }
}

package dev.scalinglens.plot.layout;

import dev.scalinglens.plot.scene.AxisScale;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scalinglens.plot.SampleCharts;
import dev.scalinglens.plot.Theme;
import dev.scalinglens.plot.Viewport;
import dev.scalinglens.plot.scene.PlacedLabel;
import dev.scalinglens.plot.scene.PlotScene;
import dev.scalinglens.plot.spec.AxisSpec;
import dev.scalinglens.plot.spec.ChartSpec;
import dev.scalinglens.plot.spec.PointLayer;
import dev.scalinglens.plot.spec.ScaleType;
import dev.scalinglens.plot.spec.TickFormat;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PlotLayoutTest {

    /** 400 labelled points crowded on a diagonal: many labels must be hidden, none may overlap. */
    private static ChartSpec crowded(int[] priority) {
        return scattered(400, priority);
    }

    private static ChartSpec scattered(int n, int[] priority) {
        double[] x = new double[n];
        double[] y = new double[n];
        String[] ids = new String[n];
        String[] labels = new String[n];
        for (int i = 0; i < n; i++) {
            x[i] = Math.pow(10, 6 + 6.0 * i / n);
            y[i] = Math.pow(10, 8 + 5.0 * ((i * 37L) % n) / n);
            ids[i] = "m" + i;
            labels[i] = "Model " + i;
        }
        PointLayer layer = PointLayer.builder("models", x, y).name("Models").colorKey("gemma").pointIds(ids)
                .labels(labels).labelPriority(priority).build();
        return new ChartSpec("t", "Crowded", null, AxisSpec.auto("x", ScaleType.LOG10, TickFormat.SI),
                AxisSpec.auto("y", ScaleType.LOG10, TickFormat.SI), List.of(layer), List.of(), "test", List.of());
    }

    @Test
    void placedLabelsNeverOverlapEachOtherTheLegendOrThePlotEdge() {
        PlotScene scene = PlotLayout.layout(crowded(null), LayoutOptions.of(800, 500, Theme.LIGHT));
        List<PlacedLabel> labels = scene.labels();
        assertTrue(labels.size() > 10, "some labels fit: " + labels.size());
        assertTrue(labels.size() < 400, "crowded labels are hidden: " + labels.size());
        for (int i = 0; i < labels.size(); i++) {
            assertTrue(scene.plotArea().contains(labels.get(i).box()), labels.get(i).toString());
            assertNotNull(scene.legendBox());
            assertFalse(scene.legendBox().intersects(labels.get(i).box()), labels.get(i).toString());
            for (int j = i + 1; j < labels.size(); j++) {
                assertFalse(labels.get(i).box().intersects(labels.get(j).box()),
                        labels.get(i) + " overlaps " + labels.get(j));
            }
        }
    }

    @Test
    void pinnedLabelsArePlacedBeforeHighPriorityOnes() {
        int[] priority = new int[60];
        priority[31] = 100;
        LayoutOptions opts = new LayoutOptions(800, 500, Theme.LIGHT, null, Set.of("m30"), Set.of("m5"), 1);
        PlotScene scene = PlotLayout.layout(scattered(60, priority), opts);
        assertEquals("m30", scene.labels().get(0).point().pointId());
        assertEquals("m5", scene.labels().get(1).point().pointId());
        assertEquals("m31", scene.labels().get(2).point().pointId());
    }

    private static List<dev.scalinglens.plot.scene.PointsMark> focusMarks(PlotScene scene) {
        return scene.groups().stream().filter(g -> g.id().equals("selection"))
                .flatMap(g -> g.marks().stream())
                .filter(m -> m instanceof dev.scalinglens.plot.scene.PointsMark pm && pm.layerId().endsWith("-focus"))
                .map(m -> (dev.scalinglens.plot.scene.PointsMark) m).toList();
    }

    @Test
    void selectionFadesEveryOtherPointAndRedrawsTheSelectedAtFullStrength() {
        ChartSpec spec = scattered(60, null);
        PlotScene plain = PlotLayout.layout(spec, LayoutOptions.of(800, 500, Theme.LIGHT));
        assertEquals(1.0, plain.pointLayers().get(0).stroke().opacity(), 1e-9);
        assertTrue(focusMarks(plain).isEmpty());

        PlotScene selected = PlotLayout.layout(spec,
                new LayoutOptions(800, 500, Theme.LIGHT, null, Set.of(), Set.of("m5", "m7"), 1));
        assertEquals(Focus.FADED_OPACITY, selected.pointLayers().get(0).stroke().opacity(), 0.01);
        List<dev.scalinglens.plot.scene.PointsMark> focus = focusMarks(selected);
        assertEquals(1, focus.size());
        assertEquals(List.of("m5", "m7"), List.of(focus.get(0).source().pointIds()));
        assertEquals(1.0, focus.get(0).stroke().opacity(), 1e-9);
        assertEquals(plain.pointLayers().get(0).pixelX(5), focus.get(0).pixelX(0), 1e-9);
        assertEquals(plain.pointLayers().get(0).fill(), focus.get(0).fill(), "the selected point keeps its colour");
    }

    @Test
    void aSelectionNotOnTheChartFadesNothing() {
        PlotScene scene = PlotLayout.layout(scattered(60, null),
                new LayoutOptions(800, 500, Theme.LIGHT, null, Set.of(), Set.of("elsewhere"), 1));
        assertEquals(1.0, scene.pointLayers().get(0).stroke().opacity(), 1e-9);
    }

    @Test
    void aHighlightFadesTheRestAndAnEmptyOneFadesEverything() {
        ChartSpec spec = scattered(60, null);
        PlotScene matches = PlotLayout.layout(spec, LayoutOptions.of(800, 500, Theme.LIGHT).withHighlight(Set.of("m1")));
        assertEquals(List.of("m1"), List.of(focusMarks(matches).get(0).source().pointIds()));
        PlotScene none = PlotLayout.layout(spec, LayoutOptions.of(800, 500, Theme.LIGHT).withHighlight(Set.of()));
        assertEquals(Focus.FADED_OPACITY, none.pointLayers().get(0).stroke().opacity(), 0.01);
        assertTrue(focusMarks(none).isEmpty());
    }

    @Test
    void labelPriorityDecidesWhoGetsTheSpace() {
        int[] priority = new int[400];
        for (int i = 0; i < 400; i += 7) {
            priority[i] = 5;
        }
        PlotScene scene = PlotLayout.layout(crowded(priority), LayoutOptions.of(800, 500, Theme.LIGHT));
        // Greedy in priority order: the first placed labels are all high-priority points.
        for (int k = 0; k < 10; k++) {
            assertEquals(0, scene.labels().get(k).point().index() % 7, scene.labels().get(k).toString());
        }
    }

    @Test
    void viewportIsUsedAsGivenAndFitIncludesAllPoints() {
        ChartSpec spec = SampleCharts.tokensVsParams();
        PlotScene fit = PlotLayout.layout(spec, LayoutOptions.of(800, 500, Theme.LIGHT));
        assertTrue(fit.viewport().xMin() < 6.7e9 && fit.viewport().xMax() > 280e9, fit.viewport().toString());
        Viewport v = new Viewport(1e10, 1e11, 1e11, 1e13);
        PlotScene zoomed = PlotLayout.layout(spec, LayoutOptions.of(800, 500, Theme.LIGHT).withViewport(v));
        assertEquals(v, zoomed.viewport());
        assertEquals(zoomed.plotArea().x(), zoomed.xScale().toPixel(1e10), 1e-9);
    }

    @Test
    void zoomKeepsTheDataUnderTheCursorInLogSpace() {
        PlotScene scene = PlotLayout.layout(SampleCharts.tokensVsParams(), LayoutOptions.of(800, 500, Theme.LIGHT));
        double px = scene.plotArea().x() + 123;
        double py = scene.plotArea().y() + 77;
        double dataX = scene.xScale().toData(px);
        double dataY = scene.yScale().toData(py);
        Viewport v = ViewportMath.zoom(scene, 1.7, px, py);
        PlotScene zoomed = PlotLayout.layout(scene.spec(), LayoutOptions.of(800, 500, Theme.LIGHT).withViewport(v)
                .withMinLeftMargin(scene.plotArea().x()));
        assertEquals(dataX, zoomed.xScale().toData(px), dataX * 1e-9);
        assertEquals(dataY, zoomed.yScale().toData(py), dataY * 1e-9);
        // Same decades per pixel ratio change on both sides of the cursor.
        double before = Math.log10(scene.viewport().xMax() / scene.viewport().xMin());
        double after = Math.log10(v.xMax() / v.xMin());
        assertEquals(1.7, before / after, 1e-9);
    }

    @Test
    void switchingAnAxisToLogWithAZeroInTheViewportFallsBackToFitting() {
        ChartSpec spec = SampleCharts.tokensVsParams();
        Viewport linear = new Viewport(0, 3e11, 0, 2e13);
        PlotScene scene = PlotLayout.layout(spec, LayoutOptions.of(800, 500, Theme.LIGHT).withViewport(linear));
        assertTrue(scene.viewport().xMin() > 0);
    }

    @Test
    void axisBreakCutsTheRangeOutOfTheScale() {
        PlotScene scene = PlotLayout.layout(SampleCharts.brokenAxis(), LayoutOptions.of(800, 500, Theme.LIGHT));
        AxisScale y = scene.yScale();
        assertEquals(y.toPixel(0.6), y.toPixel(1.95), 1e-9);
        assertTrue(scene.yTicks().stream().noneMatch(t -> t.value() > 0.6 + 1e-9 && t.value() < 1.95 - 1e-9));
    }

    @Test
    void legendGoesInsideWhereCornersAreEmptyAndOutsideWhenEveryCornerIsCovered() {
        PlotScene sparse = PlotLayout.layout(SampleCharts.tokensVsParams(), LayoutOptions.of(900, 600, Theme.LIGHT));
        assertTrue(sparse.plotArea().contains(sparse.legendBox()));
        int side = 40;
        double[] x = new double[side * side];
        double[] y = new double[side * side];
        for (int i = 0; i < x.length; i++) {
            x[i] = i % side;
            y[i] = i / side;
        }
        ChartSpec grid = new ChartSpec("grid", "Grid", null, AxisSpec.auto("x", ScaleType.LINEAR, TickFormat.PLAIN),
                AxisSpec.auto("y", ScaleType.LINEAR, TickFormat.PLAIN),
                List.of(PointLayer.simple("g", "Everywhere", "phi", x, y)), List.of(), null, List.of());
        PlotScene crowded = PlotLayout.layout(grid, LayoutOptions.of(900, 600, Theme.LIGHT));
        assertTrue(crowded.legendBox().x() >= crowded.plotArea().maxX(), crowded.legendBox() + " vs " + crowded.plotArea());
        assertTrue(crowded.legendBox().maxX() <= 900);
    }

    @Test
    void missingAxisGivesAClearMessage() {
        ChartSpec broken = new ChartSpec("pareto", "t", null, null, AxisSpec.auto("y", ScaleType.LINEAR, TickFormat.PLAIN),
                List.of(), List.of(), null, List.of());
        NullPointerException e = org.junit.jupiter.api.Assertions.assertThrows(NullPointerException.class,
                () -> PlotLayout.layout(broken, LayoutOptions.of(400, 300, Theme.LIGHT)));
        assertEquals("chart 'pareto' has no x axis", e.getMessage());
    }

    @Test
    void functionThatFailsSomewhereIsDrawnWhereItWorks() {
        ChartSpec base = SampleCharts.tokensVsParams();
        var f = new dev.scalinglens.plot.spec.FunctionLayer("f", null, "fit", dev.scalinglens.plot.spec.LineStyle.SOLID,
                1, n -> {
                    if (n < 5e10) {
                        throw new IllegalStateException("undefined below 50B");
                    }
                    return 10 * n;
                }, Double.NaN, Double.NaN, null);
        ChartSpec spec = new ChartSpec("t", "t", null, base.xAxis(), base.yAxis(),
                List.of(base.layers().get(1), f), List.of(), null, List.of());
        PlotScene scene = PlotLayout.layout(spec, LayoutOptions.of(800, 500, Theme.LIGHT));
        var line = (dev.scalinglens.plot.scene.PolylineMark) scene.groups().stream()
                .filter(g -> g.id().equals("f")).findFirst().orElseThrow().marks().get(0);
        long drawn = java.util.Arrays.stream(line.ys()).filter(Double::isFinite).count();
        assertTrue(drawn > 10 && drawn < line.ys().length, drawn + " of " + line.ys().length);
    }

    @Test
    void tinyCanvasStillLaysOut() {
        PlotScene scene = PlotLayout.layout(SampleCharts.tokensVsParams(), LayoutOptions.of(60, 40, Theme.DARK));
        assertNotNull(scene.plotArea());
    }

    /**
     * A horizontal rule's label clears the line (descenders included) and moves off a point that sits where it
     * would be written (the Engram slide's "w/o short conv" under the baseline's label).
     */
    @Test
    void aRuleLabelClearsItsLineAndCoversNoPoint() {
        String label = "3B MoE + 1.6B Engram (layers 2 + 6) (1.7680)";
        PointLayer points = PointLayer.builder("p", new double[] {1, 5, 10}, new double[] {2, 3, 1.05}).build();
        var rule = new dev.scalinglens.plot.spec.RuleLayer("rule", null, "reference",
                dev.scalinglens.plot.spec.LineStyle.DASHED, 1, dev.scalinglens.plot.spec.RuleLayer.Orientation.HORIZONTAL,
                1.0, label);
        ChartSpec spec = new ChartSpec("r", "r", null, AxisSpec.auto("x", ScaleType.LINEAR, TickFormat.PLAIN),
                AxisSpec.auto("y", ScaleType.LINEAR, TickFormat.PLAIN), List.of(points, rule), List.of(), null, List.of());
        // Slide-sized text (2.2×), where a fixed 4 px gap let the descenders reach the line.
        PlotScene scene = PlotLayout.layout(spec, new LayoutOptions(1920, 1080, Theme.LIGHT, null, Set.of(), Set.of(),
                2.2));

        var text = scene.groups().stream().flatMap(g -> g.marks().stream())
                .filter(m -> m instanceof dev.scalinglens.plot.scene.TextMark t && t.text().equals(label))
                .map(m -> (dev.scalinglens.plot.scene.TextMark) m).findFirst().orElseThrow();
        var line = (dev.scalinglens.plot.scene.SegmentsMark) scene.groups().stream()
                .filter(g -> g.id().equals("rule")).findFirst().orElseThrow().marks().get(0);
        double lineY = line.coords()[1];
        double descent = dev.scalinglens.plot.text.TextMeasurer.descent(text.sizePx(), false);
        double ascent = dev.scalinglens.plot.text.TextMeasurer.ascent(text.sizePx(), false);
        assertTrue(text.y() + descent < lineY || text.y() - ascent > lineY, "the text stays off its line");
        var marks = (dev.scalinglens.plot.scene.PointsMark) scene.groups().stream()
                .filter(g -> g.id().equals("p")).findFirst().orElseThrow().marks().get(0);
        for (int i = 0; i < 3; i++) {
            double px = marks.pixelX(i);
            double py = marks.pixelY(i);
            boolean covered = px >= text.startX() && px <= text.startX() + text.widthPx()
                    && py >= text.y() - ascent && py <= text.y() + descent;
            assertFalse(covered, "point " + i + " under the label");
        }
    }

    /**
     * The Engram slide: the best layer's callout, asked for below-right of the minimum, would sit on the
     * baseline rule and its label just below; it moves to a clear spot, and its arrow crosses no text.
     */
    @Test
    void aCalloutKeepsOffRulesAndOtherTextAndItsArrowCrossesNoText() {
        double[] layers = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12};
        double[] loss = {1.7735, 1.7710, 1.7752, 1.7767, 1.7791, 1.7779, 1.7798, 1.7807, 1.7813, 1.7815, 1.7829,
                1.7827};
        String ruleLabel = "3B MoE + 1.6B Engram (layers 2 + 6) (1.7680)";
        String callout = "Best: layer 2, loss 1.7710";
        var sweep = new dev.scalinglens.plot.spec.LineLayer("sweep", "sweep", "series-0",
                dev.scalinglens.plot.spec.LineStyle.SOLID, 2, layers, loss, null);
        PointLayer points = PointLayer.builder("p", layers, loss).build();
        var rule = new dev.scalinglens.plot.spec.RuleLayer("rule", null, "reference",
                dev.scalinglens.plot.spec.LineStyle.DASHED, 1, dev.scalinglens.plot.spec.RuleLayer.Orientation.HORIZONTAL,
                1.7680, ruleLabel);
        // The dense model's baseline far above squeezes the sweep towards the lower rule, as on the slide.
        var baseline = new dev.scalinglens.plot.spec.RuleLayer("baseline", null, "reference",
                dev.scalinglens.plot.spec.LineStyle.DASHED, 1, dev.scalinglens.plot.spec.RuleLayer.Orientation.HORIZONTAL,
                1.8080, "3B MoE baseline (1.8080)");
        ChartSpec spec = new ChartSpec("r", "r", null, AxisSpec.auto("x", ScaleType.LINEAR, TickFormat.PLAIN),
                AxisSpec.auto("y", ScaleType.LINEAR, TickFormat.PLAIN), List.of(sweep, points, rule, baseline),
                List.of(dev.scalinglens.plot.spec.Annotation.callout(2, 1.7710, callout, 40, 36)), null, List.of());
        PlotScene scene = PlotLayout.layout(spec, new LayoutOptions(1920, 1080, Theme.LIGHT, null, Set.of(), Set.of(),
                2.2));

        var texts = scene.groups().stream().flatMap(g -> g.marks().stream())
                .filter(m -> m instanceof dev.scalinglens.plot.scene.TextMark)
                .map(m -> (dev.scalinglens.plot.scene.TextMark) m).toList();
        var best = texts.stream().filter(t -> t.text().equals(callout)).findFirst().orElseThrow();
        var label = texts.stream().filter(t -> t.text().equals(ruleLabel)).findFirst().orElseThrow();
        var bestBox = box(best);
        assertFalse(bestBox.intersects(box(label)), "the callout is written over the rule's label");
        var line = (dev.scalinglens.plot.scene.SegmentsMark) scene.groups().stream()
                .filter(g -> g.id().equals("rule")).findFirst().orElseThrow().marks().get(0);
        double lineY = line.coords()[1];
        assertFalse(lineY >= bestBox.y() && lineY <= bestBox.maxY(), "the rule runs through the callout");
        var arrow = (dev.scalinglens.plot.scene.SegmentsMark) scene.groups().stream()
                .filter(g -> g.id().equals("annotations")).findFirst().orElseThrow().marks().stream()
                .filter(m -> m instanceof dev.scalinglens.plot.scene.SegmentsMark).findFirst().orElseThrow();
        double[] a = arrow.coords();
        for (var t : texts) {
            assertFalse(LineCrossing.crosses(box(t), a[0], a[1], a[2], a[3]), "the arrow crosses \"" + t.text() + "\"");
        }
    }

    private static dev.scalinglens.plot.scene.Rect box(dev.scalinglens.plot.scene.TextMark t) {
        double ascent = dev.scalinglens.plot.text.TextMeasurer.ascent(t.sizePx(), t.bold());
        double descent = dev.scalinglens.plot.text.TextMeasurer.descent(t.sizePx(), t.bold());
        return new dev.scalinglens.plot.scene.Rect(t.startX(), t.y() - ascent, t.widthPx(), ascent + descent);
    }
}

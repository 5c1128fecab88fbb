package dev.scalinglens.plot.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scalinglens.plot.Theme;
import dev.scalinglens.plot.scene.PlotScene;
import dev.scalinglens.plot.scene.Rect;
import dev.scalinglens.plot.scene.SceneGroup;
import dev.scalinglens.plot.scene.TextMark;
import dev.scalinglens.plot.spec.AxisSpec;
import dev.scalinglens.plot.spec.ChartSpec;
import dev.scalinglens.plot.spec.Layer;
import dev.scalinglens.plot.spec.PointLayer;
import dev.scalinglens.plot.spec.ScaleType;
import dev.scalinglens.plot.spec.TickFormat;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LegendLayoutTest {

    private static ChartSpec families(int count) {
        List<Layer> layers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            layers.add(PointLayer.simple("family-" + i, "Family number " + i, "family " + i,
                    new double[] {1 + i}, new double[] {1 + i}));
        }
        return new ChartSpec("test", "Title", null, AxisSpec.auto("x", ScaleType.LINEAR, TickFormat.PLAIN),
                AxisSpec.auto("y", ScaleType.LINEAR, TickFormat.PLAIN), layers, List.of(), "Source", List.of());
    }

    private static List<String> legendTexts(PlotScene scene) {
        return scene.groups().stream().filter(g -> g.id().equals("legend")).map(SceneGroup::marks)
                .flatMap(List::stream).filter(TextMark.class::isInstance).map(m -> ((TextMark) m).text()).toList();
    }

    @Test
    void layoutFewFamiliesListsEveryOne() {
        PlotScene scene = PlotLayout.layout(families(5), LayoutOptions.of(1600, 900, Theme.LIGHT));

        assertEquals(5, legendTexts(scene).size());
    }

    @Test
    void layoutManyFamiliesOnASmallChartKeepsTheLegendSmallAndSaysWhatIsLeftOut() {
        PlotScene scene = PlotLayout.layout(families(60), LayoutOptions.of(800, 600, Theme.LIGHT));

        Rect box = scene.legendBox();
        assertTrue(box.width() * box.height() <= LegendStage.LEGEND_MAX_AREA_SHARE * 800 * 600, box.toString());
        List<String> texts = legendTexts(scene);
        String more = texts.get(texts.size() - 1);
        assertEquals("+" + (60 - (texts.size() - 1)) + " more", more);
        assertTrue(box.maxY() <= 600 && box.maxX() <= 800, box.toString());
    }

    @Test
    void layoutLegendTallerThanThePlotFlowsIntoColumns() {
        PlotScene scene = PlotLayout.layout(families(44), LayoutOptions.of(1600, 900, Theme.LIGHT));

        Rect box = scene.legendBox();
        assertTrue(box.maxY() <= scene.plotArea().maxY() + 1, box + " vs plot " + scene.plotArea());
    }

    /** A line is data too: the legend leaves the corner a fitted line runs through, even with no point there. */
    @Test
    void bestInsideAvoidsTheCornerALineCrosses() {
        Rect plot = new Rect(0, 0, 800, 600);
        double[] size = {200, 120, 3};
        var diagonalThroughTopLeft = new dev.scalinglens.plot.scene.PolylineMark(new double[] {0, 400},
                new double[] {0, 300}, null, 1, dev.scalinglens.plot.spec.LineStyle.SOLID);

        assertEquals(new Rect(8, 8, 200, 120), LegendLayout.bestInside(plot, size, List.of()).box(), "no data: top left");
        LegendLayout.Placement placed = LegendLayout.bestInside(plot, size, List.of(), List.of(diagonalThroughTopLeft));
        assertEquals(0, placed.coveredPoints());
        assertEquals(new Rect(592, 8, 200, 120), placed.box(), "top right, clear of the line");
    }
}

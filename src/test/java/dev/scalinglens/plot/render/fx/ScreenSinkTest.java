package dev.scalinglens.plot.render.fx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scalinglens.plot.SampleCharts;
import dev.scalinglens.plot.Theme;
import dev.scalinglens.plot.layout.LayoutOptions;
import dev.scalinglens.plot.layout.PlotLayout;
import dev.scalinglens.plot.render.PlotBackdrop;
import dev.scalinglens.plot.scene.PlotScene;
import dev.scalinglens.plot.scene.Rect;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScreenSinkTest {

    @Test
    void stripsAroundTheBackdropCoverTheRestExactlyOnce() {
        Rect outer = new Rect(0, 0, 900, 600);
        Rect hole = new Rect(70, 43.5, 800.5, 500);
        List<Rect> strips = ScreenSink.around(outer, hole);
        assertEquals(4, strips.size());
        double area = hole.width() * hole.height();
        for (int i = 0; i < strips.size(); i++) {
            assertFalse(strips.get(i).intersects(hole));
            for (int j = i + 1; j < strips.size(); j++) {
                assertFalse(strips.get(i).intersects(strips.get(j)));
            }
            area += strips.get(i).width() * strips.get(i).height();
        }
        assertEquals(outer.width() * outer.height(), area, 1e-6);
        assertTrue(ScreenSink.around(outer, outer).isEmpty());
    }

    @Test
    void onlyAFrameWithADenseLayerHasABackdrop() {
        PlotScene sparse = PlotLayout.layout(SampleCharts.tokensVsParams(), LayoutOptions.of(900, 600, Theme.LIGHT));
        assertEquals(-1, PlotBackdrop.lastDenseGroup(sparse.groups()));
        PlotScene dense = PlotLayout.layout(SampleCharts.denseBetweenLayers(5_000, 1),
                LayoutOptions.of(900, 600, Theme.LIGHT));
        int last = PlotBackdrop.lastDenseGroup(dense.groups());
        assertEquals("random", dense.groups().get(last).id());
        assertEquals(dense.plotArea(), dense.groups().get(last).clip());
    }
}

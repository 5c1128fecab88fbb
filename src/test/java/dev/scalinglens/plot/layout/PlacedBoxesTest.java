package dev.scalinglens.plot.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scalinglens.plot.scene.Rect;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PlacedBoxesTest {

    private static final Rect PLOT = new Rect(80, 70, 1300, 730);

    /** The cells only narrow the search: every answer must be what a scan of all boxes gives. */
    @Test
    void answersAsAScanOfEveryBox() {
        Random random = new Random(19);
        PlacedBoxes boxes = new PlacedBoxes(PLOT);
        List<Rect> all = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            Rect query = randomBox(random);
            boolean expected = all.stream().anyMatch(b -> b.intersects(query));
            assertEquals(expected, boxes.anyIntersects(query.x(), query.y(), query.width(), query.height()),
                    () -> query + " against " + all.size() + " boxes");
            if (random.nextInt(3) == 0) {
                boxes.add(query);
                all.add(query);
            }
        }
    }

    /** Far outside the plot, huge and not finite: filed at the border or checked always, never lost. */
    @Test
    void findsBoxesOutsideThePlotHugeOrNotFinite() {
        PlacedBoxes boxes = new PlacedBoxes(PLOT);
        boxes.add(new Rect(-1e12, 5e11, 10, 10));
        boxes.add(new Rect(0, 0, 1e6, 1e6));
        boxes.add(new Rect(Double.NEGATIVE_INFINITY, 300, Double.POSITIVE_INFINITY, 5));
        assertTrue(boxes.anyIntersects(-1e12 + 5, 5e11 + 5, 1, 1));
        assertTrue(boxes.anyIntersects(900, 600, 1, 1));
        assertFalse(new PlacedBoxes(PLOT).anyIntersects(0, 0, 0, 0));
    }

    @Test
    void oddPlotsStillAnswerExactly() {
        for (Rect plot : List.of(new Rect(0, 0, 0, 0), new Rect(0, 0, 1e9, 1e9),
                new Rect(Double.NaN, Double.NaN, 10, 10))) {
            PlacedBoxes boxes = new PlacedBoxes(plot);
            boxes.add(new Rect(100, 100, 50, 20));
            assertTrue(boxes.anyIntersects(140, 110, 30, 30), plot::toString);
            assertFalse(boxes.anyIntersects(151, 110, 30, 30), plot::toString);
        }
    }

    /** Boxes of label size around and beyond the plot, some sharing edges exactly (touching is not overlap). */
    private static Rect randomBox(Random random) {
        double x = Math.floor(PLOT.x() - 200 + random.nextDouble() * (PLOT.width() + 400));
        double y = Math.floor(PLOT.y() - 200 + random.nextDouble() * (PLOT.height() + 400));
        return new Rect(x, y, 1 + random.nextInt(120), 1 + random.nextInt(30));
    }
}

package dev.scalinglens.plot.layout;

import dev.scalinglens.plot.scene.Rect;
import dev.scalinglens.plot.scene.TextMark;
import dev.scalinglens.plot.text.TextMeasurer;
import java.util.ArrayList;
import java.util.List;

/**
 * Text already placed inside the plot (annotations, curve and rule labels): later text steps clear of it, and
 * point labels avoid it.
 */
final class TextObstacles {

    /** How many lines a curve or rule label may move up or down to get clear of other text. */
    private static final int MAX_LABEL_STEPS = 3;

    private final List<Rect> boxes = new ArrayList<>();
    /** The plot area: moved labels stay inside it. */
    private final Rect plot;

    TextObstacles(Rect plot) {
        this.plot = plot;
    }

    List<Rect> boxes() {
        return boxes;
    }

    /**
     * Places a curve or rule label and keeps it as an obstacle for later text. When it would overlap text
     * already placed (two frontiers ending side by side), it steps away by a line at a time, down first,
     * staying inside the plot; if no free spot is found it stays where it was asked to be.
     */
    TextMark place(TextMark t) {
        double ascent = TextMeasurer.ascent(t.sizePx(), t.bold());
        double height = ascent + TextMeasurer.descent(t.sizePx(), t.bold());
        TextMark placed = t;
        for (int step = 0; step <= 2 * MAX_LABEL_STEPS; step++) {
            double dy = (step % 2 == 1 ? 1 : -1) * ((step + 1) / 2) * height;
            TextMark candidate = dy == 0 ? t : new TextMark(t.text(), t.x(), t.y() + dy, t.sizePx(), t.bold(), t.color(),
                    t.anchor(), t.rotationDeg(), t.widthPx());
            Rect box = new Rect(candidate.startX(), candidate.y() - ascent, candidate.widthPx(), height);
            boolean inside = box.y() >= plot.y() && box.maxY() <= plot.maxY();
            if ((step == 0 || inside) && boxes.stream().noneMatch(box::intersects)) {
                placed = candidate;
                break;
            }
        }
        boxes.add(new Rect(placed.startX(), placed.y() - ascent, placed.widthPx(), height));
        return placed;
    }
}

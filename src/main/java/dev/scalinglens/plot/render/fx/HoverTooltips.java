package dev.scalinglens.plot.render.fx;

import dev.scalinglens.plot.PointRef;
import dev.scalinglens.plot.scene.PlotScene;
import dev.scalinglens.plot.scene.PointsMark;
import dev.scalinglens.plot.spec.Tooltip;
import java.util.List;
import javafx.scene.Cursor;
import javafx.scene.input.MouseEvent;

/**
 * Hover shows the nearest point's tooltip (found through the canvas's point index, never a scan) and sets the
 * hovered point; over a legend entry it shows what a click does.
 */
final class HoverTooltips implements CanvasInteraction {

    private final TooltipView tooltip;
    private ChartCanvas canvas;

    HoverTooltips(TooltipView tooltip) {
        this.tooltip = tooltip;
    }

    @Override
    public void attach(ChartCanvas target) {
        this.canvas = target;
        target.addEventHandler(MouseEvent.MOUSE_MOVED, e -> hover(e.getX(), e.getY()));
        target.addEventHandler(MouseEvent.MOUSE_EXITED, e -> setHovered(null, 0, 0));
    }

    private void hover(double x, double y) {
        PlotScene.LegendEntry entry = canvas.legendEntryAt(x, y);
        if (entry != null && entry.kind() != PlotScene.LegendEntry.Kind.NOTE) {
            canvas.setCursor(Cursor.HAND);
            canvas.setHoveredPoint(null);
            Tooltip tip = entry.kind() == PlotScene.LegendEntry.Kind.MORE
                    ? Tooltip.of(entry.name(), List.of(new Tooltip.Row("Click", "list every series")))
                    : Tooltip.of(entry.name(), List.of(
                            new Tooltip.Row("Click", entry.hidden() ? "show this series" : "hide this series"),
                            new Tooltip.Row("Shift+click", "show only this series (again: show all)")));
            tooltip.show(tip, canvas.themeProperty().get());
            place(x, y);
            return;
        }
        canvas.setCursor(null);
        setHovered(canvas.pick(x, y), x, y);
    }

    /** Sets the hovered point and shows its tooltip at (x, y), or hides the tooltip for null. */
    void setHovered(PointRef ref, double x, double y) {
        canvas.setHoveredPoint(ref);
        PlotScene scene = canvas.currentScene();
        if (ref == null || scene == null) {
            tooltip.hide();
            return;
        }
        PointsMark pm = scene.pointLayers().stream().filter(m -> m.layerId().equals(ref.layerId())).findFirst()
                .orElse(null);
        if (pm == null) {
            tooltip.hide();
            return;
        }
        Tooltip tip = pm.source().tooltip() != null ? pm.source().tooltip().apply(ref.index()) : null;
        if (tip == null) {
            tip = Tooltip.of(pm.title(ref.index()), List.of(
                    new Tooltip.Row("x", Double.toString(pm.source().x()[ref.index()])),
                    new Tooltip.Row("y", Double.toString(pm.source().y()[ref.index()]))));
        }
        double fontScale = canvas.fontScaleProperty().get();
        tooltip.show(tip, canvas.themeProperty().get(), fontScale > 0 ? fontScale : 1);
        place(x, y);
    }

    /** Keeps the card inside the chart: right/below the cursor unless that would overflow. */
    private void place(double x, double y) {
        double tx = x + 14 + tooltip.getWidth() > canvas.getWidth() ? x - 14 - tooltip.getWidth() : x + 14;
        double ty = y + 14 + tooltip.getHeight() > canvas.getHeight() ? y - 14 - tooltip.getHeight() : y + 14;
        tooltip.relocate(Math.max(0, tx), Math.max(0, ty));
    }
}

package dev.scalinglens.plot.render.fx;

import dev.scalinglens.plot.Palette;
import dev.scalinglens.plot.Theme;
import dev.scalinglens.plot.spec.Tooltip;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Border;
import javafx.scene.layout.BorderStroke;
import javafx.scene.layout.BorderStrokeStyle;
import javafx.scene.layout.BorderWidths;
import javafx.scene.layout.CornerRadii;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;

/** The hover card: a title, label/value rows and, when the tooltip has one, a small horizontal bar chart. */
final class TooltipView extends VBox {

    private static final double BAR_MAX_PX = 120;
    private double scale = 1;

    TooltipView() {
        setSpacing(4);
        setPadding(new Insets(6, 8, 6, 8));
        setManaged(false);
        setVisible(false);
        setMouseTransparent(true);
        // Opaque card with a shadow: it reads over dense points in both themes.
        setEffect(new javafx.scene.effect.DropShadow(6, 0, 1, javafx.scene.paint.Color.rgb(0, 0, 0, 0.35)));
    }

    void show(Tooltip tip, Theme theme) {
        show(tip, theme, 1);
    }

    /** @param fontScale multiplies the text sizes (the app's font size) */
    void show(Tooltip tip, Theme theme, double fontScale) {
        this.scale = fontScale;
        getChildren().clear();
        var text = FxSink.fx(Palette.colorFor("text", theme));
        var sub = FxSink.fx(Palette.colorFor("subtext", theme));
        setBackground(new Background(new BackgroundFill(FxSink.fx(Palette.background(theme)),
                new CornerRadii(4), Insets.EMPTY)));
        setBorder(new Border(new BorderStroke(FxSink.fx(Palette.colorFor("axis", theme)), BorderStrokeStyle.SOLID,
                new CornerRadii(4), new BorderWidths(0.8))));
        Label title = label(tip.title(), 12, true);
        title.setTextFill(text);
        getChildren().add(title);
        GridPane rows = new GridPane();
        rows.setHgap(10);
        int r = 0;
        for (Tooltip.Row row : tip.rows()) {
            Label k = label(row.label(), 11, false);
            k.setTextFill(sub);
            Label v = label(row.value(), 11, false);
            v.setTextFill(text);
            rows.addRow(r++, k, v);
        }
        getChildren().add(rows);
        if (!tip.bars().isEmpty()) {
            if (tip.barsTitle() != null) {
                Label bt = label(tip.barsTitle(), 11, true);
                bt.setTextFill(text);
                getChildren().add(bt);
            }
            double max = tip.bars().stream().mapToDouble(b -> Math.abs(b.value())).max().orElse(1);
            int i = 0;
            for (Tooltip.Bar bar : tip.bars()) {
                Label name = label(bar.label(), 10.5, false);
                name.setTextFill(sub);
                name.setMinWidth(80);
                Rectangle rect = new Rectangle(Math.max(1, BAR_MAX_PX * Math.abs(bar.value()) / (max == 0 ? 1 : max)), 9);
                rect.setFill(FxSink.fx(Palette.colorFor("bar" + i++, theme)));
                Label value = label(bar.valueText(), 10.5, false);
                value.setTextFill(text);
                HBox line = new HBox(6, name, rect, value);
                line.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
                getChildren().add(line);
            }
        }
        setVisible(true);
        applyCss();
        autosize();
    }

    void hide() {
        setVisible(false);
    }

    private Label label(String s, double size, boolean bold) {
        Label l = new Label(s == null ? "" : s);
        l.setFont(FxFonts.font(size * scale, bold));
        return l;
    }
}

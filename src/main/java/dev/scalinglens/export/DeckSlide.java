package dev.scalinglens.export;

import dev.scalinglens.plot.scene.PlotScene;
import java.util.Objects;

/**
 * One finished slide before it is written: title, the chart either as a laid-out scene (drawn as native
 * PowerPoint shapes) or as pictures (PNG always; SVG when available, shown by PowerPoint 2016+ with the PNG
 * as fallback elsewhere), speaker notes and the view JSON to store.
 *
 * @param scene the chart for native shapes, or null for the picture form
 * @param png   the chart picture, or null when {@code scene} is given
 * @param subtitle a line under the slide title (wrapped by PowerPoint), or null for none
 * @param valuesJson the values the chart was drawn from ({@link SlideValues}), stored for the next rebuild's
 *                   "what changed" note; null for none
 */
public record DeckSlide(String title, byte[] png, byte[] svg, String notes, String viewJson, PlotScene scene,
                        String subtitle, String valuesJson) {

    public DeckSlide {
        Objects.requireNonNull(title, "title");
        if (png == null && scene == null) {
            throw new NullPointerException("a slide needs a chart: png or scene");
        }
        Objects.requireNonNull(viewJson, "viewJson");
        notes = notes == null ? "" : notes;
    }

    /** A slide with the chart as pictures. */
    public DeckSlide(String title, byte[] png, byte[] svg, String notes, String viewJson) {
        this(title, png, svg, notes, viewJson, null, null, null);
    }
}

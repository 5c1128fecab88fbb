package dev.scalinglens.export;

import dev.scalinglens.charts.registry.ChartKind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A whole talk as data: {@code {"title": "...", "format": "16:9", "mode": "native", "slides": [view, ...]}}.
 * Each slide is a chart view (its {@code title}/{@code subtitle} set the slide's title and subtitle) and may
 * carry {@code "notes"}: speaker notes written by the presenter, used instead of the generated ones.
 * Rebuilding the deck after the catalog changes is rerunning it (see {@link DeckSpecParser}).
 *
 * @param notes  per slide, the presenter's notes or null for generated ones; same length as slides
 * @param format the slide page, or null for the builder's default (16:9)
 * @param mode   native shapes or pictures, or null for the builder's default (native)
 */
public record DeckSpec(String title, List<ChartView> slides, List<String> notes, SlideFormat format, PptxMode mode) {

    /** Title of the deck made when no spec is given. */
    public static final String DEFAULT_TITLE = "Scaling Lens";

    public DeckSpec {
        slides = List.copyOf(slides);
        if (slides.isEmpty()) {
            throw new IllegalArgumentException("a deck needs at least one slide");
        }
        List<String> padded = new ArrayList<>(notes == null ? List.of() : notes);
        if (padded.size() > slides.size()) {
            throw new IllegalArgumentException("more notes than slides");
        }
        while (padded.size() < slides.size()) {
            padded.add(null);
        }
        notes = Collections.unmodifiableList(padded);
    }

    public DeckSpec(String title, List<ChartView> slides) {
        this(title, slides, null, null, null);
    }

    /** The four charts with their default settings, in the app's order. */
    public static DeckSpec defaultDeck() {
        return new DeckSpec(DEFAULT_TITLE, ChartKind.ids().stream().map(ChartView::defaults).toList());
    }
}

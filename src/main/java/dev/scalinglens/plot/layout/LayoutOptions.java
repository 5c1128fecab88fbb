package dev.scalinglens.plot.layout;

import dev.scalinglens.plot.Theme;
import dev.scalinglens.plot.Viewport;
import java.util.Set;

/**
 * How to lay a chart out.
 *
 * @param viewport    visible data range, or null to fit the data (and the axes' fixed bounds)
 * @param pinnedIds   point ids whose labels are placed first
 * @param selectedIds point ids drawn with a selection ring, labelled right after pinned ones
 * @param fontScale   1 for screen; larger for slides
 * @param minLeftMarginPx the plot area starts at least this far from the left edge. The screen passes the
 *                    margin it already uses, so the plot area does not shift when zooming changes the width
 *                    of the y tick labels (which would move the data under the cursor); 0 for none
 * @param slide       the slide layout mode (minimum text size, top-N labels, trimmed legend), or null for screen
 * @param legendExpanded the screen legend lists every series (the user clicked its "+N more")
 * @param highlightIds point ids drawn at full strength while every other point is faded (e.g. search matches),
 *                    or null for no highlight. Selected points on the chart are always drawn at full strength
 *                    and fade the rest too; an empty set fades every unselected point (a search matching nothing)
 */
public record LayoutOptions(double widthPx, double heightPx, Theme theme, Viewport viewport, Set<String> pinnedIds,
                            Set<String> selectedIds, double fontScale, double minLeftMarginPx, SlideRules slide,
                            boolean legendExpanded, Set<String> highlightIds) {

    public LayoutOptions(double widthPx, double heightPx, Theme theme, Viewport viewport, Set<String> pinnedIds,
                         Set<String> selectedIds, double fontScale, double minLeftMarginPx, SlideRules slide,
                         boolean legendExpanded) {
        this(widthPx, heightPx, theme, viewport, pinnedIds, selectedIds, fontScale, minLeftMarginPx, slide,
                legendExpanded, null);
    }

    public LayoutOptions(double widthPx, double heightPx, Theme theme, Viewport viewport, Set<String> pinnedIds,
                         Set<String> selectedIds, double fontScale, double minLeftMarginPx, SlideRules slide) {
        this(widthPx, heightPx, theme, viewport, pinnedIds, selectedIds, fontScale, minLeftMarginPx, slide, false);
    }

    public LayoutOptions(double widthPx, double heightPx, Theme theme, Viewport viewport, Set<String> pinnedIds,
                         Set<String> selectedIds, double fontScale, double minLeftMarginPx) {
        this(widthPx, heightPx, theme, viewport, pinnedIds, selectedIds, fontScale, minLeftMarginPx, null);
    }

    public LayoutOptions(double widthPx, double heightPx, Theme theme, Viewport viewport, Set<String> pinnedIds,
                         Set<String> selectedIds, double fontScale) {
        this(widthPx, heightPx, theme, viewport, pinnedIds, selectedIds, fontScale, 0);
    }

    public LayoutOptions {
        if (!(widthPx > 0) || !(heightPx > 0)) {
            throw new IllegalArgumentException("chart size must be positive, got " + widthPx + "×" + heightPx);
        }
        theme = theme == null ? Theme.LIGHT : theme;
        pinnedIds = pinnedIds == null ? Set.of() : Set.copyOf(pinnedIds);
        selectedIds = selectedIds == null ? Set.of() : Set.copyOf(selectedIds);
        fontScale = fontScale > 0 ? fontScale : 1;
        highlightIds = highlightIds == null ? null : Set.copyOf(highlightIds);
    }

    public static LayoutOptions of(double widthPx, double heightPx, Theme theme) {
        return new LayoutOptions(widthPx, heightPx, theme, null, Set.of(), Set.of(), 1);
    }

    public LayoutOptions withViewport(Viewport newViewport) {
        return new LayoutOptions(widthPx, heightPx, theme, newViewport, pinnedIds, selectedIds, fontScale,
                minLeftMarginPx, slide, legendExpanded, highlightIds);
    }

    public LayoutOptions withMinLeftMargin(double px) {
        return new LayoutOptions(widthPx, heightPx, theme, viewport, pinnedIds, selectedIds, fontScale, px, slide,
                legendExpanded, highlightIds);
    }

    /** These options in the slide layout mode ({@code rules}), or back to screen layout (null). */
    public LayoutOptions withSlide(SlideRules rules) {
        return new LayoutOptions(widthPx, heightPx, theme, viewport, pinnedIds, selectedIds, fontScale,
                minLeftMarginPx, rules, legendExpanded, highlightIds);
    }

    public LayoutOptions withLegendExpanded(boolean expanded) {
        return new LayoutOptions(widthPx, heightPx, theme, viewport, pinnedIds, selectedIds, fontScale,
                minLeftMarginPx, slide, expanded, highlightIds);
    }

    /** These options with {@code ids} highlighted (the rest faded), or no highlight (null). */
    public LayoutOptions withHighlight(Set<String> ids) {
        return new LayoutOptions(widthPx, heightPx, theme, viewport, pinnedIds, selectedIds, fontScale,
                minLeftMarginPx, slide, legendExpanded, ids);
    }
}

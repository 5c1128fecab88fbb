package dev.scalinglens.export;

import dev.scalinglens.plot.scene.PlotScene;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * Turns a deck spec into a PowerPoint deck: per view, a slide titled with the chart's title, the chart laid
 * out in the slide layout mode and drawn as native, editable shapes (or, in the picture mode, as PNG plus
 * SVG), notes with its key numbers and sources (or the presenter's own), and the view stored for reopening.
 * Cancellation is checked before each slide; a cancelled or failed build writes nothing.
 */
public final class DeckBuilder {

    /**
     * PNG pixels per layout pixel in picture-mode slides: layout is at 1080p projector pixels (1728 px across
     * the 16:9 chart box), so 1.5 gives about 2600 px, sharp on a 4K projector.
     */
    static final double SLIDE_PNG_SCALE = 1.5;

    private final FigureRenderer renderer;
    private final KeyFactsProvider facts;
    private final boolean embedSvg;
    private final PptxMode defaultMode;
    private final SlideFormat defaultFormat;
    private final PreviousDeck previous;
    private final LocalDate buildDate;

    /**
     * @param embedSvg add the SVG next to the PNG fallback; off for renderers without SVG, or for decks
     *                 that must look identical in viewers that ignore the SVG extension
     */
    public DeckBuilder(FigureRenderer renderer, KeyFactsProvider facts, boolean embedSvg) {
        this(renderer, facts, embedSvg, PptxMode.NATIVE, SlideFormat.WIDE_16_9);
    }

    /**
     * @param mode   native shapes (needs a renderer that is also a {@link SceneSource}; others fall back to
     *               pictures) or pictures, unless the deck spec says otherwise
     * @param format the slide page unless the deck spec says otherwise
     */
    public DeckBuilder(FigureRenderer renderer, KeyFactsProvider facts, boolean embedSvg, PptxMode mode,
                       SlideFormat format) {
        this.renderer = Objects.requireNonNull(renderer);
        this.facts = Objects.requireNonNull(facts);
        this.embedSvg = embedSvg;
        this.defaultMode = Objects.requireNonNull(mode);
        this.defaultFormat = Objects.requireNonNull(format);
        this.previous = null;
        this.buildDate = null;
    }

    private DeckBuilder(DeckBuilder base, PreviousDeck previous, LocalDate buildDate) {
        this.renderer = base.renderer;
        this.facts = base.facts;
        this.embedSvg = base.embedSvg;
        this.defaultMode = base.defaultMode;
        this.defaultFormat = base.defaultFormat;
        this.previous = previous;
        this.buildDate = buildDate;
    }

    /**
     * This builder comparing with {@code previous} (null: nothing to compare with): each slide matched to a
     * previous slide gets a "what changed" note ({@link SlideChanges}) when its drawn values differ. Every slide
     * stores its values, dated {@code buildDate}, for the next rebuild.
     */
    public DeckBuilder comparedWith(PreviousDeck previous, LocalDate buildDate) {
        return new DeckBuilder(this, previous, Objects.requireNonNull(buildDate));
    }

    private LocalDate buildDate() {
        return buildDate != null ? buildDate : LocalDate.now(ZoneOffset.UTC);
    }

    private SlideFormat format(DeckSpec deck) {
        return deck.format() != null ? deck.format() : defaultFormat;
    }

    public void build(DeckSpec deck, Path target, DeckProgress progress, BooleanSupplier cancelled)
            throws ExportException {
        try (PresentationPreload presentation = PresentationPreload.start()) {
            List<DeckSlide> slides = drawSlides(deck, progress, cancelled);
            AtomicFileWriter.write(target,
                    out -> PptxDeckWriter.write(presentation.take(), deck.title(), slides, format(deck), out));
        } catch (ExportException e) {
            throw e; // cancelled, or a view that cannot be drawn: as it is
        } catch (IOException e) {
            throw new ExportException("cannot write the deck: " + e.getMessage(), e);
        }
    }

    public byte[] build(DeckSpec deck, DeckProgress progress, BooleanSupplier cancelled) throws ExportException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PresentationPreload presentation = PresentationPreload.start()) {
            List<DeckSlide> slides = drawSlides(deck, progress, cancelled);
            PptxDeckWriter.write(presentation.take(), deck.title(), slides, format(deck), out);
        } catch (ExportException e) {
            throw e; // cancelled, or a view that cannot be drawn: as it is
        } catch (IOException e) {
            throw new ExportException("cannot write the deck: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    private List<DeckSlide> drawSlides(DeckSpec deck, DeckProgress progress, BooleanSupplier cancelled)
            throws ExportException {
        if (facts instanceof SlideValuesSource source) {
            source.willAskForValues();
        }
        List<DeckSlide> slides = new ArrayList<>();
        int count = deck.slides().size();
        PptxMode mode = deck.mode() != null ? deck.mode() : defaultMode;
        for (int i = 0; i < count; i++) {
            if (cancelled.getAsBoolean()) {
                throw new ExportCancelledException();
            }
            String[] change = new String[1];
            DeckSlide slide = drawSlide(deck.slides().get(i), deck.notes().get(i), mode, format(deck), change);
            slides.add(slide);
            progress.slideDone(slides.size(), count, slide.title());
            if (change[0] != null) {
                progress.slideChanged(slides.size(), change[0]);
            }
        }
        if (cancelled.getAsBoolean()) {
            throw new ExportCancelledException();
        }
        return slides;
    }

    /** @param change receives the slide's "what changed" note, if any */
    private DeckSlide drawSlide(ChartView view, String presenterNotes, PptxMode mode, SlideFormat format,
                                String[] change) throws ExportException {
        ChartFacts text = facts.factsFor(view).overriddenBy(view.text());
        String title = text.title() == null || text.title().isBlank() ? view.chartId() : text.title();
        // The slide carries the title and the subtitle (wrapped there), so the chart leaves them out.
        String subtitle = text.subtitle() == null || text.subtitle().isBlank() ? null : text.subtitle().strip();
        ChartView picture = view.withText(new TextOverrides("", "", null));
        SlideHeading heading = SlideHeading.fit(title, subtitle, format);
        String viewJson = ChartViewJson.toJson(view);
        String notes = presenterNotes != null ? presenterNotes : SpeakerNotes.of(text);
        // The native scene before the values: the catalog's fingerprint in the values is meanwhile computed in
        // the background (SlideValuesSource.willAskForValues).
        PlotScene scene = mode == PptxMode.NATIVE && renderer instanceof SceneSource scenes
                ? scenes.sceneFor(picture, SlideGeometry.pictureOptions(ExportFormat.PPTX, 1, format, heading)) : null;
        String valuesJson = null;
        if (facts instanceof SlideValuesSource source) {
            SlideValues values = source.valuesFor(view).builtOn(buildDate());
            valuesJson = values.toJson();
            Optional<String> note = previous == null ? Optional.empty()
                    : previous.match(viewJson, view.chartId()).flatMap(before -> SlideChanges.note(before, values));
            if (note.isPresent()) {
                // First: what the presenter of a rebuilt deck has to know before the usual talking points.
                notes = notes.isBlank() ? note.get() : note.get() + "\n\n" + notes;
                change[0] = note.get();
            }
        }
        if (scene != null) {
            return new DeckSlide(title, null, null, notes, viewJson, scene, subtitle, valuesJson);
        }
        byte[] png = renderer.render(picture, ExportFormat.PNG,
                SlideGeometry.pictureOptions(ExportFormat.PNG, SLIDE_PNG_SCALE, format, heading));
        byte[] svg = embedSvg
                ? renderer.render(picture, ExportFormat.SVG, SlideGeometry.pictureOptions(ExportFormat.SVG, 1, format, heading))
                : null;
        return new DeckSlide(title, PngViewChunk.embed(png, viewJson), svg, notes, viewJson, null, subtitle, valuesJson);
    }
}

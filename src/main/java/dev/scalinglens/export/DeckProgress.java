package dev.scalinglens.export;

/** Told after each slide is drawn, so a dialog or the CLI can show "slide 2 of 4". */
@FunctionalInterface
public interface DeckProgress {

    DeckProgress NONE = (slideNumber, slideCount, title) -> { };

    void slideDone(int slideNumber, int slideCount, String title);

    /** A rebuilt slide whose drawn values differ from the previous deck's: the note added to its speaker notes. */
    default void slideChanged(int slideNumber, String note) {
    }
}

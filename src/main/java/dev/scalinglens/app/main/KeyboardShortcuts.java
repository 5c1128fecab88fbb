package dev.scalinglens.app.main;

/** The Help › Keyboard shortcuts text (kept beside the menu accelerators it documents). */
final class KeyboardShortcuts {

    private KeyboardShortcuts() {
    }

    static String text() {
        return String.join("\n",
                "Ctrl+O  Open catalog",
                "Ctrl+S  Save workspace    Ctrl+Shift+S  Save as",
                "Ctrl+E  Export",
                "Ctrl+Q  Quit",
                "Ctrl+Z / Ctrl+Shift+Z  Undo / redo a view change (settings, filters, zoom, pins, toggles);",
                "    in a text field they undo the field's typing",
                "Ctrl+C  Copy chart        Ctrl+F  Find (search models)",
                "Ctrl+PgDn / Ctrl+PgUp (or Ctrl+Tab / Ctrl+Shift+Tab)  Next / previous page",
                "Ctrl+0  Reset view        Ctrl+Plus / Ctrl+Minus  Zoom in / out",
                "Ctrl+Shift+T  Light/dark theme",
                "Ctrl+Shift+Plus / Minus / 0  Font larger / smaller / reset",
                "Drop .json files or folders on the window to merge catalogs");
    }
}

package dev.scalinglens.app.main;

/** The Help › Keys and mouse (F1) text, kept beside the menu accelerators and chart gestures it documents. */
final class KeyboardShortcuts {

    /** The dialog's title and the Help menu item. */
    static final String TITLE = "Keys and mouse gestures";

    private KeyboardShortcuts() {
    }

    static String text() {
        return String.join("\n",
                "On a chart (mouse)",
                "  Wheel  Zoom in / out around the pointer",
                "  Drag  Pan",
                "  Shift+drag or right-drag  Draw a box to zoom into",
                "  Double-click  Reset the view (fit the data)",
                "  Click a point  Select it (the table and inspector follow)",
                "  Shift+click  Add a point to the selection, or take it out",
                "  Click empty space  Clear the selection",
                "  Hover a point  Tooltip with its values and sources",
                "  Legend  Click a legend entry to hide it; double-click to isolate",
                "",
                "On a chart (keys, once the chart has focus)",
                "  + / −  Zoom    Arrows  Pan    0 or Home  Reset the view",
                "",
                "Window",
                "  Ctrl+Z / Ctrl+Shift+Z  Undo / redo a view change (settings, filters, zoom, pins, toggles);",
                "      in a text field they undo the field's typing",
                "  Ctrl+O  Open catalog",
                "  Ctrl+S  Save workspace    Ctrl+Shift+S  Save as",
                "  Ctrl+E  Export",
                "  Ctrl+Q  Quit",
                "  Ctrl+C  Copy chart        Ctrl+F  Find (search models)",
                "  Ctrl+PgDn / Ctrl+PgUp (or Ctrl+Tab / Ctrl+Shift+Tab)  Next / previous page",
                "  Ctrl+0  Reset view        Ctrl+Plus / Ctrl+Minus  Zoom in / out",
                "  Ctrl+Shift+T  Light/dark theme",
                "  Ctrl+Shift+I  Show or hide the inspector panel (room for the chart in a narrow window)",
                "  Ctrl+Shift+Plus / Minus / 0  Font larger / smaller / reset",
                "  Drop .json files or folders on the window to merge catalogs; drop an exported figure to reopen it");
    }
}

package dev.scalinglens.app.main;

import java.nio.file.Path;

/**
 * The figure side of the window, injected into {@link MainViewModel} by the export feature: File › Export…,
 * Edit › Copy chart and opening an exported figure back into its chart.
 */
public interface FigureCommands {

    /** Opens the export dialog for the chart shown. */
    void export();

    /** Copies the chart shown to the clipboard. */
    void copy();

    /** Shows the chart an exported figure was drawn from. */
    void open(Path figure);
}

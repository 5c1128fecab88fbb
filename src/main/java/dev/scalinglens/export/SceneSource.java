package dev.scalinglens.export;

import dev.scalinglens.plot.scene.PlotScene;

/** Lays a chart view out as a scene, for outputs drawn shape by shape (native PowerPoint charts). */
@FunctionalInterface
public interface SceneSource {

    PlotScene sceneFor(ChartView view, ExportOptions options) throws ExportException;
}

package dev.scalinglens.plot.spec;

/** A drawable group of marks with one legend entry at most. {@code id} is unique within a chart. */
public sealed interface Layer permits PointLayer, LineLayer, FunctionLayer, BandLayer, RuleLayer {

    String id();

    /** Legend text; null or empty for no legend entry. */
    String name();

    /** Palette key: an explicit "#light/#dark" series colour chosen by the charts, or a role such as "fit". */
    String colorKey();
}

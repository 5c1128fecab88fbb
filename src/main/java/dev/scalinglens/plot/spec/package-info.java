/**
 * The chart as data: what chart builders produce and the plot engine lays out and renders.
 * No JavaFX here. Coordinates are in data units; time axes use days since 1970-01-01 (see
 * {@link dev.scalinglens.plot.spec.ScaleType#TIME}). Colours are referred to by key: an explicit
 * "#light/#dark" colour the charts chose (family, organisation and accelerator colours live in
 * charts.SeriesColors, so a family keeps its colour in every chart and export), a role such as "fit", or any
 * other key, which the generic palette hashes to a colour-blind-safe slot.
 */
package dev.scalinglens.plot.spec;

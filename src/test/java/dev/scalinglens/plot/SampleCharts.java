package dev.scalinglens.plot;

import dev.scalinglens.plot.spec.Annotation;
import dev.scalinglens.plot.spec.AxisSpec;
import dev.scalinglens.plot.spec.BandLayer;
import dev.scalinglens.plot.spec.ChartSpec;
import dev.scalinglens.plot.spec.FunctionLayer;
import dev.scalinglens.plot.spec.Layer;
import dev.scalinglens.plot.spec.LineStyle;
import dev.scalinglens.plot.spec.MarkerShape;
import dev.scalinglens.plot.spec.PointLayer;
import dev.scalinglens.plot.spec.RuleLayer;
import dev.scalinglens.plot.spec.ScaleType;
import dev.scalinglens.plot.spec.TickFormat;
import dev.scalinglens.plot.spec.Tooltip;
import java.util.ArrayList;
import java.util.List;

/** Charts for tests and for looking at the output. */
public final class SampleCharts {

    private SampleCharts() {
    }

    /**
     * Parameters vs training tokens of a few models as published in their papers (Chinchilla: Hoffmann et
     * al. 2022; Gopher: Rae et al. 2021; GPT-3: Brown et al. 2020; LLaMA: Touvron et al. 2023a; Llama 2:
     * Touvron et al. 2023b; Llama 3 8B: Meta 2024 model card), with the 20 tokens/parameter reference line.
     */
    public static ChartSpec tokensVsParams() {
        String[] ids = {"chinchilla-70b", "gopher-280b", "gpt-3-175b", "llama-7b", "llama-65b", "llama-2-70b",
                "llama-3-8b"};
        String[] labels = {"Chinchilla 70B", "Gopher 280B", "GPT-3 175B", "LLaMA 7B", "LLaMA 65B", "Llama 2 70B",
                "Llama 3 8B"};
        double[] params = {70e9, 280e9, 175e9, 6.7e9, 65.2e9, 70e9, 8e9};
        double[] tokens = {1.4e12, 300e9, 300e9, 1e12, 1.4e12, 2e12, 15e12};
        int[] priority = {3, 2, 2, 1, 1, 1, 2};
        boolean[] hollow = {false, false, false, false, false, false, true};
        List<Layer> layers = new ArrayList<>();
        layers.add(new FunctionLayer("ref-20", "20 tokens per parameter", "reference", LineStyle.DASHED, 1.5,
                n -> 20 * n, Double.NaN, Double.NaN, "D = 20·N"));
        layers.add(PointLayer.builder("models", params, tokens).name("Published models").colorKey("llama").sizePx(9)
                .pointIds(ids).labels(labels).labelPriority(priority).hollow(hollow)
                .tooltip(i -> Tooltip.of(labels[i], List.of(new Tooltip.Row("Parameters", (params[i] / 1e9) + "B"),
                        new Tooltip.Row("Tokens", (tokens[i] / 1e12) + "T"))))
                .build());
        return new ChartSpec("tokens-params", "Training tokens vs parameters",
                "Published models against the Chinchilla rule of thumb",
                AxisSpec.auto("Parameters (count)", ScaleType.LOG10, TickFormat.SI),
                AxisSpec.auto("Training tokens (count)", ScaleType.LOG10, TickFormat.SI), layers,
                List.of(Annotation.callout(70e9, 1.4e12, "compute-optimal", 30, -40)),
                "Sources: Hoffmann et al. 2022; Rae et al. 2021; Brown et al. 2020; Touvron et al. 2023", List.of());
    }

    /** The benchmark's random log-log scatter (synthetic), with ids "p0", "p1"… for hit tests. */
    public static ChartSpec randomLogLog(int n, long seed) {
        ChartSpec spec = dev.scalinglens.bench.RenderBenchmark.randomLogLog(n, seed);
        PointLayer raw = (PointLayer) spec.layers().get(0);
        String[] ids = new String[n];
        for (int i = 0; i < n; i++) {
            ids[i] = "p" + i;
        }
        PointLayer points = raw.toBuilder().pointIds(ids).labels(null).labelPriority(null).hollow(null)
                .yErrors(null, null).tooltip(null).build();
        return new ChartSpec(spec.chartId(), spec.title(), null, spec.xAxis(), spec.yAxis(), List.of(points), List.of(),
                spec.footnote(), List.of());
    }

    /**
     * The random scatter as a dense layer between a dashed reference line (drawn under it) and three labelled
     * points (drawn over it), all synthetic.
     */
    public static ChartSpec denseBetweenLayers(int n, long seed) {
        PointLayer dense = (PointLayer) randomLogLog(n, seed).layers().get(0);
        double[] x = {1e8, 1e9, 1e10};
        double[] y = {1e9, 1e10, 1e11};
        String[] ids = {"a", "b", "c"};
        PointLayer marked = PointLayer.builder("marked", x, y).name("Marked").colorKey("gpt")
                .shape(MarkerShape.DIAMOND).sizePx(10).pointIds(ids).labels(new String[] {"Alpha", "Beta", "Gamma"})
                .labelPriority(new int[] {3, 3, 3}).build();
        List<Layer> layers = List.of(new FunctionLayer("ref-10", "y = 10·x", "reference", LineStyle.DASHED, 1.5,
                v -> 10 * v, Double.NaN, Double.NaN, "y = 10·x"), dense, marked);
        return new ChartSpec("dense", "Dense layer between two others", null,
                AxisSpec.auto("x", ScaleType.LOG10, TickFormat.SI), AxisSpec.auto("y", ScaleType.LOG10, TickFormat.SI),
                layers, List.of(), "Synthetic data", List.of());
    }

    /** A time axis with a fitted exponential line and its band (synthetic values). */
    public static ChartSpec overTime() {
        double start = java.time.LocalDate.of(2020, 3, 1).toEpochDay();
        int n = 40;
        double[] days = new double[n];
        double[] density = new double[n];
        java.util.Random r = new java.util.Random(4);
        for (int i = 0; i < n; i++) {
            days[i] = start + i * 40;
            density[i] = Math.pow(2, i * 40 / 100.0) * Math.exp(r.nextGaussian() * 0.3);
        }
        double[] fx = {days[0], days[n - 1]};
        double[] fy = {1, Math.pow(2, (n - 1) * 40 / 100.0)};
        double[] lo = {fy[0] * 0.7, fy[1] * 0.7};
        double[] hi = {fy[0] * 1.4, fy[1] * 1.4};
        return new ChartSpec("density", "Capacity density over time", "synthetic",
                AxisSpec.auto("Release date", ScaleType.TIME, TickFormat.AUTO),
                AxisSpec.auto("Density (relative)", ScaleType.LOG10, TickFormat.AUTO),
                List.of(new BandLayer("ci", "95% band", "band", 0.25, fx, lo, hi),
                        new dev.scalinglens.plot.spec.LineLayer("fit", "Fit", "fit", LineStyle.SOLID, 2, fx, fy,
                                "doubling ≈ 100 days"),
                        PointLayer.builder("models", days, density).name("Models").colorKey("minicpm")
                                .shape(MarkerShape.TRIANGLE_UP).sizePx(8).build()),
                List.of(), "Synthetic data", List.of());
    }

    /** A linear chart with a band, a rule, error bars and a broken y axis (synthetic values). */
    public static ChartSpec brokenAxis() {
        double[] layer = {1, 2, 3, 4, 5, 6, 7, 8};
        double[] loss = {2.10, 2.05, 2.02, 2.00, 1.99, 1.985, 1.98, 1.978};
        double[] lo = new double[loss.length];
        double[] hi = new double[loss.length];
        for (int i = 0; i < loss.length; i++) {
            lo[i] = loss[i] - 0.01;
            hi[i] = loss[i] + 0.01;
        }
        PointLayer pts = PointLayer.builder("loss", layer, loss).name("Validation loss").colorKey("deepseek")
                .shape(MarkerShape.SQUARE).sizePx(8).yErrors(lo, hi).build();
        BandLayer band = new BandLayer("band", "Spread", "band", 0.25, layer, lo, hi);
        RuleLayer base = new RuleLayer("baseline", "Baseline", "reference", LineStyle.DOTTED, 1.2,
                RuleLayer.Orientation.HORIZONTAL, 2.03, "baseline 2.03");
        PointLayer outlier = PointLayer.builder("outlier", new double[] {4}, new double[] {0.5}).colorKey("gemma")
                .shape(MarkerShape.DIAMOND).sizePx(8).build();
        return new ChartSpec("layer-loss", "Loss by layer", "synthetic", AxisSpec.auto("Layer", ScaleType.LINEAR,
                TickFormat.PLAIN), new AxisSpec("Loss", ScaleType.LINEAR, TickFormat.PLAIN, 0.4, 2.15,
                new dev.scalinglens.plot.spec.AxisBreak(0.6, 1.95)), List.of(band, pts, base, outlier), List.of(),
                "Synthetic data", List.of());
    }
}

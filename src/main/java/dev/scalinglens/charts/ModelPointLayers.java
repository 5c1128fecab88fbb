package dev.scalinglens.charts;

import dev.scalinglens.catalog.ModelRecord;
import dev.scalinglens.plot.spec.MarkerShape;
import dev.scalinglens.plot.spec.PointLayer;
import dev.scalinglens.plot.spec.Tooltip;

import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import java.util.function.ToIntFunction;

/** One point layer per model family, the way every catalog chart draws models. */
public final class ModelPointLayers {

    /** Family shown for models without one. */
    public static final String UNKNOWN_FAMILY = "Other";
    private static final double MARKER_PX = 7;

    private ModelPointLayers() {
    }

    /**
     * How a chart groups models into series: by family group (versions of a family together), with the
     * group's colour and marker shape from {@link SeriesColors}, ranked over {@code catalogModels}.
     */
    public static Groups groups(List<ModelRecord> catalogModels) {
        return new Groups(SeriesColors.forFamilies(catalogModels), SeriesColors.groupNames(catalogModels));
    }

    /** Family groups of one catalog: series name, colour key, shape, and the order of series in a legend. */
    public static final class Groups {
        private final SeriesColors colors;
        private final java.util.Map<String, String> names;

        private Groups(SeriesColors colors, java.util.Map<String, String> names) {
            this.colors = colors;
            this.names = names;
        }

        /** The series a model is drawn in: its family group, or "Other" past the palette's hues. */
        public String seriesOf(ModelRecord model) {
            String group = SeriesColors.familyGroup(model.family());
            String key = SeriesColors.key(group);
            String name = names.getOrDefault(key, group);
            return colors.hasHue(name) ? name : SeriesColors.OTHER;
        }

        public String colorKey(String series) {
            return colors.colorKey(series);
        }

        public MarkerShape shape(String series) {
            return colors.shape(series);
        }

        /** Legend order: series with a hue by name, "Other" last. */
        public java.util.Comparator<String> order() {
            return java.util.Comparator.<String, Boolean>comparing(SeriesColors.OTHER::equals)
                    .thenComparing(java.util.Comparator.naturalOrder());
        }
    }

    public static String familyOf(ModelRecord model) {
        return model.family() == null || model.family().isBlank() ? UNKNOWN_FAMILY : model.family();
    }

    /**
     * A layer {@code family-<name>} coloured by family, with model ids, names as labels, and a tooltip
     * computed on demand.
     */
    public static <T> PointLayer of(String family, Groups groups, List<T> members, Function<T, ModelRecord> model,
                                    ToDoubleFunction<T> x, ToDoubleFunction<T> y, ToIntFunction<T> labelPriority,
                                    Predicate<T> hollow, Function<T, Tooltip> tooltip) {
        int n = members.size();
        double[] xs = new double[n];
        double[] ys = new double[n];
        String[] ids = new String[n];
        String[] labels = new String[n];
        int[] priority = new int[n];
        boolean[] hollows = new boolean[n];
        for (int i = 0; i < n; i++) {
            T member = members.get(i);
            ModelRecord m = model.apply(member);
            xs[i] = x.applyAsDouble(member);
            ys[i] = y.applyAsDouble(member);
            ids[i] = m.id();
            labels[i] = m.name() != null ? m.name() : m.id();
            priority[i] = labelPriority.applyAsInt(member);
            hollows[i] = hollow.test(member);
        }
        List<T> frozen = List.copyOf(members);
        return PointLayer.builder("family-" + family, xs, ys).name(family).colorKey(groups.colorKey(family))
                .shape(groups.shape(family)).sizePx(MARKER_PX).pointIds(ids).labels(labels).labelPriority(priority)
                .hollow(hollows).tooltip(i -> withFamily(tooltip.apply(frozen.get(i)), model.apply(frozen.get(i))))
                .build();
    }

    /** The tooltip with the model's own family (with its version: "Llama 3") as its first row. */
    private static dev.scalinglens.plot.spec.Tooltip withFamily(dev.scalinglens.plot.spec.Tooltip tip, ModelRecord m) {
        if (tip == null || m.family() == null || m.family().isBlank()
                || tip.rows().stream().anyMatch(r -> r.label().equals("Family"))) {
            return tip;
        }
        List<dev.scalinglens.plot.spec.Tooltip.Row> rows = new java.util.ArrayList<>();
        rows.add(new dev.scalinglens.plot.spec.Tooltip.Row("Family", m.family()));
        rows.addAll(tip.rows());
        return new dev.scalinglens.plot.spec.Tooltip(tip.title(), rows, tip.bars(), tip.barsTitle());
    }
}

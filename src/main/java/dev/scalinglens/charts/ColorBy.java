package dev.scalinglens.charts;

import dev.scalinglens.catalog.Catalog;
import dev.scalinglens.catalog.ModelRecord;
import dev.scalinglens.plot.spec.ChartSpec;
import dev.scalinglens.plot.spec.Layer;
import dev.scalinglens.plot.spec.PointLayer;
import dev.scalinglens.plot.spec.Tooltip;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * Which field colours the model points of a chart. The builders draw one series per family group
 * ({@link #FAMILY}, the default); {@link #apply} regroups those points by another field of the catalog record,
 * with colours from {@link SeriesColors} ranked over the whole catalog given, so a value keeps its colour on
 * every chart and export of that catalog.
 */
public enum ColorBy {
    FAMILY("family", "Family"),
    ORGANISATION("organisation", "Organisation"),
    OPEN_WEIGHTS("open-weights", "Open weights"),
    RELEASE_YEAR("release-year", "Release year"),
    NONE("none", "None");

    private final String key;
    private final String label;

    ColorBy(String key, String label) {
        this.key = key;
        this.label = label;
    }

    /** The name written in views and workspaces. */
    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    /** The field for a saved name; null or an unknown name is the default (family). */
    public static ColorBy fromKey(String key) {
        return Arrays.stream(values()).filter(c -> c.key.equals(key)).findFirst().orElse(FAMILY);
    }

    /** The series a model belongs to under this field. */
    String valueOf(ModelRecord m) {
        return switch (this) {
            case FAMILY -> SeriesColors.familyGroup(m.family());
            case ORGANISATION -> m.organization() == null || m.organization().isBlank() ? "Organisation unknown"
                    : m.organization();
            case OPEN_WEIGHTS -> m.openWeights() == null ? "Weights: not stated"
                    : m.openWeights() ? "Open weights" : "Closed weights";
            case RELEASE_YEAR -> m.releaseDate() == null ? "Year unknown" : String.valueOf(m.releaseDate().getYear());
            case NONE -> "Models";
        };
    }

    private SeriesColors colors(Catalog catalog) {
        return switch (this) {
            case FAMILY -> SeriesColors.forFamilies(catalog);
            case OPEN_WEIGHTS -> SeriesColors.ordered(List.of("Open weights", "Closed weights", "Weights: not stated"));
            case RELEASE_YEAR -> SeriesColors.ordered(catalog.models().stream().map(this::valueOf).distinct()
                    .sorted(Comparator.reverseOrder()).toList()); // the latest years get hues of their own
            case NONE -> SeriesColors.ordered(List.of("Models"));
            case ORGANISATION -> {
                Map<String, Integer> counts = new HashMap<>();
                catalog.models().forEach(m -> counts.merge(valueOf(m), 1, Integer::sum));
                yield SeriesColors.ranked(counts);
            }
        };
    }

    /**
     * The spec with its family point layers regrouped by this field (unchanged for {@link #FAMILY}). Labels,
     * hollow markers, label priorities and tooltips travel with each point.
     */
    public ChartSpec apply(ChartSpec spec, Catalog catalog) {
        if (this == FAMILY || spec.layers().stream().noneMatch(ColorBy::isModelLayer)) {
            return spec;
        }
        SeriesColors colors = colors(catalog);
        Map<String, List<int[]>> groups = new LinkedHashMap<>(); // value → (layer, point) pairs
        List<PointLayer> sources = new ArrayList<>();
        int firstIndex = -1;
        List<Layer> rest = new ArrayList<>();
        for (Layer l : spec.layers()) {
            if (isModelLayer(l)) {
                PointLayer p = (PointLayer) l;
                if (firstIndex < 0) {
                    firstIndex = rest.size();
                }
                int source = sources.size();
                sources.add(p);
                for (int i = 0; i < p.size(); i++) {
                    Optional<ModelRecord> m = catalog.model(p.pointIds()[i]);
                    String value = m.map(this::valueOf).orElse("Not in the catalog");
                    String series = colors.hasHue(value) ? value : SeriesColors.OTHER;
                    groups.computeIfAbsent(series, k -> new ArrayList<>()).add(new int[] {source, i});
                }
            } else {
                rest.add(l);
            }
        }
        List<String> order = new ArrayList<>(groups.keySet());
        order.sort(Comparator.<String, Boolean>comparing(SeriesColors.OTHER::equals).thenComparing(this::sortKey));
        List<Layer> regrouped = new ArrayList<>();
        for (String series : order) {
            regrouped.add(layer(series, groups.get(series), sources, colors));
        }
        rest.addAll(firstIndex, regrouped);
        return new ChartSpec(spec.chartId(), spec.title(), spec.subtitle(), spec.xAxis(), spec.yAxis(), rest,
                spec.annotations(), spec.footnote(), spec.keyFacts());
    }

    private String sortKey(String series) {
        return this == RELEASE_YEAR ? series : series.toLowerCase(Locale.ROOT);
    }

    private static boolean isModelLayer(Layer l) {
        return l instanceof PointLayer p && p.id().startsWith("family-") && p.pointIds() != null;
    }

    private static PointLayer layer(String series, List<int[]> members, List<PointLayer> sources, SeriesColors colors) {
        int n = members.size();
        double[] x = new double[n];
        double[] y = new double[n];
        String[] ids = new String[n];
        String[] labels = new String[n];
        int[] priority = new int[n];
        boolean[] hollow = new boolean[n];
        boolean anyLabels = false;
        boolean anyPriority = false;
        boolean anyHollow = false;
        for (int k = 0; k < n; k++) {
            PointLayer p = sources.get(members.get(k)[0]);
            int i = members.get(k)[1];
            x[k] = p.x()[i];
            y[k] = p.y()[i];
            ids[k] = p.pointIds()[i];
            if (p.labels() != null) {
                labels[k] = p.labels()[i];
                anyLabels = true;
            }
            if (p.labelPriority() != null) {
                priority[k] = p.labelPriority()[i];
                anyPriority = true;
            }
            if (p.hollow() != null) {
                hollow[k] = p.hollow()[i];
                anyHollow = true;
            }
        }
        List<int[]> frozen = List.copyOf(members);
        IntFunction<Tooltip> tooltip = k -> {
            PointLayer p = sources.get(frozen.get(k)[0]);
            return p.tooltip() == null ? null : p.tooltip().apply(frozen.get(k)[1]);
        };
        PointLayer first = sources.get(members.get(0)[0]);
        return PointLayer.builder("family-" + series, x, y).name(series).colorKey(colors.colorKey(series))
                .shape(colors.shape(series)).sizePx(first.sizePx()).pointIds(ids).labels(anyLabels ? labels : null)
                .labelPriority(anyPriority ? priority : null).hollow(anyHollow ? hollow : null).tooltip(tooltip)
                .build();
    }
}

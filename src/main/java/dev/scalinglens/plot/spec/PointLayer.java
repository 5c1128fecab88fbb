package dev.scalinglens.plot.spec;

import java.util.Objects;
import java.util.function.IntFunction;

/**
 * Scatter points in primitive arrays (a million points must stay cheap). Optional arrays may be null.
 *
 * @param pointIds      stable ids for hover, selection and pinning (e.g. model ids); null for anonymous points
 * @param labels        text labels, drawn by priority where they fit; null for none
 * @param labelPriority higher is more important (e.g. frontier points); null for all equal
 * @param hollow        true draws the marker hollow (an estimated value); null for all filled
 * @param yErrorLow     lower end of an error bar in data units (NaN for none); null for no error bars
 * @param yErrorHigh    upper end of an error bar in data units (NaN for none)
 * @param tooltip       hover content for point i, computed on demand; null for a default (id, x, y)
 */
public record PointLayer(
        String id,
        String name,
        String colorKey,
        MarkerShape shape,
        double sizePx,
        double[] x,
        double[] y,
        String[] pointIds,
        String[] labels,
        int[] labelPriority,
        boolean[] hollow,
        double[] yErrorLow,
        double[] yErrorHigh,
        IntFunction<Tooltip> tooltip) implements Layer {

    public PointLayer {
        Objects.requireNonNull(x, "x");
        Objects.requireNonNull(y, "y");
        if (x.length != y.length) {
            throw new IllegalArgumentException("x and y differ in length: " + x.length + " vs " + y.length);
        }
        checkLength("pointIds", pointIds, x.length);
        checkLength("labels", labels, x.length);
        checkLength("labelPriority", labelPriority, x.length);
        checkLength("hollow", hollow, x.length);
        checkLength("yErrorLow", yErrorLow, x.length);
        checkLength("yErrorHigh", yErrorHigh, x.length);
    }

    /** Plain filled circles with ids and no labels. */
    public static PointLayer simple(String id, String name, String colorKey, double[] x, double[] y) {
        return builder(id, x, y).name(name).colorKey(colorKey).build();
    }

    /**
     * A builder for the points {@code (x[i], y[i])} of layer {@code id}: 7 px circles with no name, colour key,
     * ids, labels, priorities, hollow markers, error bars or tooltip until set.
     */
    public static Builder builder(String id, double[] x, double[] y) {
        return new Builder(id, x, y);
    }

    /** A builder holding this layer's fields, to change a few of them. */
    public Builder toBuilder() {
        return new Builder(id, x, y).name(name).colorKey(colorKey).shape(shape).sizePx(sizePx).pointIds(pointIds)
                .labels(labels).labelPriority(labelPriority).hollow(hollow).yErrors(yErrorLow, yErrorHigh)
                .tooltip(tooltip);
    }

    /** Builds a {@link PointLayer}; the optional arrays stay null unless set. */
    public static final class Builder {
        private final String id;
        private double[] x;
        private double[] y;
        private String name;
        private String colorKey;
        private MarkerShape shape = MarkerShape.CIRCLE;
        private double sizePx = 7;
        private String[] pointIds;
        private String[] labels;
        private int[] labelPriority;
        private boolean[] hollow;
        private double[] yErrorLow;
        private double[] yErrorHigh;
        private IntFunction<Tooltip> tooltip;

        private Builder(String id, double[] x, double[] y) {
            this.id = id;
            this.x = x;
            this.y = y;
        }

        public Builder name(String value) {
            name = value;
            return this;
        }

        public Builder colorKey(String value) {
            colorKey = value;
            return this;
        }

        public Builder shape(MarkerShape value) {
            shape = value;
            return this;
        }

        public Builder sizePx(double value) {
            sizePx = value;
            return this;
        }

        public Builder pointIds(String[] value) {
            pointIds = value;
            return this;
        }

        public Builder labels(String[] value) {
            labels = value;
            return this;
        }

        public Builder labelPriority(int[] value) {
            labelPriority = value;
            return this;
        }

        public Builder hollow(boolean[] value) {
            hollow = value;
            return this;
        }

        /** Error bars: the lower and upper ends in data units (either may be null). */
        public Builder yErrors(double[] low, double[] high) {
            yErrorLow = low;
            yErrorHigh = high;
            return this;
        }

        public Builder tooltip(IntFunction<Tooltip> value) {
            tooltip = value;
            return this;
        }

        public PointLayer build() {
            return new PointLayer(id, name, colorKey, shape, sizePx, x, y, pointIds, labels, labelPriority, hollow,
                    yErrorLow, yErrorHigh, tooltip);
        }
    }

    public int size() {
        return x.length;
    }

    private static void checkLength(String what, Object array, int n) {
        if (array != null && java.lang.reflect.Array.getLength(array) != n) {
            throw new IllegalArgumentException(what + " has " + java.lang.reflect.Array.getLength(array)
                    + " entries for " + n + " points");
        }
    }
}

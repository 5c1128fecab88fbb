package dev.scalinglens.charts.tokensparams;

import dev.scalinglens.catalog.Catalog;
import dev.scalinglens.catalog.LossLaw;
import dev.scalinglens.catalog.ModelRecord;
import dev.scalinglens.catalog.Quantity;
import dev.scalinglens.charts.ChartBuilder;
import dev.scalinglens.charts.ChartText;
import dev.scalinglens.charts.ModelPointLayers;
import dev.scalinglens.plot.spec.AxisSpec;
import dev.scalinglens.plot.spec.BandLayer;
import dev.scalinglens.plot.spec.ChartSpec;
import dev.scalinglens.plot.spec.FunctionLayer;
import dev.scalinglens.plot.spec.Layer;
import dev.scalinglens.plot.spec.LineStyle;
import dev.scalinglens.plot.spec.PointLayer;
import dev.scalinglens.plot.spec.ScaleType;
import dev.scalinglens.plot.spec.TickFormat;
import dev.scalinglens.plot.spec.Tooltip;
import dev.scalinglens.science.chinchilla.ComputeOptimum;
import dev.scalinglens.science.chinchilla.ScalingLaw;
import dev.scalinglens.science.chinchilla.TrainingCompute;
import dev.scalinglens.science.chinchilla.TrainingEstimates;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Chart 1: training tokens against parameters, log-log, with the 20 tokens/parameter line, iso-compute
 * curves C = 6ND and the compute-optimal frontier of a loss law (Hoffmann et al. 2022).
 */
public final class TokensParamsChartBuilder implements ChartBuilder<TokensParamsSettings> {

    public static final String CHART_ID = "tokens-params";
    static final String HOFFMANN_CITATION =
            "Hoffmann et al. 2022, Training Compute-Optimal Large Language Models (arXiv:2203.15556)";

    @Override
    public ChartSpec build(Catalog catalog, TokensParamsSettings settings) {
        Optional<LossLaw> law = catalog.lossLaw(settings.lossLawId());
        Optional<ScalingLaw> scaling = law.map(ScalingLaw::new);
        List<Layer> layers = new ArrayList<>();
        List<String> facts = new ArrayList<>();
        List<String> sourceKeys = new ArrayList<>();

        if (settings.fitBand() != null && settings.showFrontier()) {
            FitBand band = settings.fitBand();
            layers.add(new BandLayer("frontier-band", band.label(), "fit", 0.2, band.parameters(), band.tokensLow(),
                    band.tokensHigh()));
        }
        if (settings.showRatioLine()) {
            double ratio = settings.tokensPerParameter();
            String label = ChartText.fixed(ratio, ratio == Math.rint(ratio) ? 0 : 1) + " tokens/parameter";
            layers.add(new FunctionLayer("ratio", label, "reference", LineStyle.DASHED, 1.5, n -> ratio * n,
                    Double.NaN, Double.NaN, label));
        }
        if (settings.showIsoCompute()) {
            for (double c : settings.isoComputeBudgetsFlops()) {
                String label = ChartText.scientific(c) + " FLOPs";
                layers.add(new FunctionLayer("iso-compute-" + ChartText.scientific(c), label, "iso-compute",
                        LineStyle.DOTTED, 1, n -> TrainingCompute.tokens(c, n), Double.NaN, Double.NaN, label));
            }
        }
        if (scaling.isPresent()) {
            String lawName = ChartText.shortName(law.get().name());
            sourceKeys.add(law.get().source());
            if (settings.showFrontier()) {
                String label = "Compute-optimal (" + lawName + ")";
                ScalingLaw s = scaling.get();
                layers.add(new FunctionLayer("frontier", label, "frontier", LineStyle.SOLID, 2,
                        s::frontierTokensAt, Double.NaN, Double.NaN, label));
            }
            for (double c : settings.isoComputeBudgetsFlops()) {
                ComputeOptimum o = scaling.get().computeOptimal(c);
                facts.add("At C = " + ChartText.scientific(c) + " FLOPs, compute-optimal N = "
                        + ChartText.scientific(o.parameters()) + " parameters and D = "
                        + ChartText.scientific(o.trainingTokens()) + " tokens ("
                        + ChartText.fixed(o.tokensPerParameter(), 0) + " tokens/parameter; "
                        + law.get().name().replace(" (", ", ").replace(")", "") + ").");
            }
        } else {
            facts.add("No compute-optimal frontier: the catalog has no loss law '" + settings.lossLawId() + "'.");
        }

        ModelPoints points = ModelPoints.collect(catalog.models(), settings.parameterBasis());
        ModelPointLayers.Groups groups = ModelPointLayers.groups(catalog.models());
        Map<String, List<ModelPoint>> byFamily = new TreeMap<>(groups.order());
        for (ModelPoint p : points.shown()) {
            byFamily.computeIfAbsent(groups.seriesOf(p.model()), k -> new ArrayList<>()).add(p);
            sourceKeys.add(p.model().source());
        }
        int overtrained = 0;
        java.util.Set<String> labelledDerived = labelledDerived(points.shown());
        for (Map.Entry<String, List<ModelPoint>> family : byFamily.entrySet()) {
            layers.add(pointLayer(family.getKey(), groups, family.getValue(), scaling, law, labelledDerived,
                    settings));
            if (scaling.isPresent()) {
                for (ModelPoint p : family.getValue()) {
                    if (scaling.get().tokensRelativeToOptimal(p.parameters(), p.trainingTokens()) > 1) {
                        overtrained++;
                    }
                }
            }
        }
        if (scaling.isPresent() && !points.shown().isEmpty()) {
            facts.add(overtrained + " of " + points.shown().size()
                    + " models were trained on more tokens than compute-optimal for their training compute.");
        }
        long derived = points.shown().stream().filter(ModelPoint::tokensDerived).count();
        if (derived > 0) {
            facts.add(derived + " of " + points.shown().size() + " models have no reported training tokens: "
                    + "their tokens are estimated as " + TrainingEstimates.TOKENS_FORMULA
                    + " from training compute (hollow markers).");
        }
        if (!points.shown().isEmpty()) {
            facts.add(settings.reference() == TokensPerParameterReference.COMPUTE_OPTIMAL
                    ? "Tooltip verdicts compare each model with the compute-optimal tokens per parameter at its own "
                    + "training compute" + law.map(l -> " (" + ChartText.shortName(l.name()) + ")").orElse("") + "."
                    : "Tooltip verdicts compare each model with " + ChartText.fixed(settings.tokensPerParameter(),
                    settings.tokensPerParameter() == Math.rint(settings.tokensPerParameter()) ? 0 : 1)
                    + " tokens/parameter (the dashed line).");
        }
        if (points.hidden() > 0) {
            facts.add(points.hidden() + " catalog models lack a parameter or training-token count (reported, or"
                    + " derived from training compute) and are not shown.");
        }

        AxisSpec x = AxisSpec.auto("Parameters (count)", ScaleType.LOG10, TickFormat.SI);
        AxisSpec y = AxisSpec.auto("Training tokens (count)", ScaleType.LOG10, TickFormat.SI);
        String basis = settings.parameterBasis() == ParameterBasis.ACTIVE
                ? "active parameters for mixture-of-experts models" : "total parameters for mixture-of-experts models";
        String subtitle = "C = 6ND; compute-optimal frontier of L(N, D) = E + A/N^α + B/D^β"
                + law.map(l -> " (" + ChartText.shortName(l.name()) + ")").orElse("") + "; " + basis;
        List<String> fixed = new ArrayList<>(List.of(HOFFMANN_CITATION));
        return new ChartSpec(CHART_ID, "Training tokens vs parameters", subtitle, x, y, layers, List.of(),
                ChartText.footnote(fixed, sourceKeys, catalog), facts);
    }

    /**
     * The models with derived tokens that may carry a name label: the {@value #MAX_DERIVED_LABELS} largest
     * training runs. An import of hundreds of models would otherwise bury the chart in names; the rest
     * are still hoverable, selectable and pinnable.
     */
    static java.util.Set<String> labelledDerived(List<ModelPoint> shown) {
        // A plain loop picks the few derived points: a sorted, limited stream over 100,000 points costs more.
        List<ModelPoint> derived = new java.util.ArrayList<>();
        for (ModelPoint p : shown) {
            if (p.tokensDerived()) {
                derived.add(p);
            }
        }
        return derived.stream()
                .sorted(java.util.Comparator.comparingDouble((ModelPoint p) -> p.parameters() * p.trainingTokens())
                        .reversed())
                .limit(MAX_DERIVED_LABELS).map(p -> p.model().id())
                .collect(java.util.stream.Collectors.toSet());
    }

    /** At most this many models whose tokens are derived from compute get a name label. */
    static final int MAX_DERIVED_LABELS = 12;

    private static PointLayer pointLayer(String family, ModelPointLayers.Groups groups, List<ModelPoint> members,
                                         Optional<ScalingLaw> scaling,
                                         Optional<LossLaw> law, java.util.Set<String> labelledDerived,
                                         TokensParamsSettings settings) {
        // Larger training runs are the frontier of the field: label them first; models whose tokens are only
        // derived from compute come after every model with reported tokens, so a big import does not
        // crowd out the curated labels.
        PointLayer layer = ModelPointLayers.of(family, groups, members, ModelPoint::model, ModelPoint::parameters,
                ModelPoint::trainingTokens, TokensParamsChartBuilder::labelPriority,
                ModelPoint::estimated, p -> tooltip(p, scaling, law, settings));
        // The layer's label array is freshly made for it: drop the labels of the unprioritised derived points.
        String[] labels = layer.labels();
        for (int i = 0; i < members.size(); i++) {
            ModelPoint p = members.get(i);
            if (p.tokensDerived() && !labelledDerived.contains(p.model().id())) {
                labels[i] = null;
            }
        }
        return layer;
    }

    static int labelPriority(ModelPoint p) {
        int compute = (int) Math.round(Math.log10(TrainingCompute.flops(p.parameters(), p.trainingTokens())));
        return p.tokensDerived() ? compute - 100 : compute;
    }

    /** The row label of the verdict, whatever the reference: its value names the reference. */
    static final String VERDICT_ROW = "Versus reference";

    static Tooltip tooltip(ModelPoint p, Optional<ScalingLaw> scaling, Optional<LossLaw> law,
                           TokensParamsSettings settings) {
        ModelRecord m = p.model();
        double n = p.parameters();
        double d = p.trainingTokens();
        Map<String, String> rows = new LinkedHashMap<>();
        rows.put("Organisation", m.organization() == null ? "unknown" : m.organization());
        rows.put("Release date", ChartText.date(m.releaseDate()));
        rows.put("Parameters", ChartText.si(n) + (p.activeOfMoe() ? " active (" + ChartText.si(
                Quantity.valueOrNaN(m.parameters())) + " total)" : "") + (p.parametersEstimated() ? " (estimated)" : ""));
        rows.put("Training tokens", ChartText.si(d) + (p.tokensDerived()
                ? " (estimated: " + TrainingEstimates.TOKENS_FORMULA + " from training compute)"
                : p.tokensEstimated() ? " (estimated)" : ""));
        rows.put("Tokens per parameter", ChartText.fixed(d / n, 1));
        Quantity compute = m.trainingComputeFlop();
        if (compute != null) {
            rows.put("Training compute", ChartText.scientific(compute.value()) + " FLOPs"
                    + (compute.estimated() ? " (estimated)" : "") + sourceSuffix(compute, m));
        } else {
            rows.put("Training compute (6ND)", ChartText.scientific(TrainingCompute.flops(n, d)) + " FLOPs");
        }
        if (scaling.isPresent()) {
            String name = ChartText.shortName(law.get().name());
            rows.put("Predicted loss", ChartText.fixed(scaling.get().loss(n, d), 3) + " nats/token (" + name + ")");
            if (settings.reference() == TokensPerParameterReference.COMPUTE_OPTIMAL) {
                // Same compute, other split: D against D_opt(6ND). The law is named in "Predicted loss" above.
                ComputeOptimum o = scaling.get().computeOptimal(TrainingCompute.flops(n, d));
                rows.put(VERDICT_ROW, verdictText(scaling.get().tokensRelativeToOptimal(n, d),
                        "compute-optimal for its compute"));
                rows.put("Compute-optimal split", ChartText.si(o.parameters()) + " parameters, "
                        + ChartText.si(o.trainingTokens()) + " tokens ("
                        + ChartText.fixed(o.tokensPerParameter(), 0) + " tokens/parameter)");
            }
        }
        if (settings.reference() == TokensPerParameterReference.RATIO_LINE) {
            double ratio = settings.tokensPerParameter();
            String ref = ChartText.fixed(ratio, ratio == Math.rint(ratio) ? 0 : 1) + " tokens/parameter";
            rows.put(VERDICT_ROW, verdictText((d / n) / ratio, ref));
        }
        rows.put("Source", m.source() == null ? "unknown" : m.source());
        List<Tooltip.Row> list = rows.entrySet().stream().map(e -> new Tooltip.Row(e.getKey(), e.getValue())).toList();
        return Tooltip.of(m.name() != null ? m.name() : m.id(), list);
    }

    private static String sourceSuffix(Quantity q, ModelRecord m) {
        return q.source() == null || q.source().equals(m.source()) ? "" : " [" + q.source() + "]";
    }

    /** "2.2× fewer tokens than 20 tokens/parameter", "5.3× more tokens than …", or "at … (within 5%)". */
    static String verdictText(double ratio, String reference) {
        if (Math.abs(ratio - 1) < 0.05) {
            return "at " + reference + " (within 5%)";
        }
        return ratio > 1 ? ChartText.fixed(ratio, 1) + "× more tokens than " + reference
                : ChartText.fixed(1 / ratio, 1) + "× fewer tokens than " + reference;
    }

    /** "5.3× more tokens than compute-optimal", or "2.1× fewer …" below the frontier. */
    static String optimalityText(double ratio) {
        if (Math.abs(ratio - 1) < 0.05) {
            return "compute-optimal (within 5%)";
        }
        return ratio > 1 ? ChartText.fixed(ratio, 1) + "× more tokens than compute-optimal"
                : ChartText.fixed(1 / ratio, 1) + "× fewer tokens than compute-optimal";
    }

    /** A catalog model placed on the chart. */
    record ModelPoint(ModelRecord model, String family, double parameters, double trainingTokens,
                      boolean parametersEstimated, boolean tokensEstimated, boolean activeOfMoe,
                      boolean tokensDerived) {

        boolean estimated() {
            return parametersEstimated || tokensEstimated;
        }
    }

    /** Models with both counts (tokens reported or derived from compute), and how many lacked one. */
    record ModelPoints(List<ModelPoint> shown, int hidden) {

        static ModelPoints collect(List<ModelRecord> models, ParameterBasis basis) {
            List<ModelPoint> shown = new ArrayList<>();
            int hidden = 0;
            for (ModelRecord m : models) {
                boolean active = basis == ParameterBasis.ACTIVE && m.activeParameters() != null;
                Quantity n = active ? m.activeParameters() : m.parameters();
                // Tokens as reported, else D = C / (6N) from the training compute.
                Quantity d = TrainingEstimates.trainingTokens(m);
                boolean derived = d != null && d != m.trainingTokens();
                if (n == null || d == null || !(n.value() > 0) || !(d.value() > 0)
                        || Double.isInfinite(n.value()) || Double.isInfinite(d.value())) {
                    hidden++;
                    continue;
                }
                String family = ModelPointLayers.familyOf(m);
                shown.add(new ModelPoint(m, family, n.value(), d.value(), n.estimated(), d.estimated(),
                        active && m.isMixtureOfExperts(), derived));
            }
            return new ModelPoints(List.copyOf(shown), hidden);
        }
    }
}

package dev.scalinglens.charts.trends;

import dev.scalinglens.science.trends.TrendField;
import java.time.LocalDate;

/**
 * Framings of published trend charts. A preset supplies the field, window and model set; a setting the user
 * gives explicitly (field, fit window) wins over it.
 */
public enum TrendPreset {
    /** No preset: the settings say everything. */
    NONE(null, null, null, false, Double.NaN, null, false),
    /**
     * Parameters of the record-setting models, beside the NVIDIA decode talk's "10× per year" (its
     * "insatiable demand" slides): over 2019–2022, the years the 10× describes, and compared with the rest.
     */
    FRONTIER_PARAMETERS(TrendField.PARAMETERS, LocalDate.of(2019, 1, 1), LocalDate.of(2022, 12, 31), true, 10,
            "NVIDIA GTC decode talk (\"insatiable demand\" slides): model size ~10× per year", false),
    /**
     * Training compute of notable models since 2010 (Epoch AI: 4.1–4.7× per year). Fits only computes a source
     * states (Epoch's), not our C = 6ND estimates, when the catalog has at least three: import Epoch's Notable
     * AI Models export with {@code --domains all} for Epoch's model set.
     */
    NOTABLE_COMPUTE(TrendField.TRAINING_COMPUTE, LocalDate.of(2010, 1, 1), null, false, Double.NaN,
            "Epoch AI, Notable AI Models: 4.1–4.7× per year since 2010", true),
    /**
     * The issue asks for price per million tokens at a fixed capability. The catalog cannot select that
     * honestly: the priced models (Epoch's Frontier AI Models) share no capability score. The closest honest
     * thing is the cheapest list price so far among frontier models (the running minimum of input prices), and
     * the chart says so.
     */
    FRONTIER_PRICE(TrendField.INPUT_PRICE, null, null, true, Double.NaN, null, false,
            "Not at a fixed capability (the priced models share no capability score): the cheapest list price so"
                    + " far among the catalog's priced models, which are Epoch's frontier models when imported"
                    + " from its Frontier AI Models export");

    private final TrendField field;
    private final LocalDate from;
    private final LocalDate to;
    private final boolean frontierOnly;
    private final double referencePerYear;
    private final String referenceText;
    private final boolean sourcedOnly;
    private final String caveat;

    TrendPreset(TrendField field, LocalDate from, LocalDate to, boolean frontierOnly, double referencePerYear,
                String referenceText, boolean sourcedOnly) {
        this(field, from, to, frontierOnly, referencePerYear, referenceText, sourcedOnly, null);
    }

    TrendPreset(TrendField field, LocalDate from, LocalDate to, boolean frontierOnly, double referencePerYear,
                String referenceText, boolean sourcedOnly, String caveat) {
        this.caveat = caveat;
        this.sourcedOnly = sourcedOnly;
        this.field = field;
        this.from = from;
        this.to = to;
        this.frontierOnly = frontierOnly;
        this.referencePerYear = referencePerYear;
        this.referenceText = referenceText;
    }

    public TrendField field() {
        return field;
    }

    public LocalDate from() {
        return from;
    }

    public LocalDate to() {
        return to;
    }

    public boolean frontierOnly() {
        return frontierOnly;
    }

    /** Fit only values a source states (not derived with C = 6ND), when the catalog has enough of them. */
    public boolean sourcedOnly() {
        return sourcedOnly;
    }

    /** A published yearly factor to draw beside the fit (the slope only), or NaN. */
    public double referencePerYear() {
        return referencePerYear;
    }

    /** What the preset is not, said on the chart (subtitle and key facts), or null. */
    public String caveat() {
        return caveat;
    }

    /** The published figure and where it is from, or null. */
    public String referenceText() {
        return referenceText;
    }
}

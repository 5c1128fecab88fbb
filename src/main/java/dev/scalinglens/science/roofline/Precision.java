package dev.scalinglens.science.roofline;


import java.util.Locale;

/** Number format of the weights in a decode step, with its storage size. */
public enum Precision {
    BF16(2.0),
    FP8(1.0),
    /** 4-bit weights; the half byte ignores the per-block scale factors of MXFP4/NVFP4 (~3% more bytes). */
    FP4(0.5);

    private final double bytesPerElement;

    Precision(double bytesPerElement) {
        this.bytesPerElement = bytesPerElement;
    }

    public double bytesPerElement() {
        return bytesPerElement;
    }

    /**
     * The KV cache format served with these weights: BF16 with BF16 weights, FP8 otherwise. FP4 KV
     * caches exist but are rare in published serving setups, so FP4 weights keep an FP8 cache.
     */
    public Precision kvCachePrecision() {
        return this == BF16 ? BF16 : FP8;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses bf16, fp8 or fp4 (any case). */
    public static Precision parse(String text) {
        if (text != null) {
            for (Precision p : values()) {
                if (p.name().equalsIgnoreCase(text.trim())) {
                    return p;
                }
            }
        }
        throw new IllegalArgumentException("unknown precision '" + text + "': expected bf16, fp8 or fp4");
    }
}

package dev.scalinglens.plot;

/**
 * Colour science for checking palettes: sRGB → CIELAB (D65), the CIEDE2000 colour difference (Sharma, Wu
 * &amp; Dalal 2005, "The CIEDE2000 color-difference formula: implementation notes, supplementary test data,
 * and mathematical observations") and a colour-vision-deficiency simulation (Machado, Oliveira &amp; Fernandes
 * 2009, deuteranopia at severity 1.0, applied in linear RGB).
 */
public final class ColorDifference {

    /** Machado et al. (2009), Table: deuteranomaly, severity 1.0. */
    private static final double[][] DEUTERANOPIA = {
            {0.367322, 0.860646, -0.227968},
            {0.280085, 0.672501, 0.047413},
            {-0.011820, 0.042940, 1.068881}};

    private ColorDifference() {
    }

    /** CIEDE2000 difference of two sRGB colours (kL = kC = kH = 1). */
    public static double deltaE2000(PlotColor a, PlotColor b) {
        return deltaE2000(lab(a), lab(b));
    }

    /** CIELAB (D65 white) of an sRGB colour: {L*, a*, b*}. */
    public static double[] lab(PlotColor c) {
        double r = linear(c.red());
        double g = linear(c.green());
        double b = linear(c.blue());
        double x = (0.4124564 * r + 0.3575761 * g + 0.1804375 * b) / 0.95047;
        double y = 0.2126729 * r + 0.7151522 * g + 0.0721750 * b;
        double z = (0.0193339 * r + 0.1191920 * g + 0.9503041 * b) / 1.08883;
        double fx = f(x);
        double fy = f(y);
        double fz = f(z);
        return new double[] {116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)};
    }

    /** The colour as a person with deuteranopia sees it (Machado et al. 2009, severity 1.0). */
    public static PlotColor deuteranopia(PlotColor c) {
        double[] rgb = {linear(c.red()), linear(c.green()), linear(c.blue())};
        int[] out = new int[3];
        for (int i = 0; i < 3; i++) {
            double v = 0;
            for (int j = 0; j < 3; j++) {
                v += DEUTERANOPIA[i][j] * rgb[j];
            }
            out[i] = (int) Math.round(encode(Math.max(0, Math.min(1, v))) * 255);
        }
        return PlotColor.rgb((out[0] << 16) | (out[1] << 8) | out[2]);
    }

    /** CIEDE2000 between two CIELAB colours, following Sharma et al. (2005), equations 1–22. */
    public static double deltaE2000(double[] lab1, double[] lab2) {
        double l1 = lab1[0];
        double a1 = lab1[1];
        double b1 = lab1[2];
        double l2 = lab2[0];
        double a2 = lab2[1];
        double b2 = lab2[2];
        double c1 = Math.hypot(a1, b1);
        double c2 = Math.hypot(a2, b2);
        double cBar7 = Math.pow((c1 + c2) / 2, 7);
        double g = 0.5 * (1 - Math.sqrt(cBar7 / (cBar7 + Math.pow(25, 7))));
        double a1p = (1 + g) * a1;
        double a2p = (1 + g) * a2;
        double c1p = Math.hypot(a1p, b1);
        double c2p = Math.hypot(a2p, b2);
        double h1p = hueDegrees(b1, a1p);
        double h2p = hueDegrees(b2, a2p);
        double dLp = l2 - l1;
        double dCp = c2p - c1p;
        double dhp;
        if (c1p * c2p == 0) {
            dhp = 0;
        } else if (Math.abs(h2p - h1p) <= 180) {
            dhp = h2p - h1p;
        } else if (h2p - h1p > 180) {
            dhp = h2p - h1p - 360;
        } else {
            dhp = h2p - h1p + 360;
        }
        double dHp = 2 * Math.sqrt(c1p * c2p) * Math.sin(Math.toRadians(dhp / 2));
        double lBarP = (l1 + l2) / 2;
        double cBarP = (c1p + c2p) / 2;
        double hBarP;
        if (c1p * c2p == 0) {
            hBarP = h1p + h2p;
        } else if (Math.abs(h1p - h2p) <= 180) {
            hBarP = (h1p + h2p) / 2;
        } else if (h1p + h2p < 360) {
            hBarP = (h1p + h2p + 360) / 2;
        } else {
            hBarP = (h1p + h2p - 360) / 2;
        }
        double t = 1 - 0.17 * Math.cos(Math.toRadians(hBarP - 30)) + 0.24 * Math.cos(Math.toRadians(2 * hBarP))
                + 0.32 * Math.cos(Math.toRadians(3 * hBarP + 6)) - 0.20 * Math.cos(Math.toRadians(4 * hBarP - 63));
        double dTheta = 30 * Math.exp(-Math.pow((hBarP - 275) / 25, 2));
        double cBarP7 = Math.pow(cBarP, 7);
        double rc = 2 * Math.sqrt(cBarP7 / (cBarP7 + Math.pow(25, 7)));
        double sl = 1 + 0.015 * Math.pow(lBarP - 50, 2) / Math.sqrt(20 + Math.pow(lBarP - 50, 2));
        double sc = 1 + 0.045 * cBarP;
        double sh = 1 + 0.015 * cBarP * t;
        double rt = -Math.sin(Math.toRadians(2 * dTheta)) * rc;
        double tl = dLp / sl;
        double tc = dCp / sc;
        double th = dHp / sh;
        return Math.sqrt(tl * tl + tc * tc + th * th + rt * tc * th);
    }

    private static double hueDegrees(double b, double ap) {
        if (b == 0 && ap == 0) {
            return 0;
        }
        double h = Math.toDegrees(Math.atan2(b, ap));
        return h < 0 ? h + 360 : h;
    }

    private static double linear(int channel) {
        double c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    private static double encode(double v) {
        return v <= 0.0031308 ? 12.92 * v : 1.055 * Math.pow(v, 1 / 2.4) - 0.055;
    }

    private static double f(double t) {
        return t > 216.0 / 24389 ? Math.cbrt(t) : (24389.0 / 27 * t + 16) / 116;
    }
}

package dev.scalinglens.plot;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Resolves a spec's colour keys. Series colours are chosen by the charts (their encoding writes "#light/#dark"
 * keys, see charts.SeriesColors); other keys take a deterministic hash slot of a colour-blind-safe palette. Role keys
 * ("reference",
 * "frontier", "fit", "band", "text", "grid", "axis", "background") give the neutral colours of a theme.
 */
public final class Palette {

    /**
     * Okabe &amp; Ito (2008), "Color Universal Design" (without black and the pale yellow, which vanish on one
     * of the two backgrounds), followed by Paul Tol's "muted" scheme (personal.sron.nl/~pault/, 2021).
     */
    private static final int[] SLOTS = {
            0x0072B2, 0xE69F00, 0x009E73, 0xD55E00, 0xCC79A7, 0x56B4E9,
            0x882255, 0x117733, 0x332288, 0xDDCC77, 0x44AA99, 0xAA4499, 0x999933, 0xCC6677,
    };

    private Palette() {
    }

    public static PlotColor colorFor(String key, Theme theme) {
        if (key != null && key.startsWith("#")) {
            PlotColor explicit = explicit(key, theme);
            if (explicit != null) {
                return explicit;
            }
        }
        String k = normalise(key);
        PlotColor role = roleColor(k, theme);
        if (role != null) {
            return role;
        }
        PlotColor base = PlotColor.rgb(SLOTS[slotFor(k)]);
        // Dark blues and purples lose contrast on the dark background; lift them towards white.
        return theme == Theme.DARK ? base.mix(luminance(base) < 0.35 ? 0.35 : 0.1) : base;
    }

    /**
     * A colour the spec names itself: "#RRGGBB" (both themes) or "#RRGGBB/#RRGGBB" (light, dark). Series
     * colours come this way from the charts' encoding; null when the key is not of that form.
     */
    static PlotColor explicit(String key, Theme theme) {
        String[] parts = key.split("/", 2);
        String pick = parts.length == 2 && theme == Theme.DARK ? parts[1] : parts[0];
        if (!pick.matches("#[0-9A-Fa-f]{6}")) {
            return null;
        }
        return PlotColor.rgb(Integer.parseInt(pick.substring(1), 16));
    }

    public static PlotColor background(Theme theme) {
        return theme == Theme.DARK ? PlotColor.rgb(0x1E1F22) : PlotColor.rgb(0xFFFFFF);
    }

    static int slotFor(String normalisedKey) {
        // Deterministic across runs and JVMs (String.hashCode is specified), unlike identity hashes.
        return Math.floorMod(normalisedKey.hashCode(), SLOTS.length);
    }

    private static PlotColor roleColor(String k, Theme theme) {
        boolean dark = theme == Theme.DARK;
        return switch (k) {
            case "reference" -> PlotColor.rgb(dark ? 0xA0A0A0 : 0x6E6E6E);
            case "frontier" -> PlotColor.rgb(dark ? 0xF2F2F2 : 0x1A1A1A);
            case "fit" -> PlotColor.rgb(dark ? 0xF0A050 : 0xB8500A);
            case "band" -> PlotColor.rgb(dark ? 0xF0A050 : 0xE69F00);
            case "text" -> PlotColor.rgb(dark ? 0xE6E6E6 : 0x222222);
            case "subtext" -> PlotColor.rgb(dark ? 0xA8A8A8 : 0x5F5F5F);
            case "grid" -> PlotColor.rgb(dark ? 0x34363B : 0xE8E8E8);
            case "axis" -> PlotColor.rgb(dark ? 0x9A9A9A : 0x555555);
            case "background" -> background(theme);
            default -> null;
        };
    }

    private static final Pattern NOT_KEY_CHAR = Pattern.compile("[^a-z0-9]");

    private static String normalise(String key) {
        if (key == null) {
            return "";
        }
        return NOT_KEY_CHAR.matcher(key.toLowerCase(Locale.ROOT)).replaceAll("");
    }

    private static double luminance(PlotColor c) {
        return (0.2126 * c.red() + 0.7152 * c.green() + 0.0722 * c.blue()) / 255.0;
    }
}

package dev.scalinglens.catalog.importers;

import dev.scalinglens.catalog.Quantity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads Epoch's "API prices" column (Frontier AI Models): free text such as
 * {@code "$3 / 1M input tokens,$15 / 1M output tokens"} or {@code "$30 / M input tokens (<= 8k context),..."}.
 *
 * <p>Rules: the cell is split at commas; a part that does not start with "$" qualifies the part before it
 * ("$12 / 1M input tokens, fine tuned model"). A part is a token price when it reads "$X / 1M (or M) input
 * tokens", "... output tokens" or "... tokens" (one price for both). Parts for images, audio, cached, batch,
 * fine-tuned or training tokens, per-1k units and prices per hour are skipped. The first input and the first
 * output price listed are imported, with a note that says so and how many prices Epoch lists: Epoch gives no
 * date for a price and sometimes lists a later price first (GPT-4o: $2.50 before its launch price of $5.00),
 * so the value is a list price at some time up to the export, not necessarily the launch price.
 * A cell with no readable token price imports nothing (the importer warns).
 */
final class EpochApiPrices {

    private static final Pattern PRICE = Pattern.compile(
            "^\\$\\s*([0-9]+(?:\\.[0-9]+)?)\\s*/\\s*1?M\\s+(input\\s+|output\\s+)?tokens\\b(.*)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SKIP = Pattern.compile(
            "cache|batch|fine[ -]?tun|training|image|audio|per hour|hour", Pattern.CASE_INSENSITIVE);

    /** Input and output price per million tokens, each null when not listed. */
    record Prices(Quantity input, Quantity output) {
    }

    private EpochApiPrices() {
    }

    static Prices parse(String cell, String sourceKey) {
        if (cell == null || cell.isBlank()) {
            return new Prices(null, null);
        }
        List<String> parts = new ArrayList<>();
        for (String raw : cell.replace('\n', ' ').split(",")) {
            String p = raw.strip();
            if (p.isEmpty()) {
                continue;
            }
            if (p.startsWith("$") || parts.isEmpty()) {
                parts.add(p);
            } else {
                parts.set(parts.size() - 1, parts.get(parts.size() - 1) + ", " + p);
            }
        }
        Double input = null;
        Double output = null;
        String inputTier = null;
        String outputTier = null;
        int tokenPrices = 0;
        for (String p : parts) {
            Matcher m = PRICE.matcher(p);
            if (!m.matches() || SKIP.matcher(m.group(3)).find()) {
                continue;
            }
            double v = Double.parseDouble(m.group(1));
            if (!(v > 0) || !Double.isFinite(v)) {
                continue;
            }
            tokenPrices++;
            String kind = m.group(2) == null ? "" : m.group(2).strip().toLowerCase(Locale.ROOT);
            String tier = m.group(3).strip();
            if (input == null && !kind.equals("output")) {
                input = v;
                inputTier = tier;
            }
            if (output == null && !kind.equals("input")) {
                output = v;
                outputTier = tier;
            }
        }
        return new Prices(quantity(input, inputTier, tokenPrices, sourceKey),
                quantity(output, outputTier, tokenPrices, sourceKey));
    }

    private static Quantity quantity(Double v, String tier, int listed, String sourceKey) {
        if (v == null) {
            return null;
        }
        String note = "Epoch's \"API prices\" column, first price listed of " + listed + " token price"
                + (listed == 1 ? "" : "s") + (tier.isEmpty() ? "" : " (tier " + tier + ")")
                + "; Epoch gives no date for it, so it is a list price at some time up to the export's date,"
                + " not necessarily the price at release";
        return new Quantity(v, sourceKey, false, note);
    }
}

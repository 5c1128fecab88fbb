package dev.scalinglens.catalog.load;

import dev.scalinglens.catalog.Catalog;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * A short version of a catalog's content: the first 12 hex digits of the SHA-256 of every record (schema,
 * sources, models, hardware, experiments, inference runs, loss laws, in load order, each in its record form).
 * Equal catalogs give equal fingerprints; any changed value, note or source gives another. The catalog has
 * no version number of its own, and files that merge to the same records are the same catalog to a chart.
 */
public final class CatalogFingerprint {

    private static final int HEX_DIGITS = 12;

    private CatalogFingerprint() {
    }

    public static String of(Catalog catalog) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
        update(sha, "schema", List.of(String.valueOf(catalog.schema())));
        for (Map.Entry<String, ?> source : catalog.sources().entrySet()) {
            update(sha, "source", List.of(source.getKey() + "=" + source.getValue()));
        }
        update(sha, "models", catalog.models());
        update(sha, "hardware", catalog.hardware());
        update(sha, "experiments", catalog.experiments());
        update(sha, "inferenceRuns", catalog.inferenceRuns());
        update(sha, "lossLaws", catalog.lossLaws());
        return HexFormat.of().formatHex(sha.digest()).substring(0, HEX_DIGITS);
    }

    /** Records are immutable records of strings, numbers, dates, enums and lists: their text is their value. */
    private static void update(MessageDigest sha, String section, List<?> records) {
        sha.update(section.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
        for (Object record : records) {
            sha.update(String.valueOf(record).getBytes(StandardCharsets.UTF_8));
            sha.update((byte) '\n');
        }
    }
}

package dev.scalinglens.catalog.io;

import dev.scalinglens.catalog.Catalog;
import dev.scalinglens.catalog.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/** Reads one catalog file (from disk or from bytes) into a {@link DecodedFile}, within the load limits. */
public final class CatalogFileReader {

    private final LoadLimits limits;
    private final JsonTreeReader treeReader;
    private final LocalDate today;

    public CatalogFileReader(LoadLimits limits, LocalDate today) {
        this.limits = limits;
        this.treeReader = new JsonTreeReader(limits);
        this.today = today;
    }

    public DecodedFile read(Path file, String displayName) {
        try {
            long size = Files.size(file);
            if (size > limits.maxFileBytes()) {
                return refused(displayName, tooLarge(size));
            }
            return read(Files.readAllBytes(file), displayName);
        } catch (IOException e) {
            return refused(displayName, "cannot read: " + IoReasons.of(e));
        }
    }

    /** Reads a stream (a class-path resource) without trusting it to be small. */
    public DecodedFile read(InputStream in, String displayName) {
        try (in) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxFileBytes() + 1));
            if (bytes.length > limits.maxFileBytes()) {
                return refused(displayName, tooLarge(bytes.length));
            }
            return read(bytes, displayName);
        } catch (IOException e) {
            return refused(displayName, "cannot read: " + IoReasons.of(e));
        }
    }

    public DecodedFile read(byte[] bytes, String displayName) {
        return CatalogDecoder.decode(treeReader, bytes, displayName, today);
    }

    private String tooLarge(long size) {
        return "file too large: " + size + " bytes, the limit is " + limits.maxFileBytes() + " bytes";
    }

    static DecodedFile refused(String displayName, String message) {
        Problem p = new Problem(Problem.Severity.ERROR, displayName, 0, 0, "", message);
        return new DecodedFile(displayName, Catalog.empty(), List.of(), List.of(p));
    }
}

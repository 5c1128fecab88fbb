package dev.scalinglens.catalog.io;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** What decoding one file needs besides the tree: where problems go, today's date, source references. */
final class DecodeContext {

    private record SourceReference(String value, JsonNode at, String path) {
    }

    private final ProblemSink sink;
    private final LocalDate today;
    private final List<SourceReference> sourceReferences = new ArrayList<>();
    /** The file's sources once its "sources" member is decoded (it is final then), else null. */
    private Map<String, ?> knownSources;

    DecodeContext(ProblemSink sink, LocalDate today) {
        this.sink = sink;
        this.today = today;
    }

    ProblemSink sink() {
        return sink;
    }

    LocalDate today() {
        return today;
    }

    /** The file's sources are complete: references read from now on that resolve need not be kept. */
    void sourcesKnown(Map<String, ?> sources) {
        knownSources = sources;
    }

    /**
     * Whether a reference must be kept for the end-of-file check: unless it already resolves. A file of
     * 100,000 models otherwise kept 200,000 references (with their nodes and paths) alive until its end.
     */
    boolean mayWarnAbout(String sourceReference) {
        return knownSources == null || !resolves(sourceReference, knownSources);
    }

    void noteSourceReference(String value, JsonNode at, String path) {
        sourceReferences.add(new SourceReference(value, at, path));
    }

    private static boolean resolves(String v, Map<String, ?> sources) {
        return sources.containsKey(v) || v.startsWith("http://") || v.startsWith("https://");
    }

    /**
     * Warns about source references that are neither a key of this file's {@code sources} nor a URL.
     * A warning, not an error: the number is still usable, only its citation is unclear.
     */
    void checkSourceReferences(Map<String, ?> sources) {
        for (SourceReference ref : sourceReferences) {
            String v = ref.value();
            if (!resolves(v, sources)) {
                sink.warning(ref.at(), ref.path(),
                        "source \"" + v + "\" is not a key of this file's sources and not a URL");
            }
        }
    }
}

package dev.scalinglens.catalog;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * Which source links the app may hand to the desktop to open: web pages (https, http) and DOIs, nothing
 * else. A catalog is untrusted input; a {@code file:}, {@code javascript:} or custom-scheme link in it
 * must not be one click from running.
 */
public final class SourceLinks {

    private static final String DOI_RESOLVER = "https://doi.org/";

    private SourceLinks() {
    }

    /** The address to open for {@code link}: itself for http(s), the DOI resolver for {@code doi:}; else empty. */
    public static Optional<String> openable(String link) {
        if (link == null || link.isBlank()) {
            return Optional.empty();
        }
        String text = link.strip();
        if (text.toLowerCase(Locale.ROOT).startsWith("doi:")) {
            String doi = text.substring(4).strip();
            return doi.startsWith("10.") ? Optional.of(DOI_RESOLVER + doi) : Optional.empty();
        }
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            boolean web = scheme.equals("https") || scheme.equals("http");
            return web && uri.getHost() != null && !uri.getHost().isBlank() ? Optional.of(text) : Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}

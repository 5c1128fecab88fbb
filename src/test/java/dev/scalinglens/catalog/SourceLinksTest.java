package dev.scalinglens.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SourceLinksTest {

    @ParameterizedTest
    @ValueSource(strings = {"file:///etc/passwd", "javascript:alert(1)", "ftp://example.org/x", "smb://host/share",
            "https://", "relative/path", "doi:not-a-doi", "vscode://open", "  "})
    void openableRefusesAnythingButWebAndDoiLinks(String link) {
        assertTrue(SourceLinks.openable(link).isEmpty(), link);
    }

    @Test
    void openableKeepsWebLinksAndResolvesDois() {
        assertEquals(Optional.of("https://arxiv.org/abs/2203.15556"), SourceLinks.openable("https://arxiv.org/abs/2203.15556"));
        assertEquals(Optional.of("http://example.org/a"), SourceLinks.openable("http://example.org/a"));
        assertEquals(Optional.of("https://doi.org/10.1038/s42256-025-01137-0"),
                SourceLinks.openable("doi:10.1038/s42256-025-01137-0"));
    }
}

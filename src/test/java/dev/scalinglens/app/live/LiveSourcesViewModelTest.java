package dev.scalinglens.app.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.scalinglens.app.catalog.CatalogSessionViewModel;
import dev.scalinglens.app.catalog.LoaderCatalogService;
import dev.scalinglens.app.support.RecordingDialogs;
import dev.scalinglens.app.task.CurrentThreadTaskExecutor;
import dev.scalinglens.catalog.live.LoopbackServer;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File › Update from Epoch AI and Add from Hugging Face against a loopback server (no internet). */
class LiveSourcesViewModelTest {

    @TempDir
    Path dir;

    private LoopbackServer server;
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private CatalogSessionViewModel catalogs;

    @BeforeEach
    void start() throws IOException {
        assumeTrue(Files.isDirectory(LoopbackServer.EXTERNAL), "../shared/external is absent");
        server = new LoopbackServer();
        catalogs = new CatalogSessionViewModel(new LoaderCatalogService(), new CurrentThreadTaskExecutor(), t -> { });
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    private LiveSourcesViewModel live(URI epoch) {
        return new LiveSourcesViewModel(catalogs, new CurrentThreadTaskExecutor(), t -> { }, dialogs,
                new LiveSourceSettings(epoch, server.base(), Duration.ofSeconds(5)), dir.resolve("live"));
    }

    @Test
    void updateFromEpochShowsTheDiffAndMergesOnlyWhenConfirmed() {
        LiveSourcesViewModel live = live(server.uri("/data/notable_ai_models_24_02_2025.csv"));
        dialogs.confirmAnswer = false;
        live.updateFromEpoch();
        assertEquals(1, dialogs.confirmations.size(), dialogs.errors.toString());
        assertEquals(0, catalogs.getCatalog().models().size(), "declined: nothing merged");

        dialogs.confirmAnswer = true;
        live.updateFromEpoch();
        assertEquals(399, catalogs.getCatalog().models().size());
        assertEquals(399, catalogs.lastMergeReportProperty().get().recordsAdded());
        assertTrue(Files.exists(dir.resolve("live").resolve(LiveSourcesViewModel.EPOCH_LAST)));
        assertTrue(catalogs.getUserFiles().get(0).getFileName().toString().startsWith("epoch-notable-"));

        live.updateFromEpoch();
        assertEquals(399, catalogs.getCatalog().models().size(), "the same export again changes nothing");
        assertTrue(dialogs.errors.isEmpty(), dialogs.errors.toString());
    }

    @Test
    void updateFromEpochOfflineSaysSoAndChangesNothing() throws IOException {
        int port;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        live(URI.create("http://127.0.0.1:" + port + "/notable_ai_models.csv")).updateFromEpoch();
        assertEquals(1, dialogs.errors.size());
        assertTrue(dialogs.errors.get(0).startsWith("Cannot update from Epoch AI: cannot reach 127.0.0.1"),
                dialogs.errors.get(0));
        assertTrue(dialogs.errors.get(0).contains("offline?"));
        assertTrue(catalogs.getCatalog().models().isEmpty());
    }

    @Test
    void addFromHuggingFaceMergesTheArchitecture() {
        live(server.uri("/data/none.csv")).addFromHuggingFace("meta-llama/Llama-3.1-8B-Instruct");
        var m = catalogs.getCatalog().model("llama-3.1-8b-instruct").orElseThrow();
        assertEquals(32, m.architecture().layers());
        assertEquals(server.base() + "/meta-llama/Llama-3.1-8B-Instruct", m.source());
        assertEquals(List.of(), dialogs.errors);
    }

    @Test
    void addFromHuggingFaceOfAnUnknownModelShowsTheHttpError() {
        live(server.uri("/data/none.csv")).addFromHuggingFace("nobody/nothing");
        assertTrue(dialogs.errors.get(0).contains("HTTP 404"), dialogs.errors.toString());
    }
}

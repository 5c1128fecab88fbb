package dev.scalinglens.catalog.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.scalinglens.catalog.ModelRecord;
import dev.scalinglens.catalog.importers.ImportResult;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Live sources against a loopback server serving ../shared/external (skipped when absent). */
class LiveSourcesTest {

    private LoopbackServer server;
    private final HttpDownloader http = new HttpDownloader(Duration.ofSeconds(5), 64L << 20);

    @BeforeEach
    void start() throws IOException {
        assumeTrue(Files.isDirectory(LoopbackServer.EXTERNAL), "../shared/external is absent");
        server = new LoopbackServer();
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void epochDownloadsAndImportsTheCsvWithProgress() throws Exception {
        AtomicLong seen = new AtomicLong();
        ImportResult r = LiveSources.epoch(server.uri("/data/notable_ai_models_24_02_2025.csv"), http,
                new HttpDownloader.Progress() {
                    @Override
                    public void update(long bytes, long total) {
                        seen.set(bytes);
                    }

                    @Override
                    public boolean isCancelled() {
                        return false;
                    }
                });
        assertFalse(r.hasErrors(), r.problems().toString());
        assertEquals(399, r.catalog().models().size());
        assertEquals(Files.size(LoopbackServer.EXTERNAL.resolve("epoch/notable_ai_models_24_02_2025.csv")), seen.get());
        ModelRecord llama = r.catalog().model("llama-3.1-405b").orElseThrow();
        assertEquals(3.8e25, llama.trainingComputeFlop().value());
    }

    @Test
    void huggingFaceAddsTheArchitectureAndTheStatedParameterCount() throws Exception {
        // A hand-made Hub answer: the test decides what the "model page" states.
        server.apiAnswers("{\"id\": \"deepseek-ai/DeepSeek-V3\", \"safetensors\": {\"total\": 684531386000}}");
        ImportResult r = LiveSources.huggingFace(server.base(), "deepseek-ai/DeepSeek-V3", http,
                HttpDownloader.Progress.NONE);
        ModelRecord m = r.catalog().models().get(0);
        assertEquals("deepseek-v3", m.id());
        assertEquals(61, m.architecture().layers());
        assertEquals(512, m.architecture().kvLoraRank());
        assertEquals(684531386000.0, m.parameters().value());
        String page = server.base() + "/deepseek-ai/DeepSeek-V3";
        assertEquals(page, m.source());
        assertEquals(page, m.url());
        assertEquals(page, m.parameters().source());
    }

    @Test
    void huggingFaceWithoutAHubCountKeepsTheArchitectureAndWarns() throws Exception {
        ImportResult r = LiveSources.huggingFace(server.base(), "Qwen/Qwen3-32B", http, HttpDownloader.Progress.NONE);
        ModelRecord m = r.catalog().models().get(0);
        assertNull(m.parameters(), "nothing guessed");
        assertTrue(r.problems().stream().anyMatch(p -> p.message().contains("HTTP 404")), r.problems().toString());
    }

    @Test
    void huggingFaceUnknownModelSaysHttp404AndBadIdIsRefused() {
        LiveSourceException missing = assertThrows(LiveSourceException.class, () ->
                LiveSources.huggingFace(server.base(), "nobody/nothing", http, HttpDownloader.Progress.NONE));
        assertTrue(missing.getMessage().startsWith("HTTP 404 from "), missing.getMessage());
        LiveSourceException bad = assertThrows(LiveSourceException.class, () ->
                LiveSources.huggingFace(server.base(), "../etc/passwd", http, HttpDownloader.Progress.NONE));
        assertTrue(bad.getMessage().contains("not a Hugging Face model id"), bad.getMessage());
    }

    @Test
    void offlineGivesAClearMessage() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        URI closed = URI.create("http://127.0.0.1:" + port + "/data/notable_ai_models.csv");
        LiveSourceException e = assertThrows(LiveSourceException.class,
                () -> http.get(closed, HttpDownloader.Progress.NONE));
        assertTrue(e.getMessage().startsWith("cannot reach 127.0.0.1"), e.getMessage());
        assertTrue(e.getMessage().contains("offline?"), e.getMessage());
    }

    @Test
    void aServerThatDoesNotAnswerTimesOut() {
        HttpDownloader impatient = new HttpDownloader(Duration.ofMillis(300), 1 << 20);
        LiveSourceException e = assertThrows(LiveSourceException.class,
                () -> impatient.get(server.uri("/slow/notable_ai_models.csv"), HttpDownloader.Progress.NONE));
        assertTrue(e.getMessage().startsWith("no answer from"), e.getMessage());
    }

    @Test
    void aCancelledDownloadStops() {
        assertThrows(CancellationException.class, () -> http.get(server.uri("/data/notable_ai_models_24_02_2025.csv"),
                new HttpDownloader.Progress() {
                    @Override
                    public void update(long bytes, long total) {
                    }

                    @Override
                    public boolean isCancelled() {
                        return true;
                    }
                }));
    }

    @Test
    void anOversizedDownloadIsRefused() {
        HttpDownloader small = new HttpDownloader(Duration.ofSeconds(5), 1000);
        LiveSourceException e = assertThrows(LiveSourceException.class,
                () -> small.get(server.uri("/data/notable_ai_models_24_02_2025.csv"), HttpDownloader.Progress.NONE));
        assertTrue(e.getMessage().contains("over the limit"), e.getMessage());
    }
}

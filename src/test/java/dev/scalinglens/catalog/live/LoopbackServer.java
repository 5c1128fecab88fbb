package dev.scalinglens.catalog.live;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * A local HTTP server on the loopback address standing in for epoch.ai and huggingface.co, serving the
 * files in ../shared/external: {@code /data/<name>.csv} from epoch/, {@code /<owner>/<name>/resolve/main/config.json}
 * from the entries of hf-configs/modelconfig.json, {@code /api/models/<owner>/<name>} with a parameter count
 * given by the test, {@code /slow/...} never answering until closed. No test reaches the internet.
 */
public final class LoopbackServer implements AutoCloseable {

    public static final Path EXTERNAL = Path.of("..", "shared", "external");

    private final HttpServer server;
    private final CountDownLatch closing = new CountDownLatch(1);
    private volatile String apiBody;

    public LoopbackServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
    }

    /** What {@code /api/models/...} answers (null: 404). */
    public void apiAnswers(String json) {
        apiBody = json;
    }

    public URI base() {
        return URI.create("http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort());
    }

    public URI uri(String path) {
        return URI.create(base() + path);
    }

    private void handle(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getPath();
        try {
            if (path.startsWith("/slow/")) {
                closing.await();
                send(ex, 503, new byte[0]);
            } else if (path.startsWith("/data/")) {
                Path file = EXTERNAL.resolve("epoch").resolve(path.substring("/data/".length()));
                if (Files.isRegularFile(file)) {
                    send(ex, 200, Files.readAllBytes(file));
                } else {
                    send(ex, 404, "not found".getBytes(StandardCharsets.UTF_8));
                }
            } else if (path.startsWith("/api/models/")) {
                String body = apiBody;
                send(ex, body == null ? 404 : 200, (body == null ? "{}" : body).getBytes(StandardCharsets.UTF_8));
            } else if (path.endsWith("/resolve/main/config.json")) {
                String id = path.substring(1, path.length() - "/resolve/main/config.json".length());
                JsonNode all = new ObjectMapper().readTree(EXTERNAL.resolve("hf-configs/modelconfig.json").toFile());
                JsonNode config = all.get(id);
                if (config == null) {
                    send(ex, 404, "{\"error\": \"Repository not found\"}".getBytes(StandardCharsets.UTF_8));
                } else {
                    send(ex, 200, new ObjectMapper().writeValueAsBytes(config));
                }
            } else {
                send(ex, 404, new byte[0]);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            ex.close();
        }
    }

    private static void send(HttpExchange ex, int status, byte[] body) throws IOException {
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() {
        closing.countDown();
        server.stop(0);
    }
}

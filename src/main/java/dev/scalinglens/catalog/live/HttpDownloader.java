package dev.scalinglens.catalog.live;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.CancellationException;

/**
 * Fetches one URL with a connect and answer timeout, a size limit, progress and cancellation (checked
 * between chunks and through thread interruption). Failures become {@link LiveSourceException}s that name
 * the URL and the cause in words ("cannot reach …: offline?"), never a stack trace.
 */
public final class HttpDownloader {

    /** Told how far a download got; asked whether to stop. */
    public interface Progress {
        /** @param total bytes expected, or -1 when the server does not say */
        void update(long bytes, long total);

        boolean isCancelled();

        Progress NONE = new Progress() {
            @Override
            public void update(long bytes, long total) {
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };
    }

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
    public static final long DEFAULT_MAX_BYTES = 64L << 20;

    private final HttpClient client;
    private final Duration timeout;
    private final long maxBytes;

    public HttpDownloader(Duration timeout, long maxBytes) {
        this.timeout = timeout;
        this.maxBytes = maxBytes;
        this.client = HttpClient.newBuilder().connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    public HttpDownloader() {
        this(DEFAULT_TIMEOUT, DEFAULT_MAX_BYTES);
    }

    /** The body of a 200 answer. */
    public byte[] get(URI uri, Progress progress) throws LiveSourceException {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout)
                .header("User-Agent", "ScalingLens").GET().build();
        HttpResponse<InputStream> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("download cancelled");
        } catch (HttpConnectTimeoutException e) {
            throw new LiveSourceException("cannot reach " + host(uri) + " within " + timeout.toSeconds()
                    + " s (offline?): " + uri);
        } catch (HttpTimeoutException e) {
            throw new LiveSourceException("no answer from " + host(uri) + " within " + timeout.toSeconds()
                    + " s: " + uri);
        } catch (ConnectException e) {
            throw new LiveSourceException("cannot reach " + host(uri) + " (offline?): " + uri);
        } catch (IOException e) {
            if (causedBy(e, UnknownHostException.class)) {
                throw new LiveSourceException("cannot resolve " + host(uri) + " (offline?): " + uri);
            }
            throw new LiveSourceException("cannot download " + uri + ": "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        }
        try (InputStream in = response.body()) {
            if (response.statusCode() != 200) {
                throw new LiveSourceException("HTTP " + response.statusCode() + " from " + uri);
            }
            long total = response.headers().firstValueAsLong("Content-Length").orElse(-1);
            if (total > maxBytes) {
                throw new LiveSourceException(uri + " is " + total + " bytes, over the limit of " + maxBytes);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(total > 0 ? (int) total : 1 << 16);
            byte[] chunk = new byte[1 << 16];
            long read = 0;
            for (int n; (n = in.read(chunk)) >= 0; ) {
                if (progress.isCancelled() || Thread.currentThread().isInterrupted()) {
                    throw new CancellationException("download cancelled");
                }
                read += n;
                if (read > maxBytes) {
                    throw new LiveSourceException(uri + " is over the limit of " + maxBytes + " bytes");
                }
                out.write(chunk, 0, n);
                progress.update(read, total);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new LiveSourceException("download of " + uri + " broke off: "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        }
    }

    private static String host(URI uri) {
        return uri.getHost() == null ? uri.toString() : uri.getHost();
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}

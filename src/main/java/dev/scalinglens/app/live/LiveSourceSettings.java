package dev.scalinglens.app.live;

import dev.scalinglens.catalog.live.LiveSources;
import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;

/**
 * Where live data comes from: {@code live-sources.properties} in the config directory, keys
 * {@code epoch.url} (default {@link LiveSources#EPOCH_NOTABLE_CSV}), {@code huggingface.url} (default
 * {@link LiveSources#HUGGING_FACE}) and {@code timeout.seconds} (default 30). A missing or bad file gives
 * the defaults.
 */
public record LiveSourceSettings(URI epochCsv, URI huggingFace, Duration timeout) {

    public static final String FILE = "live-sources.properties";

    public static LiveSourceSettings defaults() {
        return new LiveSourceSettings(LiveSources.EPOCH_NOTABLE_CSV, LiveSources.HUGGING_FACE, Duration.ofSeconds(30));
    }

    public static LiveSourceSettings load(Path configDirectory) {
        LiveSourceSettings d = defaults();
        Path file = configDirectory.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return d;
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
            URI epoch = URI.create(p.getProperty("epoch.url", d.epochCsv().toString()).strip());
            URI hf = URI.create(p.getProperty("huggingface.url", d.huggingFace().toString()).strip());
            long seconds = Long.parseLong(p.getProperty("timeout.seconds", "30").strip());
            return new LiveSourceSettings(epoch, hf, Duration.ofSeconds(Math.max(1, seconds)));
        } catch (IOException | IllegalArgumentException e) {
            return d;
        }
    }
}

package dev.scalinglens.catalog.live;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.scalinglens.catalog.Catalog;
import dev.scalinglens.catalog.ModelRecord;
import dev.scalinglens.catalog.Quantity;
import dev.scalinglens.catalog.importers.EpochModelsImporter;
import dev.scalinglens.catalog.importers.HfConfigImporter;
import dev.scalinglens.catalog.importers.ImportResult;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Catalog data fetched from the web: Epoch AI's published models CSV, and a Hugging Face model's
 * {@code config.json} (architecture) with the parameter count the model page states (from the Hub API's
 * safetensors metadata, when there is one). Downloads go through the importers used for files, so the
 * same rules apply. Base URLs are parameters: the app takes them from settings, tests from a loopback server.
 */
public final class LiveSources {

    /** Epoch AI's daily-updated Notable AI Models CSV. */
    public static final URI EPOCH_NOTABLE_CSV = URI.create("https://epoch.ai/data/notable_ai_models.csv");
    public static final URI HUGGING_FACE = URI.create("https://huggingface.co");
    private static final Pattern HF_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*/[A-Za-z0-9][A-Za-z0-9._-]*");
    private static final ObjectMapper JSON = new ObjectMapper();

    private LiveSources() {
    }

    /** Downloads an Epoch models CSV and imports it (file name kept: it decides Notable or Frontier source). */
    public static ImportResult epoch(URI csv, HttpDownloader http, HttpDownloader.Progress progress)
            throws LiveSourceException {
        byte[] body = http.get(csv, progress);
        String name = Path.of(csv.getPath().isEmpty() ? "/notable_ai_models.csv" : csv.getPath()).getFileName()
                .toString();
        return withTempFile(name.endsWith(".csv") ? name : name + ".csv", body,
                file -> EpochModelsImporter.importFile(file));
    }

    /**
     * The architecture of a Hugging Face model, e.g. {@code deepseek-ai/DeepSeek-V3}, from its config, and its
     * parameter count when the Hub states one; the model page is the record's source.
     */
    public static ImportResult huggingFace(URI base, String modelId, HttpDownloader http,
                                           HttpDownloader.Progress progress) throws LiveSourceException {
        String id = modelId == null ? "" : modelId.strip();
        if (!HF_ID.matcher(id).matches()) {
            throw new LiveSourceException("not a Hugging Face model id: \"" + id + "\" (expected owner/name, e.g."
                    + " deepseek-ai/DeepSeek-V3)");
        }
        String root = base.toString().replaceAll("/+$", "");
        byte[] config = http.get(URI.create(root + "/" + id + "/resolve/main/config.json"), progress);
        ImportResult imported = withTempFile("config.json", config, file -> HfConfigImporter.importFile(file, id));
        if (imported.catalog().models().isEmpty()) {
            return imported;
        }
        String page = root + "/" + id;
        Quantity parameters = null;
        List<dev.scalinglens.catalog.Problem> problems = new ArrayList<>(imported.problems());
        try {
            JsonNode info = JSON.readTree(http.get(URI.create(root + "/api/models/" + id), progress));
            JsonNode total = info.path("safetensors").path("total");
            if (total.isNumber() && total.asDouble() > 0) {
                parameters = new Quantity(total.asDouble(), page, false,
                        "parameter count of the model page (Hugging Face safetensors metadata)");
            }
        } catch (LiveSourceException | IOException e) {
            problems.add(new dev.scalinglens.catalog.Problem(dev.scalinglens.catalog.Problem.Severity.WARNING,
                    page, 0, 0, "models." + imported.catalog().models().get(0).id() + ".parameters",
                    "no parameter count from the Hub: " + e.getMessage()));
        }
        ModelRecord m = imported.catalog().models().get(0);
        ModelRecord withSource = new ModelRecord(m.id(), m.name(), m.family(), m.organization(), m.releaseDate(),
                parameters, m.activeParameters(), m.trainingTokens(), m.openWeights(), m.architecture(),
                m.benchmarks(), page, m.notes(), null, null, null, null, null, null, null, null, page);
        Catalog c = imported.catalog();
        return new ImportResult(new Catalog(c.schema(), c.sources(), List.of(withSource), c.hardware(),
                c.experiments(), c.inferenceRuns(), c.lossLaws()), problems, imported.skipped(), imported.rowsRead());
    }

    private interface Importer {
        ImportResult read(Path file);
    }

    private static ImportResult withTempFile(String name, byte[] body, Importer importer) throws LiveSourceException {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("scalinglens-live");
            Path file = dir.resolve(name);
            Files.write(file, body);
            return importer.read(file);
        } catch (IOException e) {
            throw new LiveSourceException("cannot store the download: " + e.getMessage());
        } finally {
            if (dir != null) {
                try (var files = Files.list(dir)) {
                    for (Path p : files.toList()) {
                        Files.deleteIfExists(p);
                    }
                    Files.deleteIfExists(dir);
                } catch (IOException ignored) {
                    // A temporary file left behind is harmless.
                }
            }
        }
    }
}

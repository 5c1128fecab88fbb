package dev.scalinglens.export;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLStreamException;

/**
 * The slides of a deck built before, as far as a rebuild needs them: each slide's view and the values it was
 * drawn from ({@link SlideValues}), read from the slides' tags parts. Only those small parts are read (by
 * ZIP entry, with a size cap), not the slides' shapes, so comparing costs milliseconds. A new slide is matched
 * to the previous slide with the same view, else to the next unused previous slide of the same chart.
 */
public final class PreviousDeck {

    /** A tags part larger than this is not ours (ours hold a view and at most a few thousand points). */
    static final long MAX_TAGS_BYTES = 16L << 20;
    private static final int MAX_ENTRIES = 100_000;
    private static final Pattern TAGS_PART = Pattern.compile("ppt/tags/[^/]+\\.xml");
    private static final Pattern NUMBER = Pattern.compile("(\\d+)\\.xml$");

    /** One previous slide: its view JSON, chart id and stored values (null for decks built before values). */
    record Slide(String viewJson, String chartId, SlideValues values) {
    }

    private final Path file;
    private final List<Slide> slides;
    private final boolean[] used;

    private PreviousDeck(Path file, List<Slide> slides) {
        this.file = file;
        this.slides = List.copyOf(slides);
        this.used = new boolean[slides.size()];
    }

    /** Reads the views and values of a deck written by Scaling Lens; fails when it is not a readable PPTX. */
    public static PreviousDeck read(Path file) throws ExportException {
        List<Map.Entry<Integer, Slide>> found = new ArrayList<>();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            int count = 0;
            while (entries.hasMoreElements() && count++ < MAX_ENTRIES) {
                ZipEntry entry = entries.nextElement();
                if (!TAGS_PART.matcher(entry.getName()).matches()) {
                    continue;
                }
                byte[] xml;
                try (InputStream in = zip.getInputStream(entry)) {
                    xml = in.readNBytes((int) MAX_TAGS_BYTES + 1);
                }
                if (xml.length > MAX_TAGS_BYTES) {
                    continue;
                }
                Map<String, String> tags = PptxViewTags.readTags(new ByteArrayInputStream(xml));
                String viewJson = tags.get(PptxViewTags.TAG_NAME);
                if (viewJson == null) {
                    continue;
                }
                String chartId;
                try {
                    chartId = ChartViewJson.fromJson(viewJson, entry.getName()).chartId();
                } catch (ViewFormatException e) {
                    continue;
                }
                SlideValues values = null;
                String valuesJson = tags.get(PptxViewTags.VALUES_TAG_NAME);
                if (valuesJson != null) {
                    try {
                        values = SlideValues.fromJson(valuesJson);
                    } catch (ViewFormatException e) {
                        values = null;
                    }
                }
                Matcher m = NUMBER.matcher(entry.getName());
                int number = m.find() ? Integer.parseInt(m.group(1)) : Integer.MAX_VALUE;
                found.add(Map.entry(number, new Slide(viewJson, chartId, values)));
            }
        } catch (ZipException e) {
            throw new ExportException(file.getFileName() + ": not a PowerPoint file (" + e.getMessage() + ")", e);
        } catch (IOException | NumberFormatException e) {
            throw new ExportException("cannot read " + file + ": " + e.getMessage(), e);
        } catch (XMLStreamException e) {
            throw new ExportException(file.getFileName() + ": damaged slide tags: " + e.getMessage(), e);
        }
        found.sort(Comparator.comparing(Map.Entry::getKey));
        return new PreviousDeck(file, found.stream().map(Map.Entry::getValue).toList());
    }

    public Path file() {
        return file;
    }

    /** The previous slides that carry a view. */
    public int slideCount() {
        return slides.size();
    }

    /** Whether any previous slide carries values to compare with (decks built before they were stored do not). */
    public boolean hasValues() {
        return slides.stream().anyMatch(s -> s.values() != null);
    }

    /**
     * The values of the previous slide that matches this view (same view JSON, else the next unused slide of
     * the same chart); each previous slide is matched once.
     */
    public synchronized Optional<SlideValues> match(String viewJson, String chartId) {
        int index = -1;
        for (int i = 0; i < slides.size() && index < 0; i++) {
            if (!used[i] && slides.get(i).viewJson().equals(viewJson)) {
                index = i;
            }
        }
        for (int i = 0; i < slides.size() && index < 0; i++) {
            if (!used[i] && slides.get(i).chartId().equals(chartId)) {
                index = i;
            }
        }
        if (index < 0) {
            return Optional.empty();
        }
        used[index] = true;
        return Optional.ofNullable(slides.get(index).values());
    }
}

package dev.scalinglens.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExportBenchTableTest {

    @Test
    void eachTaskShowsMediansAndTheRatioOfTheReferenceToTheBaselines() {
        ExportBenchTable table = new ExportBenchTable();
        for (double wall : new double[] {3.0, 1.0, 2.0}) {
            table.add("png 2x 100k", "java -jar", new ProcessTimer.Times(wall, wall / 2, 0));
        }
        table.add("png 2x 100k", "matplotlib", new ProcessTimer.Times(4.0, 3.5, 0));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        table.print(new PrintStream(bytes, true, StandardCharsets.UTF_8), "java -jar", List.of("matplotlib"));
        List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(3, lines.size());
        assertTrue(lines.get(1).matches("png 2x 100k +java -jar +2\\.00 +1\\.00 *"), lines.get(1));
        assertTrue(lines.get(2).matches("png 2x 100k +matplotlib +4\\.00 +3\\.50 +0\\.50"), lines.get(2));
    }

    @Test
    void onlyTheLargeExportsHaveAMatplotlibCounterpart() {
        Path work = Path.of("w");
        List<ExportBenchTask> tasks = ExportBenchTask.all(work, Path.of("big.json"), Path.of("4.json"),
                Path.of("1.json"), 100_000);
        assertEquals(List.of("png 2x 100k", "svg 100k", "pdf 100k"), tasks.stream()
                .filter(t -> t.matplotlibFormat() != null).map(ExportBenchTask::name).toList());
        assertTrue(tasks.stream().anyMatch(t -> t.args().containsAll(List.of("deck", "--spec", "4.json"))));
    }
}

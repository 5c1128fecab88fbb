package dev.scalinglens.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ModelSizeInNameTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        Llama 2-7B             | 7e9
        GPT-3 175B (davinci)   | 175e9
        Qwen3-0.6B             | 0.6e9
        Zephyr 141B-A39B       | 141e9
        gpt-oss-120b           | 120e9
        OpenELM-450M           | 450e6
        Switch-C 1.6T          | 1.6e12
        Mixtral 8x7B           | NaN
        RNN for 1B words       | NaN
        GPT-4                  | NaN
        """)
    void parametersFromNameReadsTheSizeToken(String name, double expected) {
        double found = ModelSizeInName.parametersFromName(name).orElse(Double.NaN);
        if (Double.isNaN(expected)) {
            assertTrue(Double.isNaN(found), () -> name + " should announce no size, got " + found);
        } else {
            assertEquals(expected, found, 1e-3 * expected);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        Llama 2-7B           | 70e9    | true
        Llama 2-7B           | 6.74e9  | false
        GPT-3 175B (davinci) | 175e9   | false
        Mixtral 8x7B         | 46.7e9  | false
        """)
    void disagreementFlagsOnlyLargeMismatches(String name, double parameters, boolean flagged) {
        assertEquals(flagged, ModelSizeInName.disagreement(name, parameters).isPresent());
    }

    @ParameterizedTest
    @CsvSource({"Llama 2-7B, 70e9"})
    void disagreementMessageNamesBothNumbers(String name, double parameters) {
        String message = ModelSizeInName.disagreement(name, parameters).orElseThrow();
        assertTrue(message.contains("7e10") && message.contains("(7e9)"), message);
    }

    /** The quick scan only skips the regex where it cannot match: names it rejects, the regex rejects too. */
    @Test
    void quickScanNeverRejectsANameTheRegexMatches() {
        String alphabet = "0123456789 \t\nMmBbTtx.-Awords";
        java.util.Random random = new java.util.Random(19);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder name = new StringBuilder();
            for (int i = random.nextInt(8); i > 0; i--) {
                name.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = name.toString();
            if (ModelSizeInName.SIZE.matcher(text).find()) {
                assertTrue(ModelSizeInName.hasDigitBeforeSizeLetter(text), () -> "\"" + text + "\"");
            }
        }
        for (String text : List.of("Llama 2-7B", "GPT-3 175\tB", "Model 12345", "Family 12", "7 B", "B7")) {
            assertEquals(ModelSizeInName.SIZE.matcher(text).find(), ModelSizeInName.hasDigitBeforeSizeLetter(text),
                    text);
        }
    }
}

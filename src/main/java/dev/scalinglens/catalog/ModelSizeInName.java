package dev.scalinglens.catalog;

import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parameter count a model's name announces ("Llama 2-7B" → 7e9), used to catch data errors such
 * as Epoch AI listing Llama 2-7B with 70e9 parameters.
 */
public final class ModelSizeInName {

    /**
     * A size token: a number and M, B or T, standing alone. A letter or "x" right before it means
     * something else ("8x7B" counts one expert, "A39B" counts active parameters), and "1B words" counts
     * data, so those are skipped.
     */
    static final Pattern SIZE = Pattern.compile(
            "(?<![A-Za-z0-9.])(\\d+(?:\\.\\d+)?)\\s?([MmBbTt])(?![A-Za-z0-9])(?!\\s*(?:words|tokens))");
    /**
     * Names round (GPT-3 175B is 174.6e9, "7B" models are 6.7e9 to 7.6e9) and embeddings are counted
     * differently, so only a factor of 3 or more either way is reported.
     */
    static final double TOLERANCE_FACTOR = 3.0;

    private ModelSizeInName() {
    }

    public static OptionalDouble parametersFromName(String name) {
        if (name == null || !hasDigitBeforeSizeLetter(name)) {
            return OptionalDouble.empty();
        }
        Matcher m = SIZE.matcher(name);
        if (!m.find()) {
            return OptionalDouble.empty();
        }
        double number = Double.parseDouble(m.group(1));
        double scale = switch (Character.toUpperCase(m.group(2).charAt(0))) {
            case 'M' -> 1e6;
            case 'B' -> 1e9;
            default -> 1e12;
        };
        return OptionalDouble.of(number * scale);
    }

    /**
     * Whether {@link #SIZE} can match at all: somewhere an M, B or T follows a digit, directly or after one
     * whitespace character. Most names fail this scan, which is cheaper than the regex (every model of a
     * 100,000-model catalog is checked while it is read).
     */
    static boolean hasDigitBeforeSizeLetter(String name) {
        for (int i = 1; i < name.length(); i++) {
            if ("MmBbTt".indexOf(name.charAt(i)) < 0) {
                continue;
            }
            char before = name.charAt(i - 1);
            if (isAsciiDigit(before) || (i >= 2 && isRegexSpace(before) && isAsciiDigit(name.charAt(i - 2)))) {
                return true;
            }
        }
        return false;
    }

    /** {@code \d} without UNICODE_CHARACTER_CLASS. */
    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** {@code \s} without UNICODE_CHARACTER_CLASS: space, tab, newline, vertical tab, form feed, return. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || (c >= '\t' && c <= '\r');
    }

    /** A message when {@code parameters} is off by the tolerance factor from the size in the name. */
    public static Optional<String> disagreement(String name, double parameters) {
        OptionalDouble named = parametersFromName(name);
        if (named.isEmpty() || !(parameters > 0)) {
            return Optional.empty();
        }
        double ratio = parameters / named.getAsDouble();
        if (ratio < TOLERANCE_FACTOR && ratio > 1 / TOLERANCE_FACTOR) {
            return Optional.empty();
        }
        return Optional.of("parameters " + dev.scalinglens.catalog.NumberText.format(parameters)
                + " disagree with the size in the name \"" + name + "\" ("
                + dev.scalinglens.catalog.NumberText.format(named.getAsDouble()) + ")");
    }
}

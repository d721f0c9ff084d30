package cn.hongqi.feedback.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One form for every way of typing the same words: full-width letters and digits become half-width
 * (NFKC), Latin letters lower case, and the traditional characters common in civic comments
 * simplified, so that 電梯 and 电梯 are one word to search and to the models. No library on Maven
 * Central that fits here converts traditional Chinese, so the table is this project's own
 * ({@code analysis/traditional-simplified.txt}); characters it lacks stay as they are.
 */
public final class TextNormalizer {

    private static final Map<Integer, Integer> SIMPLIFIED = load();

    private TextNormalizer() {
    }

    public static String normalize(String text) {
        String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder simplified = new StringBuilder(nfkc.length());
        nfkc.codePoints().forEach(codePoint -> simplified.appendCodePoint(SIMPLIFIED.getOrDefault(codePoint, codePoint)));
        return simplified.toString();
    }

    private static Map<Integer, Integer> load() {
        Map<Integer, Integer> table = new HashMap<>();
        try (InputStream in = TextNormalizer.class.getResourceAsStream("/analysis/traditional-simplified.txt");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.lines().filter(line -> !line.startsWith("#") && line.codePointCount(0, line.length()) == 2)
                    .forEach(line -> table.put(line.codePointAt(0), line.codePointAt(line.offsetByCodePoints(0, 1))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(table);
    }
}

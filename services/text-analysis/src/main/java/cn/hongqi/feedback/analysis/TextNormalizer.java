package cn.hongqi.feedback.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * One form for every way of typing the same words: full-width letters and digits become half-width
 * (NFKC), Latin letters lower case, and the traditional characters common in civic comments
 * simplified, so that 電梯 and 电梯 are one word to search and to the models. No library on Maven
 * Central that fits here converts traditional Chinese, so the table is this project's own
 * ({@code analysis/traditional-simplified.txt}); characters it lacks stay as they are.
 */
public final class TextNormalizer {

    /** Indexed by the traditional character (all of them are in the Basic Multilingual Plane). */
    private static final char[] SIMPLIFIED = load();

    private TextNormalizer() {
    }

    public static String normalize(String text) {
        String nfkc = Normalizer.isNormalized(text, Normalizer.Form.NFKC) ? text : Normalizer.normalize(text, Normalizer.Form.NFKC);
        char[] chars = nfkc.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c < 128) {
                chars[i] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
            } else if (SIMPLIFIED[c] != 0) {
                chars[i] = SIMPLIFIED[c];
            } else if (Character.isUpperCase(c)) {
                chars[i] = Character.toLowerCase(c);
            }
        }
        return new String(chars);
    }

    private static char[] load() {
        char[] table = new char[Character.MAX_VALUE + 1];
        try (InputStream in = TextNormalizer.class.getResourceAsStream("/analysis/traditional-simplified.txt");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.lines().filter(line -> !line.startsWith("#") && line.length() == 2)
                    .forEach(line -> table[line.charAt(0)] = line.charAt(1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return table;
    }
}

package cn.hongqi.feedback.analysis;

import com.huaban.analysis.jieba.JiebaSegmenter;
import com.huaban.analysis.jieba.SegToken;
import com.huaban.analysis.jieba.WordDictionary;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Splits Chinese text into words. The index stores the words joined by spaces in a
 * {@code whitespace}-analysed field, and staff queries go through the same method, so a query
 * and a comment that use the same words always meet, whatever the Elasticsearch distribution
 * offers for Chinese.
 * <p>
 * jieba's dictionary is one per JVM. On top of its general dictionary it holds the project's civic
 * vocabulary ({@code analysis/civic-dictionary.txt}: 老旧小区, 加装电梯, 征收补偿…) and the terms
 * each imported report puts in quotes ({@link #learn}), so 放管服 stays one word.
 */
public final class ChineseSegmenter {

    /** The longest dictionary word recorded inside a longer word. */
    private static final int MAX_PART = 3;

    /** Frequent enough to win over splitting, as the words of jieba's own dictionary do. */
    private static final int LEARNED_FREQUENCY = 2000;
    private static final Set<String> LEARNED = ConcurrentHashMap.newKeySet();

    static {
        loadUserDictionary("/analysis/civic-dictionary.txt");
    }

    private final JiebaSegmenter jieba = new JiebaSegmenter();

    /** The words of the text, normalised ({@link TextNormalizer}), punctuation dropped. */
    public List<String> words(String text) {
        return tokens(TextNormalizer.normalize(text)).stream().filter(ChineseSegmenter::isWord).toList();
    }

    /** The tokens of normalised text, punctuation included: clause ends matter to the models. */
    List<String> tokens(String normalized) {
        return jieba.process(normalized, JiebaSegmenter.SegMode.SEARCH).stream()
                .map((SegToken token) -> token.word.strip())
                .filter(token -> !token.isEmpty())
                .toList();
    }

    /**
     * The form stored in the index: the words joined by single spaces, each long word followed by
     * the dictionary words inside it (加装电梯 加装 电梯), so a query for 电梯 finds it. jieba
     * 1.0.2's search mode does not do this itself. Queries use {@link #words} without the parts:
     * every query word must occur, and the parts of a long query word are not what was asked.
     */
    public String segmented(String text) {
        return indexed(words(text));
    }

    /** The indexed form of words already found, e.g. an {@link Analysis}'s tokens: no second segmentation. */
    public static String indexed(List<String> words) {
        List<String> indexed = new ArrayList<>();
        for (String word : words) {
            indexed.add(word);
            indexed.addAll(partsOf(word));
        }
        return String.join(" ", indexed);
    }

    /**
     * Whether a text's indexed words hold this word wherever the text contains it: so for the
     * dictionary's words of two or three characters, which {@link #indexed} also records inside
     * longer words. A search can then match such a word on the indexed words alone.
     */
    public static boolean indexedWherever(String word) {
        return word.length() >= 2 && word.length() <= MAX_PART && WordDictionary.getInstance().containsWord(word);
    }

    private static List<String> partsOf(String word) {
        List<String> parts = new ArrayList<>();
        int length = word.length();
        for (int size = 2; size < length && size <= MAX_PART; size++) {
            for (int start = 0; start + size <= length; start++) {
                String part = word.substring(start, start + size);
                if (WordDictionary.getInstance().containsWord(part)) {
                    parts.add(part);
                }
            }
        }
        return parts;
    }

    /** Adds terms (a report's quoted terms) to the dictionary of this JVM; known ones are skipped. */
    public static synchronized void learn(Collection<String> terms) {
        List<String> unknown = terms.stream().map(TextNormalizer::normalize).filter(LEARNED::add).toList();
        if (unknown.isEmpty()) {
            return;
        }
        try {
            Path dictionary = Files.createTempFile("feedback-terms", ".dict");
            try {
                Files.writeString(dictionary, unknown.stream().map(term -> term + " " + LEARNED_FREQUENCY + " n")
                        .collect(Collectors.joining("\n", "", "\n")), StandardCharsets.UTF_8);
                WordDictionary.getInstance().loadUserDict(dictionary, StandardCharsets.UTF_8);
            } finally {
                Files.deleteIfExists(dictionary);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the learned terms for jieba", e);
        }
    }

    /** jieba reads user dictionaries from files only, so the resource is copied out first. */
    private static void loadUserDictionary(String resource) {
        try (InputStream in = ChineseSegmenter.class.getResourceAsStream(resource)) {
            Path dictionary = Files.createTempFile("feedback-civic", ".dict");
            try {
                Files.copy(in, dictionary, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                WordDictionary.getInstance().loadUserDict(dictionary, StandardCharsets.UTF_8);
            } finally {
                Files.deleteIfExists(dictionary);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the civic dictionary", e);
        }
    }

    static boolean isWord(String token) {
        return token.codePoints().anyMatch(Character::isLetterOrDigit);
    }
}

package cn.hongqi.feedback.analysis;

import com.huaban.analysis.jieba.JiebaSegmenter;
import com.huaban.analysis.jieba.SegToken;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/**
 * Splits Chinese text into words. The index stores the words joined by spaces in a
 * {@code whitespace}-analysed field, and staff queries go through the same method, so a query
 * and a comment that use the same words always meet, whatever the Elasticsearch distribution
 * offers for Chinese.
 */
public final class ChineseSegmenter {

    private final JiebaSegmenter jieba = new JiebaSegmenter();

    /** The words of the text, normalised (full-width to half-width, lower case), punctuation dropped. */
    public List<String> words(String text) {
        String normalised = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return jieba.process(normalised, JiebaSegmenter.SegMode.SEARCH).stream()
                .map((SegToken token) -> token.word.strip())
                .filter(ChineseSegmenter::isWord)
                .toList();
    }

    /** The words joined by single spaces: the form stored in the index and sent as a query. */
    public String segmented(String text) {
        return String.join(" ", words(text));
    }

    private static boolean isWord(String token) {
        return token.codePoints().anyMatch(Character::isLetterOrDigit);
    }
}

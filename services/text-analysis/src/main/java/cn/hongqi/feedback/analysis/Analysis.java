package cn.hongqi.feedback.analysis;

import java.util.List;

/**
 * What the analysis says of one comment.
 *
 * @param label        {@code positive}, {@code neutral} or {@code negative}
 * @param score        from -1 (negative) to 1 (positive): P(positive) - P(negative)
 * @param confidence   the probability of {@code label}, from 1/3 to 1
 * @param modelVersion the trained model that said so
 * @param intent       {@code suggestion}, {@code complaint}, {@code praise} or {@code question}
 * @param keywords     up to five words that say what the comment is about, most telling first
 * @param tokens       the words, as indexed and searched
 * @param fingerprint  SimHash of the words, 16 hex digits, for grouping near-duplicates
 */
public record Analysis(String label, double score, double confidence, String modelVersion, String intent,
                       List<String> keywords, List<String> tokens, String fingerprint) {
}

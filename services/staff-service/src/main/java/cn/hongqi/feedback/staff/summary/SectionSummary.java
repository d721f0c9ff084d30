package cn.hongqi.feedback.staff.summary;

import java.util.List;
import java.util.Map;

/**
 * What people say about a section and how they feel, for staff who cannot read every comment.
 *
 * @param bySentiment      counts by {@code positive}, {@code neutral}, {@code negative}
 * @param trend            per day, counts by sentiment
 * @param keywords         the section's most frequent keywords
 * @param significantTerms keywords far more frequent in this section than in all comments
 * @param representatives  for each sentiment, the comments the model is surest of
 * @param campaigns        groups of near-duplicates with two or more comments, largest first
 */
public record SectionSummary(String section, String title, long total, Map<String, Long> bySentiment, Map<String, Long> byIntent,
                             Map<String, Long> byRole, List<Day> trend, List<Term> keywords, List<Term> significantTerms,
                             Map<String, List<Example>> representatives, List<Campaign> campaigns) {

    public record Day(String day, Map<String, Long> bySentiment) {

        public long total() {
            return bySentiment.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    public record Term(String word, long count) {
    }

    public record Example(String commentId, String receipt, String text, double confidence) {
    }

    public record Campaign(String campaignId, long count, String text) {
    }

    /** The share of negative comments, 0 to 1: what the overview ranks sections by. */
    public double negativeShare() {
        return total == 0 ? 0 : bySentiment.getOrDefault("negative", 0L) / (double) total;
    }

    /** A sentiment's share, 0 to 100, for the bars on the page. */
    public long percent(String sentiment) {
        return total == 0 ? 0 : Math.round(100.0 * bySentiment.getOrDefault(sentiment, 0L) / total);
    }
}

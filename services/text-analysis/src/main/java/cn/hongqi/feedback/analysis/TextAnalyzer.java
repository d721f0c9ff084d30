package cn.hongqi.feedback.analysis;

import java.util.List;

/**
 * Analyses a comment: words, sentiment, intent, keywords and a near-duplicate fingerprint, with
 * the model bundled in this module. Thread-safe; load it once, it holds the model in memory.
 */
public final class TextAnalyzer {

    static final String POSITIVE = "positive";
    static final String NEGATIVE = "negative";
    static final String NEUTRAL = "neutral";
    /** How much the civic-only model counts against the two-stage model that also learned from reviews. */
    static final double CIVIC_SHARE = 0.5;

    private final ChineseSegmenter segmenter = new ChineseSegmenter();
    private final AnalysisModels models;

    TextAnalyzer(AnalysisModels models) {
        this.models = models;
    }

    public static TextAnalyzer withBundledModel() {
        return new TextAnalyzer(AnalysisModels.bundled());
    }

    public String modelVersion() {
        return models.version();
    }

    public Analysis analyze(String text) {
        String normalized = TextNormalizer.normalize(text);
        List<String> tokens = segmenter.tokens(normalized);
        List<String> words = tokens.stream().filter(ChineseSegmenter::isWord).toList();
        int[] features = Features.of(normalized, tokens, models.rules(), models.buckets());
        Sentiment sentiment = sentiment(features);
        double[] intents = models.intent().probabilities(features);
        return new Analysis(sentiment.label(), round(sentiment.score()), round(sentiment.confidence()), models.version(),
                models.intent().labels().get(argmax(intents)), Keywords.of(words), words, SimHash.of(words));
    }

    /** Segmentation and sentiment alone: what the throughput figure measures. */
    Sentiment sentiment(String text) {
        String normalized = TextNormalizer.normalize(text);
        return sentiment(Features.of(normalized, segmenter.tokens(normalized), models.rules(), models.buckets()));
    }

    /**
     * Positive against negative, for text known to be one or the other (the review sentences): the
     * same combined model as {@link #analyze}, with the neutral class left out.
     */
    String polarity(String text) {
        Sentiment sentiment = sentiment(text);
        return sentiment.score() >= 0 ? POSITIVE : NEGATIVE;
    }

    record Sentiment(String label, double score, double confidence) {
    }

    private Sentiment sentiment(int[] features) {
        double polar = probability(models.neutrality(), features, "polar");
        double positiveIfPolar = probability(models.polarity(), features, POSITIVE);
        double[] civic = models.civic().probabilities(features);
        double positive = CIVIC_SHARE * civic[0] + (1 - CIVIC_SHARE) * polar * positiveIfPolar;
        double neutral = CIVIC_SHARE * civic[1] + (1 - CIVIC_SHARE) * (1 - polar);
        double negative = CIVIC_SHARE * civic[2] + (1 - CIVIC_SHARE) * polar * (1 - positiveIfPolar);
        String label = positive >= negative && positive >= neutral ? POSITIVE : negative >= neutral ? NEGATIVE : NEUTRAL;
        return new Sentiment(label, positive - negative, Math.max(positive, Math.max(negative, neutral)));
    }

    private static double probability(LinearModel model, int[] features, String label) {
        return model.probabilities(features)[model.labels().indexOf(label)];
    }

    private static int argmax(double[] probabilities) {
        int best = 0;
        for (int candidate = 1; candidate < probabilities.length; candidate++) {
            best = probabilities[candidate] > probabilities[best] ? candidate : best;
        }
        return best;
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}

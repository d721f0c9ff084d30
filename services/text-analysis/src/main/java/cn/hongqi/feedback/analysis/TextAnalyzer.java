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

    /** Positive against negative alone, for text that is never neutral (the review sentences). */
    String polarity(String text) {
        String normalized = TextNormalizer.normalize(text);
        int[] features = Features.of(normalized, segmenter.tokens(normalized), models.rules(), models.buckets());
        return probability(models.polarity(), features, POSITIVE) >= 0.5 ? POSITIVE : NEGATIVE;
    }

    record Sentiment(String label, double score, double confidence) {
    }

    private Sentiment sentiment(int[] features) {
        double polar = probability(models.neutrality(), features, "polar");
        double positiveIfPolar = probability(models.polarity(), features, POSITIVE);
        double positive = polar * positiveIfPolar;
        double negative = polar * (1 - positiveIfPolar);
        double neutral = 1 - polar;
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

package cn.hongqi.feedback.analysis;

import java.util.List;

/**
 * Analyses a comment: words, sentiment, intent, keywords and a near-duplicate fingerprint, with
 * the model bundled in this module. Thread-safe; load it once, it holds the model in memory.
 */
public final class TextAnalyzer {

    private static final String POSITIVE = "positive";
    private static final String NEGATIVE = "negative";
    private static final String NEUTRAL = "neutral";

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
        int[] features = Features.hashed(Features.names(normalized, tokens), models.buckets());

        double polar = probability(models.neutrality(), features, "polar");
        double positiveIfPolar = probability(models.polarity(), features, POSITIVE);
        double positive = polar * positiveIfPolar;
        double negative = polar * (1 - positiveIfPolar);
        double neutral = 1 - polar;
        String label = positive >= negative && positive >= neutral ? POSITIVE : negative >= neutral ? NEGATIVE : NEUTRAL;
        double confidence = Math.max(positive, Math.max(negative, neutral));

        double[] intents = models.intent().probabilities(features);
        int intent = 0;
        for (int candidate = 1; candidate < intents.length; candidate++) {
            intent = intents[candidate] > intents[intent] ? candidate : intent;
        }
        return new Analysis(label, round(positive - negative), round(confidence), models.version(),
                models.intent().labels().get(intent), Keywords.of(words), words, SimHash.of(words));
    }

    private static double probability(LinearModel model, int[] features, String label) {
        return model.probabilities(features)[model.labels().indexOf(label)];
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}

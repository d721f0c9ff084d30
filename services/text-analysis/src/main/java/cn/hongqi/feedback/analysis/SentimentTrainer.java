package cn.hongqi.feedback.analysis;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

/**
 * Trains the bundled models: {@code SentimentTrainer REVIEWS_DIR CIVIC_DIR MODEL_OUT REPORT_OUT}.
 * <ul>
 *   <li>Polarity learns from the review sentences and from the civic comments, weighted up because
 *       they are the language it will meet.</li>
 *   <li>Neutrality and intent learn from civic comments (reviews are never neutral), with a sample of
 *       reviews as examples of polar text.</li>
 *   <li>It trains once with the rule layer's features and once without, keeps the one with the better
 *       macro-F1 on the held-out civic comments, and reports both ({@link ModelEvaluation}).</li>
 * </ul>
 */
public final class SentimentTrainer {

    static final int BUCKETS = 1 << 18;
    private static final double CIVIC_WEIGHT = 5.0;
    private static final double REVIEWS_AS_POLAR_WEIGHT = 0.1;
    private static final int REVIEWS_AS_POLAR = 4000;
    private static final long SEED = 20201;

    private final ChineseSegmenter segmenter = new ChineseSegmenter();

    private record Example(TrainingData.Labelled labelled, int[] features, double weight) {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 4) {
            System.err.println("usage: SentimentTrainer REVIEWS_DIR CIVIC_DIR MODEL_OUT REPORT_OUT");
            System.exit(2);
        }
        new SentimentTrainer().train(Path.of(args[0]), Path.of(args[1]), Path.of(args[2]), Path.of(args[3]));
    }

    void train(Path reviewsDirectory, Path civicDirectory, Path modelOut, Path reportOut) throws IOException {
        long started = System.nanoTime();
        TrainingData data = TrainingData.load(reviewsDirectory, civicDirectory);
        AnalysisModels withRules = versioned(models(data, true));
        AnalysisModels withoutRules = versioned(models(data, false));
        ModelEvaluation evaluation = new ModelEvaluation(data);
        double ruled = evaluation.civicSentiment(withRules).macroF1();
        double plain = evaluation.civicSentiment(withoutRules).macroF1();
        AnalysisModels shipped = ruled >= plain ? withRules : withoutRules;
        AnalysisModels other = shipped == withRules ? withoutRules : withRules;

        Files.createDirectories(modelOut.toAbsolutePath().getParent());
        try (OutputStream out = Files.newOutputStream(modelOut)) {
            shipped.write(out);
        }
        String report = evaluation.report(shipped, other, (System.nanoTime() - started) / 1_000_000_000);
        Files.writeString(reportOut, report);
        System.out.println(report);
        System.out.println("Model " + shipped.version() + " written to " + modelOut + " (" + Files.size(modelOut) / 1024 + " KiB)");
    }

    /**
     * The version names the day and the weights themselves: any change of data, features, rules or
     * training gives a new version, which every comment analysed with it records.
     */
    private static AnalysisModels versioned(AnalysisModels models) throws IOException {
        java.io.ByteArrayOutputStream weights = new java.io.ByteArrayOutputStream();
        models.write(weights);
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(weights.toByteArray());
            String version = "civic-lr-" + LocalDate.now(ZoneOffset.UTC) + "-" + java.util.HexFormat.of().formatHex(digest).substring(0, 8);
            return new AnalysisModels(version, models.buckets(), models.rules(), models.polarity(), models.neutrality(),
                    models.civic(), models.intent());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private AnalysisModels models(TrainingData data, boolean rules) {
        List<Example> reviews = examples(data.reviewsTrain(), rules, 1.0);
        List<Example> civic = examples(data.civicTrain(), rules, 1.0);

        List<Example> polar = new ArrayList<>(reviews);
        civic.stream().filter(example -> !example.labelled().sentiment().equals("neutral"))
                .forEach(example -> polar.add(new Example(example.labelled(), example.features(), CIVIC_WEIGHT)));
        LinearModel polarity = fit(List.of("negative", "positive"), polar, TrainingData.Labelled::sentiment, 5);

        List<Example> sample = new ArrayList<>(reviews);
        Collections.shuffle(sample, new Random(SEED));
        List<Example> neutralOrNot = new ArrayList<>(civic);
        sample.stream().limit(REVIEWS_AS_POLAR)
                .forEach(example -> neutralOrNot.add(new Example(example.labelled(), example.features(), REVIEWS_AS_POLAR_WEIGHT)));
        LinearModel neutrality = fit(List.of("neutral", "polar"), neutralOrNot,
                labelled -> labelled.sentiment().equals("neutral") ? "neutral" : "polar", 30);

        LinearModel civicSentiment = fit(List.of("positive", "neutral", "negative"), civic, TrainingData.Labelled::sentiment, 30);
        LinearModel intent = fit(List.of("suggestion", "complaint", "praise", "question"), civic,
                TrainingData.Labelled::intent, 30);
        return new AnalysisModels("unversioned", BUCKETS, rules, polarity, neutrality, civicSentiment, intent);
    }

    private List<Example> examples(List<TrainingData.Labelled> labelled, boolean rules, double weight) {
        return labelled.stream().map(example -> {
            String normalized = TextNormalizer.normalize(example.text());
            return new Example(example, Features.of(normalized, segmenter.tokens(normalized), rules, BUCKETS), weight);
        }).toList();
    }

    private static LinearModel fit(List<String> labels, List<Example> examples, Function<TrainingData.Labelled, String> label,
                                   int epochs) {
        LinearModel model = new LinearModel(labels, BUCKETS);
        List<Example> order = new ArrayList<>(examples);
        Random random = new Random(SEED);
        for (int epoch = 0; epoch < epochs; epoch++) {
            Collections.shuffle(order, random);
            double rate = 0.05 / (1 + epoch * 0.5);
            for (Example example : order) {
                model.learn(example.features(), labels.indexOf(label.apply(example.labelled())), rate, example.weight(), 1e-6);
            }
        }
        return model;
    }
}

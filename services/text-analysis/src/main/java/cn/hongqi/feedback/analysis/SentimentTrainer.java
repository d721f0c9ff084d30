package cn.hongqi.feedback.analysis;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Trains the bundled models and measures them on data they never saw:
 * {@code java … SentimentTrainer REVIEWS_DIR CIVIC_TSV MODEL_OUT REPORT_OUT}.
 * <ul>
 *   <li>Polarity learns from the labelled review sentences of {@code shared/data/sentiment} and from
 *       the project's civic comments, weighted up because they are the language it will meet.</li>
 *   <li>Neutrality and intent learn from civic comments only: reviews are never neutral.</li>
 *   <li>One civic comment in five and one review in ten (chosen by a hash of their text, so the split
 *       never changes) are held out for the figures in the report.</li>
 * </ul>
 */
public final class SentimentTrainer {

    static final int BUCKETS = 1 << 18;
    private static final double CIVIC_WEIGHT = 5.0;
    private static final double REVIEWS_AS_POLAR_WEIGHT = 0.1;
    private static final int REVIEWS_AS_POLAR = 4000;
    private static final long SEED = 20201;

    private final ChineseSegmenter segmenter = new ChineseSegmenter();

    record Example(String text, String sentiment, String intent, String hardCase, int[] features) {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 4) {
            System.err.println("usage: SentimentTrainer REVIEWS_DIR CIVIC_TSV MODEL_OUT REPORT_OUT");
            System.exit(2);
        }
        new SentimentTrainer().train(Path.of(args[0]), Path.of(args[1]), Path.of(args[2]), Path.of(args[3]));
    }

    void train(Path reviewsDirectory, Path civicFile, Path modelOut, Path reportOut) throws IOException {
        long started = System.nanoTime();
        List<Example> reviews = reviews(reviewsDirectory);
        List<Example> civic = civic(civicFile);
        List<Example> reviewTrain = reviews.stream().filter(example -> !heldOut(example.text(), 10)).toList();
        List<Example> reviewTest = reviews.stream().filter(example -> heldOut(example.text(), 10)).toList();
        List<Example> civicTrain = civic.stream().filter(example -> !heldOut(example.text(), 5)).toList();
        List<Example> civicTest = civic.stream().filter(example -> heldOut(example.text(), 5)).toList();

        LinearModel polarity = polarity(reviewTrain, civicTrain, CIVIC_WEIGHT);
        LinearModel reviewsOnly = polarity(reviewTrain, List.of(), 0);
        LinearModel neutrality = neutrality(civicTrain, reviewTrain);
        LinearModel intent = intent(civicTrain);
        String version = "civic-lr-" + LocalDate.now(ZoneOffset.UTC) + "-" + fingerprint(reviewsDirectory, civicFile);
        AnalysisModels models = new AnalysisModels(version, BUCKETS, polarity, neutrality, intent);
        Files.createDirectories(modelOut.toAbsolutePath().getParent());
        try (OutputStream out = Files.newOutputStream(modelOut)) {
            models.write(out);
        }

        String report = new Evaluation(models, new AnalysisModels(version, BUCKETS, reviewsOnly, neutrality, intent))
                .report(reviewTrain.size(), civicTrain.size(), reviewTest, civicTest, (System.nanoTime() - started) / 1_000_000_000);
        Files.writeString(reportOut, report);
        System.out.println(report);
        System.out.println("Model " + version + " written to " + modelOut + " (" + Files.size(modelOut) / 1024 + " KiB)");
    }

    private LinearModel polarity(List<Example> reviews, List<Example> civic, double civicWeight) {
        LinearModel model = new LinearModel(List.of("negative", "positive"), BUCKETS);
        List<Map.Entry<Example, Double>> examples = new ArrayList<>();
        reviews.forEach(example -> examples.add(Map.entry(example, 1.0)));
        civic.stream().filter(example -> !example.sentiment().equals("neutral"))
                .forEach(example -> examples.add(Map.entry(example, civicWeight)));
        fit(model, examples, example -> example.sentiment(), 5, 0.05);
        return model;
    }

    private LinearModel neutrality(List<Example> civic, List<Example> reviews) {
        LinearModel model = new LinearModel(List.of("neutral", "polar"), BUCKETS);
        List<Map.Entry<Example, Double>> examples = new ArrayList<>();
        civic.forEach(example -> examples.add(Map.entry(example, 1.0)));
        List<Example> sample = new ArrayList<>(reviews);
        Collections.shuffle(sample, new Random(SEED));
        sample.stream().limit(REVIEWS_AS_POLAR).forEach(example -> examples.add(Map.entry(example, REVIEWS_AS_POLAR_WEIGHT)));
        fit(model, examples, example -> example.sentiment().equals("neutral") ? "neutral" : "polar", 30, 0.05);
        return model;
    }

    private LinearModel intent(List<Example> civic) {
        LinearModel model = new LinearModel(List.of("suggestion", "complaint", "praise", "question"), BUCKETS);
        List<Map.Entry<Example, Double>> examples = new ArrayList<>();
        civic.forEach(example -> examples.add(Map.entry(example, 1.0)));
        fit(model, examples, Example::intent, 30, 0.05);
        return model;
    }

    private static void fit(LinearModel model, List<Map.Entry<Example, Double>> examples,
                            java.util.function.Function<Example, String> label, int epochs, double rate) {
        List<Map.Entry<Example, Double>> order = new ArrayList<>(examples);
        Random random = new Random(SEED);
        for (int epoch = 0; epoch < epochs; epoch++) {
            Collections.shuffle(order, random);
            double epochRate = rate / (1 + epoch * 0.5);
            for (Map.Entry<Example, Double> example : order) {
                model.learn(example.getKey().features(), model.labels().indexOf(label.apply(example.getKey())), epochRate,
                        example.getValue(), 1e-6);
            }
        }
    }

    Example example(String text, String sentiment, String intent, String hardCase) {
        String normalized = TextNormalizer.normalize(text);
        return new Example(text, sentiment, intent, hardCase,
                Features.hashed(Features.names(normalized, segmenter.tokens(normalized)), BUCKETS));
    }

    /** Both files of {@code shared/data/sentiment}: a label column (1 positive, 0 negative) and a review column. */
    private List<Example> reviews(Path directory) throws IOException {
        List<Example> examples = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> listing = Files.list(directory)) {
            files = listing.filter(path -> path.toString().endsWith(".csv")).sorted().toList();
        }
        for (Path file : files) {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            List<String> header = List.of(lines.get(0).replace("\uFEFF", "").split(","));
            int labelColumn = header.indexOf("label");
            for (String line : lines.subList(1, lines.size())) {
                String[] fields = line.split(",", header.size());
                if (fields.length < header.size()) {
                    continue;
                }
                String review = unquote(fields[header.size() - 1]).replace("\uFEFF", "").strip();
                String label = fields[labelColumn].strip();
                if (!review.isEmpty() && (label.equals("0") || label.equals("1"))) {
                    examples.add(example(review, label.equals("1") ? "positive" : "negative", null, "review"));
                }
            }
        }
        return examples;
    }

    private List<Example> civic(Path file) throws IOException {
        List<Example> examples = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            String[] fields = line.split("\t", 6);
            if (fields.length == 6) {
                examples.add(example(fields[5], fields[2], fields[3], fields[4]));
            }
        }
        return examples;
    }

    private static String unquote(String field) {
        String stripped = field.strip();
        return stripped.length() >= 2 && stripped.startsWith("\"") && stripped.endsWith("\"")
                ? stripped.substring(1, stripped.length() - 1).replace("\"\"", "\"")
                : stripped;
    }

    static boolean heldOut(String text, int oneIn) {
        return Math.floorMod(Features.fnv1a(text), oneIn) == 0;
    }

    private static String fingerprint(Path reviews, Path civic) throws IOException {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(Files.readAllBytes(civic));
            Map<String, Long> sizes = new TreeMap<>();
            try (Stream<Path> listing = Files.list(reviews)) {
                for (Path file : listing.toList()) {
                    sizes.put(file.getFileName().toString(), Files.size(file));
                }
            }
            digest.update(sizes.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest()).substring(0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Figures on held-out data, written next to the training data as the model's report. */
    record Evaluation(AnalysisModels models, AnalysisModels reviewsOnly) {

        String report(int reviewsTrained, int civicTrained, List<Example> reviewTest, List<Example> civicTest, long seconds) {
            TextAnalyzer analyzer = new TextAnalyzer(models);
            TextAnalyzer baseline = new TextAnalyzer(reviewsOnly);
            StringBuilder out = new StringBuilder();
            out.append("# Sentiment and intent model ").append(models.version()).append("\n\n");
            out.append("Made by `./feedback train-sentiment` (").append(seconds).append(" s). Trained on ")
                    .append(reviewsTrained).append(" review sentences and ").append(civicTrained)
                    .append(" civic comments; measured on held-out data the training never saw: ")
                    .append(civicTest.size()).append(" civic comments (one in five) and ").append(reviewTest.size())
                    .append(" review sentences (one in ten).\n\n");
            Map<String, int[]> byCase = new TreeMap<>();
            Confusion sentiment = new Confusion(List.of("positive", "neutral", "negative"));
            Confusion intent = new Confusion(List.of("suggestion", "complaint", "praise", "question"));
            Confusion withoutCivic = new Confusion(List.of("positive", "neutral", "negative"));
            for (Example example : civicTest) {
                Analysis analysis = analyzer.analyze(example.text());
                sentiment.add(example.sentiment(), analysis.label());
                intent.add(example.intent(), analysis.intent());
                withoutCivic.add(example.sentiment(), baseline.analyze(example.text()).label());
                int[] tally = byCase.computeIfAbsent(example.hardCase(), any -> new int[2]);
                tally[0] += example.sentiment().equals(analysis.label()) ? 1 : 0;
                tally[1]++;
            }
            int reviewsRight = 0;
            for (Example example : reviewTest) {
                double[] probabilities = models.polarity().probabilities(example.features());
                String polar = probabilities[models.polarity().labels().indexOf("positive")] >= 0.5 ? "positive" : "negative";
                reviewsRight += polar.equals(example.sentiment()) ? 1 : 0;
            }
            out.append("| measure (held out) | value |\n|---|---|\n");
            out.append(row("civic sentiment, 3 classes: accuracy", sentiment.accuracy()));
            out.append(row("civic sentiment, 3 classes: macro-F1", sentiment.macroF1()));
            out.append(row("civic sentiment: accuracy of always answering the commonest class", sentiment.majorityAccuracy()));
            out.append(row("civic sentiment, polarity trained on reviews only: accuracy", withoutCivic.accuracy()));
            out.append(row("civic intent, 4 classes: accuracy", intent.accuracy()));
            out.append(row("civic intent, 4 classes: macro-F1", intent.macroF1()));
            out.append(row("civic intent: accuracy of always answering the commonest class", intent.majorityAccuracy()));
            out.append(row("review polarity, 2 classes: accuracy", reviewsRight / (double) reviewTest.size()));
            out.append("\n## Civic sentiment by hard case (accuracy, held out)\n\n| case | right | of |\n|---|---|---|\n");
            byCase.forEach((name, tally) -> out.append("| ").append(name).append(" | ").append(tally[0]).append(" | ")
                    .append(tally[1]).append(" |\n"));
            out.append("\n## Civic sentiment confusion (rows: label, columns: model)\n\n").append(sentiment.table());
            out.append("\n## Civic intent confusion (rows: label, columns: model)\n\n").append(intent.table());
            return out.toString();
        }

        private static String row(String name, double value) {
            return "| " + name + " | " + String.format("%.3f", value) + " |\n";
        }
    }

    /** A confusion matrix and the figures drawn from it. */
    static final class Confusion {

        private final List<String> labels;
        private final Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
        private int total;

        Confusion(List<String> labels) {
            this.labels = labels;
            labels.forEach(label -> counts.put(label, new LinkedHashMap<>()));
        }

        void add(String truth, String predicted) {
            counts.get(truth).merge(predicted, 1, Integer::sum);
            total++;
        }

        private int count(String truth, String predicted) {
            return counts.get(truth).getOrDefault(predicted, 0);
        }

        double accuracy() {
            return labels.stream().mapToInt(label -> count(label, label)).sum() / (double) total;
        }

        double majorityAccuracy() {
            return labels.stream().mapToInt(label -> counts.get(label).values().stream().mapToInt(Integer::intValue).sum())
                    .max().orElse(0) / (double) total;
        }

        double macroF1() {
            return labels.stream().mapToDouble(label -> {
                double truePositive = count(label, label);
                double predicted = labels.stream().mapToInt(truth -> count(truth, label)).sum();
                double actual = counts.get(label).values().stream().mapToInt(Integer::intValue).sum();
                double precision = predicted == 0 ? 0 : truePositive / predicted;
                double recall = actual == 0 ? 0 : truePositive / actual;
                return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            }).average().orElse(0);
        }

        String table() {
            StringBuilder table = new StringBuilder("| label \\ model | " + String.join(" | ", labels) + " |\n|---|"
                    + "---|".repeat(labels.size()) + "\n");
            for (String truth : labels) {
                table.append("| ").append(truth);
                for (String predicted : labels) {
                    table.append(" | ").append(count(truth, predicted));
                }
                table.append(" |\n");
            }
            return table.toString();
        }
    }
}

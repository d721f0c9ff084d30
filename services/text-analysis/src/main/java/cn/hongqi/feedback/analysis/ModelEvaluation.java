package cn.hongqi.feedback.analysis;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Measures a model on the data training never saw, and how fast it reads:
 * {@code ./feedback evaluate-sentiment} ({@code ModelEvaluation REVIEWS_DIR CIVIC_DIR}) for the
 * bundled model; the trainer writes the same report to {@code training/MODEL.md}.
 */
public final class ModelEvaluation {

    private static final List<String> SENTIMENTS = List.of("positive", "neutral", "negative");
    private static final List<String> POLARITIES = List.of("positive", "negative");
    private static final List<String> INTENTS = List.of("suggestion", "complaint", "praise", "question");
    private static final long MEASURE_NANOS = 3_000_000_000L;

    private final TrainingData data;

    ModelEvaluation(TrainingData data) {
        this.data = data;
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: ModelEvaluation REVIEWS_DIR CIVIC_DIR");
            System.exit(2);
        }
        ModelEvaluation evaluation = new ModelEvaluation(TrainingData.load(Path.of(args[0]), Path.of(args[1])));
        System.out.println(evaluation.report(AnalysisModels.bundled(), null, 0));
    }

    Confusion civicSentiment(AnalysisModels models) {
        TextAnalyzer analyzer = new TextAnalyzer(models);
        Confusion confusion = new Confusion(SENTIMENTS);
        data.civicHeldOut().forEach(example -> confusion.add(example.sentiment(), analyzer.sentiment(example.text()).label()));
        return confusion;
    }

    Confusion civicIntent(AnalysisModels models) {
        TextAnalyzer analyzer = new TextAnalyzer(models);
        Confusion confusion = new Confusion(INTENTS);
        data.civicHeldOut().forEach(example -> confusion.add(example.intent(), analyzer.analyze(example.text()).intent()));
        return confusion;
    }

    Confusion reviewPolarity(AnalysisModels models) {
        TextAnalyzer analyzer = new TextAnalyzer(models);
        Confusion confusion = new Confusion(POLARITIES);
        data.reviewsHeldOut().forEach(example -> confusion.add(example.sentiment(), analyzer.polarity(example.text())));
        return confusion;
    }

    /** @param other the variant not shipped (with or without the rule layer), or null */
    String report(AnalysisModels shipped, AnalysisModels other, long trainingSeconds) {
        TextAnalyzer analyzer = new TextAnalyzer(shipped);
        List<TrainingData.Labelled> civic = data.civicHeldOut();
        Confusion sentiment = civicSentiment(shipped);
        Confusion reviews = reviewPolarity(shipped);
        Confusion intent = civicIntent(shipped);
        Map<String, int[]> byCase = new TreeMap<>();
        for (TrainingData.Labelled example : civic) {
            Analysis analysis = analyzer.analyze(example.text());
            int[] tally = byCase.computeIfAbsent(example.hardCase(), any -> new int[2]);
            tally[0] += example.sentiment().equals(analysis.label()) ? 1 : 0;
            tally[1]++;
        }
        StringBuilder out = new StringBuilder("# Sentiment and intent model " + shipped.version() + "\n\n");
        if (trainingSeconds > 0) {
            out.append("Made by `./feedback train-sentiment` in ").append(trainingSeconds).append(" s from ")
                    .append(data.reviewsTrain().size()).append(" review sentences and ").append(data.civicTrain().size())
                    .append(" civic comments. ");
        }
        out.append("Measured by `./feedback evaluate-sentiment` on held-out data that training never saw: ")
                .append(civic.size()).append(" civic comments (one in five) and ").append(data.reviewsHeldOut().size())
                .append(" review sentences (one in ten). Rule layer: ").append(shipped.rules() ? "on" : "off").append(".\n\n");
        out.append("| measure (held out) | value |\n|---|---|\n");
        out.append(row("civic sentiment, 3 classes: accuracy", sentiment.accuracy()));
        out.append(row("civic sentiment, 3 classes: macro-F1", sentiment.macroF1()));
        out.append(row("civic sentiment: accuracy of always answering the commonest class", sentiment.majorityAccuracy()));
        out.append(row("review sentences, 2 classes: accuracy", reviews.accuracy()));
        out.append(row("review sentences, 2 classes: macro-F1", reviews.macroF1()));
        out.append(row("civic intent, 4 classes: accuracy", intent.accuracy()));
        out.append(row("civic intent, 4 classes: macro-F1", intent.macroF1()));
        if (other != null) {
            String name = other.rules() ? "with the rule layer" : "without the rule layer";
            out.append(row("civic sentiment macro-F1, " + name, civicSentiment(other).macroF1()));
            out.append(row("review sentences accuracy, " + name, reviewPolarity(other).accuracy()));
        }
        List<String> texts = data.reviewsHeldOut().stream().map(TrainingData.Labelled::text).toList();
        out.append(String.format("| segmentation, characters per second on one core | %,.0f |%n",
                charactersPerSecond(texts, new ChineseSegmenter()::words)));
        out.append(String.format("| segmentation + sentiment, characters per second on one core | %,.0f |%n",
                charactersPerSecond(texts, analyzer::sentiment)));
        out.append(String.format("| full analysis (with intent, keywords, fingerprint), characters per second on one core | %,.0f |%n",
                charactersPerSecond(texts, analyzer::analyze)));
        out.append("\n## Civic sentiment by hard case (held out)\n\n| case | right | of |\n|---|---|---|\n");
        byCase.forEach((name, tally) -> out.append("| ").append(name).append(" | ").append(tally[0]).append(" | ")
                .append(tally[1]).append(" |\n"));
        out.append("\n## Civic sentiment confusion (rows: label, columns: model)\n\n").append(sentiment.table());
        out.append("\n## Review sentences confusion (rows: label, columns: model)\n\n").append(reviews.table());
        out.append("\n## Civic intent confusion (rows: label, columns: model)\n\n").append(intent.table());
        return out.toString();
    }

    /** One thread, after three seconds of warm-up for the compiler, for three seconds. */
    private static double charactersPerSecond(List<String> texts, Consumer<String> work) {
        run(texts, work, MEASURE_NANOS);
        long[] characters = run(texts, work, MEASURE_NANOS);
        return characters[0] / (characters[1] / 1e9);
    }

    /** @return the characters read and the nanoseconds it took */
    private static long[] run(List<String> texts, Consumer<String> work, long atLeastNanos) {
        long characters = 0;
        long started = System.nanoTime();
        while (System.nanoTime() - started < atLeastNanos) {
            for (String text : texts) {
                work.accept(text);
                characters += text.length();
            }
        }
        return new long[] {characters, System.nanoTime() - started};
    }

    private static String row(String name, double value) {
        return "| " + name + " | " + String.format("%.3f", value) + " |\n";
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

        private int actual(String label) {
            return counts.get(label).values().stream().mapToInt(Integer::intValue).sum();
        }

        double accuracy() {
            return labels.stream().mapToInt(label -> count(label, label)).sum() / (double) total;
        }

        double majorityAccuracy() {
            return labels.stream().mapToInt(this::actual).max().orElse(0) / (double) total;
        }

        double macroF1() {
            return labels.stream().mapToDouble(label -> {
                double truePositive = count(label, label);
                double predicted = labels.stream().mapToInt(truth -> count(truth, label)).sum();
                double precision = predicted == 0 ? 0 : truePositive / predicted;
                double recall = actual(label) == 0 ? 0 : truePositive / actual(label);
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

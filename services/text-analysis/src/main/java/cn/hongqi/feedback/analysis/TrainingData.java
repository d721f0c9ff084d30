package cn.hongqi.feedback.analysis;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * The labelled data, split once and for all into what training sees and what it never sees: one
 * civic comment in five and one review in ten, chosen by a hash of the text, so the split is the
 * same on every machine and every run.
 *
 * @param reviews the sentences of {@code shared/data/sentiment/*.csv} (label 1 positive, 0 negative)
 * @param civic   the project's own comments, {@code training/civic-comments*.tsv}
 */
record TrainingData(List<Labelled> reviews, List<Labelled> civic, String fingerprint) {

    /** @param intent and {@code hardCase} are null for reviews */
    record Labelled(String text, String sentiment, String intent, String hardCase) {
    }

    static TrainingData load(Path reviewsDirectory, Path civicDirectory) throws IOException {
        MessageDigest digest = sha256();
        List<Labelled> reviews = new ArrayList<>();
        for (Path file : csvFiles(reviewsDirectory, ".csv", "")) {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            digest.update((file.getFileName() + ":" + Files.size(file)).getBytes(StandardCharsets.UTF_8));
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
                    reviews.add(new Labelled(review, label.equals("1") ? "positive" : "negative", null, null));
                }
            }
        }
        List<Labelled> civic = new ArrayList<>();
        for (Path file : csvFiles(civicDirectory, ".tsv", "civic-comments")) {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            digest.update(Files.readAllBytes(file));
            for (String line : lines.subList(1, lines.size())) {
                String[] fields = line.split("\t", 6);
                if (fields.length == 6) {
                    civic.add(new Labelled(fields[5], fields[2], fields[3], fields[4]));
                }
            }
        }
        return new TrainingData(reviews, civic, HexFormat.of().formatHex(digest.digest()).substring(0, 8));
    }

    List<Labelled> reviewsTrain() {
        return reviews.stream().filter(example -> !heldOut(example.text(), 10)).toList();
    }

    List<Labelled> reviewsHeldOut() {
        return reviews.stream().filter(example -> heldOut(example.text(), 10)).toList();
    }

    List<Labelled> civicTrain() {
        return civic.stream().filter(example -> !heldOut(example.text(), 5)).toList();
    }

    List<Labelled> civicHeldOut() {
        return civic.stream().filter(example -> heldOut(example.text(), 5)).toList();
    }

    static boolean heldOut(String text, int oneIn) {
        return Math.floorMod(Features.fnv1a(text), oneIn) == 0;
    }

    private static List<Path> csvFiles(Path directory, String suffix, String prefix) throws IOException {
        try (Stream<Path> listing = Files.list(directory)) {
            return listing.filter(path -> path.getFileName().toString().endsWith(suffix)
                    && path.getFileName().toString().startsWith(prefix)).sorted().toList();
        }
    }

    private static String unquote(String field) {
        String stripped = field.strip();
        return stripped.length() >= 2 && stripped.startsWith("\"") && stripped.endsWith("\"")
                ? stripped.substring(1, stripped.length() - 1).replace("\"\"", "\"")
                : stripped;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

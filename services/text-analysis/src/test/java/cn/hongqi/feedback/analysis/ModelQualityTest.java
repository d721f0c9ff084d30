package cn.hongqi.feedback.analysis;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bundled model on the civic comments the trainer held out. A retrained model that reads
 * civic comments worse than this fails the build instead of reaching staff.
 */
class ModelQualityTest {

    private static final double SENTIMENT_FLOOR = 0.70;
    private static final double INTENT_FLOOR = 0.80;

    @Test
    void heldOutCivicCommentsAreReadAtLeastAsWellAsTheFloors() throws Exception {
        TextAnalyzer analyzer = TextAnalyzer.withBundledModel();
        List<String[]> heldOut = Files.readAllLines(Path.of("training", "civic-comments.tsv"), StandardCharsets.UTF_8).stream()
                .skip(1).map(line -> line.split("\t", 6)).filter(fields -> fields.length == 6)
                .filter(fields -> TrainingData.heldOut(fields[5], 5)).toList();
        int sentimentRight = 0;
        int intentRight = 0;
        for (String[] comment : heldOut) {
            Analysis analysis = analyzer.analyze(comment[5]);
            sentimentRight += analysis.label().equals(comment[2]) ? 1 : 0;
            intentRight += analysis.intent().equals(comment[3]) ? 1 : 0;
        }

        assertThat(heldOut).hasSizeGreaterThan(100);
        assertThat(sentimentRight / (double) heldOut.size()).isGreaterThanOrEqualTo(SENTIMENT_FLOOR);
        assertThat(intentRight / (double) heldOut.size()).isGreaterThanOrEqualTo(INTENT_FLOOR);
    }
}

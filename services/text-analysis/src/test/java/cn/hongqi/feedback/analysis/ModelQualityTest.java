package cn.hongqi.feedback.analysis;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bundled model on the civic comments the trainer held out (the review sentences are not in the
 * repository, so ./feedback evaluate-sentiment measures those). A retrained model that reads civic
 * comments worse than the targets fails the build instead of reaching staff.
 */
class ModelQualityTest {

    private static final double SENTIMENT_MACRO_F1_TARGET = 0.85;
    private static final double INTENT_MACRO_F1_FLOOR = 0.85;

    @Test
    void heldOutCivicCommentsAreReadAtLeastAsWellAsTheTargets(@TempDir Path noReviews) throws Exception {
        TrainingData civic = TrainingData.load(noReviews, Path.of("training"));
        ModelEvaluation evaluation = new ModelEvaluation(civic);
        AnalysisModels bundled = AnalysisModels.bundled();

        assertThat(civic.civicHeldOut()).hasSizeGreaterThan(250);
        assertThat(evaluation.civicSentiment(bundled).macroF1()).isGreaterThanOrEqualTo(SENTIMENT_MACRO_F1_TARGET);
        assertThat(evaluation.civicIntent(bundled).macroF1()).isGreaterThanOrEqualTo(INTENT_MACRO_F1_FLOOR);
    }
}

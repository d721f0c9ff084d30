package cn.hongqi.feedback.analysis;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The bundled model on comments whose reading nobody would dispute. */
class TextAnalyzerTest {

    private static final TextAnalyzer ANALYZER = TextAnalyzer.withBundledModel();

    @Test
    void clearPraiseIsPositiveClearAngerNegativeAndAPlainQuestionNeutral() {
        assertThat(ANALYZER.analyze("老旧小区改造做得非常好，居民都很满意，感谢政府！").label()).isEqualTo("positive");
        assertThat(ANALYZER.analyze("拆迁补偿拖了三年还没给，太让人失望了，根本没人管！").label()).isEqualTo("negative");
        assertThat(ANALYZER.analyze("请问公村小学今年秋季什么时候开始招生？").label()).isEqualTo("neutral");
    }

    @Test
    void theScoreAndConfidenceAgreeWithTheLabelAndNameTheModel() {
        Analysis praise = ANALYZER.analyze("加装电梯的政策太好了，点赞！");

        assertThat(praise.score()).isBetween(0.0, 1.0);
        assertThat(praise.confidence()).isBetween(1.0 / 3, 1.0);
        assertThat(praise.modelVersion()).startsWith("civic-lr-").isEqualTo(ANALYZER.modelVersion());
        assertThat(ANALYZER.analyze("太差了，完全没有改善").score()).isNegative();
    }

    @Test
    void intentTellsSuggestionsComplaintsPraiseAndQuestionsApart() {
        assertThat(ANALYZER.analyze("建议在社区增设老年助餐点，方便独居老人吃饭。").intent()).isEqualTo("suggestion");
        assertThat(ANALYZER.analyze("请问明珠花园二期什么时候能交房？").intent()).isEqualTo("question");
        assertThat(ANALYZER.analyze("感谢区里把西大街改造得这么漂亮，点赞！").intent()).isEqualTo("praise");
    }

    @Test
    void keywordsSayWhatTheCommentIsAboutAndSkipFillerWords() {
        Analysis analysis = ANALYZER.analyze("我们小区加装电梯的事情拖了很久，希望加装电梯的补贴尽快落实。");

        assertThat(analysis.keywords()).hasSizeLessThanOrEqualTo(5).contains("加装电梯").doesNotContain("我们", "希望");
        assertThat(analysis.tokens()).contains("小区", "补贴");
    }

    @Test
    void aLightlyEditedCopyIsNearAndAnUnrelatedCommentIsFar() {
        String original = ANALYZER.analyze("强烈要求立即停止印染厂项目征收，补偿标准太低，居民无法接受！").fingerprint();
        String edited = ANALYZER.analyze("强烈要求马上停止印染厂项目征收，补偿标准太低了，居民无法接受！！").fingerprint();
        String unrelated = ANALYZER.analyze("建议在公园里多设几个健身器材，方便老人晨练。").fingerprint();

        assertThat(original).matches("[0-9a-f]{16}");
        assertThat(SimHash.distance(original, edited)).isLessThanOrEqualTo(SimHash.NEAR_DUPLICATE_BITS);
        assertThat(SimHash.distance(original, unrelated)).isGreaterThan(SimHash.NEAR_DUPLICATE_BITS * 2);
    }
}

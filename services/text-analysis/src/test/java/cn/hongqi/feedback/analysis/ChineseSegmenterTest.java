package cn.hongqi.feedback.analysis;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ChineseSegmenterTest {

    private final ChineseSegmenter segmenter = new ChineseSegmenter();

    @Test
    void splitsACivicSentenceIntoWords() {
        assertThat(segmenter.words("希望加快老旧小区改造")).contains("希望", "加快", "改造").doesNotContain("希望加快老旧小区改造");
    }

    @Test
    void dropsPunctuationAndNormalisesWidthAndCase() {
        assertThat(segmenter.words("ＰＭ２．５，太高了！")).containsSubsequence("pm2", "5", "太高")
                .noneMatch(word -> word.matches("\\p{Punct}|[，！。]"));
    }

    @Test
    void aQueryInAnotherOrderSharesTheWordsOfTheComment() {
        assertThat(segmenter.words("停车难 小区")).containsAll(segmenter.words("小区停车难"));
    }

    @Test
    void segmentedTextIsSpaceSeparated() {
        assertThat(segmenter.segmented("营商环境")).doesNotContain("  ").isNotBlank();
        assertThat(segmenter.segmented("")).isEmpty();
    }

    @Test
    void civicVocabularyStaysWhole() {
        assertThat(segmenter.words("我们小区想加装电梯，征收补偿也要公开")).contains("加装电梯", "征收补偿");
    }

    @Test
    void aTermLearnedFromAReportIsOneWordFromThenOn() {
        assertThat(segmenter.words("清亲法诚快的营商环境")).doesNotContain("清亲法诚快");

        ChineseSegmenter.learn(java.util.List.of("清亲法诚快"));

        assertThat(segmenter.words("清亲法诚快的营商环境")).contains("清亲法诚快", "营商环境");
    }

    @Test
    void traditionalCharactersMeetTheirSimplifiedForms() {
        assertThat(segmenter.words("老舊小區加裝電梯")).containsAll(segmenter.words("老旧小区加装电梯"));
    }

    @Test
    void theIndexedFormAlsoHoldsTheWordsInsideALongWordButAQueryDoesNot() {
        assertThat(segmenter.segmented("希望加快老旧小区加装电梯").split(" ")).contains("加装电梯", "加装", "电梯", "小区");
        assertThat(segmenter.words("加装电梯")).containsExactly("加装电梯");
    }
}

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
}

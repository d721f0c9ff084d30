package cn.hongqi.feedback.portal.comment;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SubmittedTextTest {

    @Test
    void zeroWidthAndBidiControlsAreStrippedAndTheRestIsKept() {
        assertThat(SubmittedText.withoutInvisibles("加\u200B装\u202E电梯\u2066好\u2069\uFEFF")).isEqualTo("加装电梯好");
        assertThat(SubmittedText.withoutInvisibles("第一行\n第二行\t完")).isEqualTo("第一行\n第二行\t完");
        assertThat(SubmittedText.withoutInvisibles("👨\u200D👩\u200D👧 𠀀")).isEqualTo("👨\u200D👩\u200D👧 𠀀");
    }

    @Test
    void controlCharactersOtherThanLineBreaksAndTabsAreFound() {
        assertThat(SubmittedText.hasControlCharacters("正常\n文本\r\n\t")).isFalse();
        assertThat(SubmittedText.hasControlCharacters("响铃\u0007")).isTrue();
        assertThat(SubmittedText.hasControlCharacters("空\u0000字节")).isTrue();
        assertThat(SubmittedText.hasControlCharacters("删除\u007F")).isTrue();
        assertThat(SubmittedText.hasControlCharacters("段落\u2029分隔")).isTrue();
        assertThat(SubmittedText.hasControlCharacters(null)).isFalse();
    }
}

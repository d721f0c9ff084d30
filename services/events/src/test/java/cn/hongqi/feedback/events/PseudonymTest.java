package cn.hongqi.feedback.events;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PseudonymTest {

    private static final String KEY = "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=";
    private static final String OTHER_KEY = "ZmVkY2JhOTg3NjU0MzIxMGZlZGNiYTk4NzY1NDMyMTA=";

    @Test
    void theSameValueGivesTheSamePseudonymUnderOneKeyAndAnotherUnderAnother() {
        Pseudonym pseudonym = Pseudonym.withKey(KEY);

        assertThat(pseudonym.of("203.0.113.77")).matches("[0-9a-f]{16}").isEqualTo(pseudonym.of("203.0.113.77"))
                .isNotEqualTo(pseudonym.of("203.0.113.78")).isNotEqualTo(Pseudonym.withKey(OTHER_KEY).of("203.0.113.77"))
                .doesNotContain("203", "113", "77");
        assertThat(pseudonym.of(null)).isEqualTo("-");
    }
}

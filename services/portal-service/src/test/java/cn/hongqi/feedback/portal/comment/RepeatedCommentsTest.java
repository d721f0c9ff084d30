package cn.hongqi.feedback.portal.comment;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RepeatedCommentsTest {

    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-30T04:00:00Z"));
    private final RepeatedComments repeats = new RepeatedComments(clock);
    private final SubmissionRateLimit.Client citizen = new SubmissionRateLimit.Client("10.0.0.1", "s-1");

    @Test
    void theSameTextFromTheSameClientIsARepeatWithinTheWindowOnly() {
        repeats.claim(citizen, "3.5", "加装电梯");

        assertThatThrownBy(() -> repeats.claim(citizen, "3.5", "加装电梯")).isInstanceOf(CommentRejectedException.class)
                .hasMessage("text.repeated");
        clock.advance(Duration.ofMinutes(RepeatedComments.WINDOW_MINUTES).plusSeconds(1));
        assertThatCode(() -> repeats.claim(citizen, "3.5", "加装电梯")).doesNotThrowAnyException();
    }

    @Test
    void otherPeopleAndOtherSectionsMaySayTheSame() {
        repeats.claim(citizen, "3.5", "加装电梯");

        assertThatCode(() -> repeats.claim(new SubmissionRateLimit.Client("10.0.0.1", "s-2"), "3.5", "加装电梯")).doesNotThrowAnyException();
        assertThatCode(() -> repeats.claim(citizen, "3.6", "加装电梯")).doesNotThrowAnyException();
    }

    @Test
    void aReleasedClaimMayBeSentAgain() {
        repeats.claim(citizen, "3.5", "没有保存成功").release();

        assertThatCode(() -> repeats.claim(citizen, "3.5", "没有保存成功")).doesNotThrowAnyException();
    }

    private static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}

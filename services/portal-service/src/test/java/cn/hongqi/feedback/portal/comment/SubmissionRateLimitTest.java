package cn.hongqi.feedback.portal.comment;

import cn.hongqi.feedback.events.Pseudonym;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ExtendWith(OutputCaptureExtension.class)
class SubmissionRateLimitTest {

    private static final Pseudonym PSEUDONYM = Pseudonym.withKey("MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=");

    private final AtomicLong now = new AtomicLong();
    private final SubmissionRateLimit limit = new SubmissionRateLimit(new RateLimitProperties(
            new RateLimitProperties.Bucket(5, Duration.ofSeconds(1)),
            new RateLimitProperties.Bucket(2, Duration.ofSeconds(10))), PSEUDONYM, now::get);

    @Test
    void aSessionMayBurstToItsCapacityThenWaitsForTheRefill() {
        SubmissionRateLimit.Client citizen = new SubmissionRateLimit.Client("10.0.0.1", "s-1");
        limit.take(citizen);
        limit.take(citizen);

        assertThatThrownBy(() -> limit.take(citizen)).isInstanceOfSatisfying(CommentRejectedException.class, rejection -> {
            assertThat(rejection.reason()).isEqualTo("rate.limited");
            assertThat(rejection.status().value()).isEqualTo(429);
            assertThat(rejection.retryAfterSeconds()).isEqualTo(10);
        });

        now.addAndGet(Duration.ofSeconds(10).toNanos());
        assertThatCode(() -> limit.take(citizen)).doesNotThrowAnyException();
    }

    @Test
    void aBucketOfOneLetsTheFirstSubmissionThroughEvenWhenTheClockWasReadBeforeTheBucketWasMade() {
        AtomicLong ticking = new AtomicLong(1_000);
        SubmissionRateLimit single = new SubmissionRateLimit(new RateLimitProperties(
                new RateLimitProperties.Bucket(1, Duration.ofSeconds(1)), new RateLimitProperties.Bucket(1, Duration.ofSeconds(1))),
                PSEUDONYM, ticking::incrementAndGet);

        assertThatCode(() -> single.take(new SubmissionRateLimit.Client("10.0.0.9", "only"))).doesNotThrowAnyException();
    }

    @Test
    void anotherSessionBehindTheSameAddressIsNotBlockedByTheFirst() {
        limit.take(new SubmissionRateLimit.Client("10.0.0.2", "a"));
        limit.take(new SubmissionRateLimit.Client("10.0.0.2", "a"));

        assertThatCode(() -> limit.take(new SubmissionRateLimit.Client("10.0.0.2", "b"))).doesNotThrowAnyException();
    }

    @Test
    void theAddressBucketHoldsManySessionsToItsOwnLimit() {
        for (int session = 0; session < 5; session++) {
            limit.take(new SubmissionRateLimit.Client("10.0.0.3", "s" + session));
        }

        assertThatThrownBy(() -> limit.take(new SubmissionRateLimit.Client("10.0.0.3", "s-new")))
                .isInstanceOf(CommentRejectedException.class);
        assertThatCode(() -> limit.take(new SubmissionRateLimit.Client("10.0.0.4", "s-new"))).doesNotThrowAnyException();
    }

    @Test
    void aRefusalIsLoggedUnderTheClientsPseudonymNotItsAddress(CapturedOutput output) {
        SubmissionRateLimit.Client flooding = new SubmissionRateLimit.Client("203.0.113.77", null);
        for (int i = 0; i < 5; i++) {
            limit.take(flooding);
        }

        assertThatThrownBy(() -> limit.take(flooding)).isInstanceOf(CommentRejectedException.class);

        assertThat(output.getAll()).contains("rate limit from client " + PSEUDONYM.of("203.0.113.77")).doesNotContain("203.0.113.77");
    }
}

package cn.hongqi.feedback.portal.comment;

import cn.hongqi.feedback.events.ContactSeal;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IdempotencyKeysTest {

    private static final ContactSeal SECRET = ContactSeal.withKey("MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=");
    private static final CommentRequest REQUEST = new CommentRequest("3.5", null, "电梯加装要快", "citizen", null, null, true);

    private final List<Receipt> published = new ArrayList<>();

    @Test
    void aPortalThatForgotTheKeyInACrashGivesTheRetryTheReceiptTheFirstAttemptGot() {
        String key = UUID.randomUUID().toString();
        Receipt beforeTheCrash = new IdempotencyKeys(Clock.systemUTC(), SECRET).once(key, REQUEST, this::publish);
        Receipt afterTheRestart = new IdempotencyKeys(Clock.systemUTC(), SECRET).once(key, REQUEST, this::publish);

        assertThat(afterTheRestart).isEqualTo(beforeTheCrash);
        assertThat(UUID.fromString(beforeTheCrash.commentId()).version()).isEqualTo(8);
        assertThat(beforeTheCrash.number()).matches("^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$");
    }

    @Test
    void theIdsFollowFromKeyRequestAndSecretTogether() {
        String key = UUID.randomUUID().toString();
        Receipt receipt = new IdempotencyKeys(Clock.systemUTC(), SECRET).once(key, REQUEST, this::publish);
        Receipt otherKey = new IdempotencyKeys(Clock.systemUTC(), SECRET).once(UUID.randomUUID().toString(), REQUEST, this::publish);
        Receipt otherText = new IdempotencyKeys(Clock.systemUTC(), SECRET).once(key,
                new CommentRequest("3.5", null, "电梯加装要更快", "citizen", null, null, true), this::publish);
        Receipt otherSecret = new IdempotencyKeys(Clock.systemUTC(), ContactSeal.withKey("ZmVkY2JhOTg3NjU0MzIxMGZlZGNiYTk4NzY1NDMyMTA="))
                .once(key, REQUEST, this::publish);

        assertThat(List.of(otherKey, otherText, otherSecret)).extracting(Receipt::commentId).doesNotContain(receipt.commentId()).doesNotHaveDuplicates();
        assertThat(List.of(otherKey, otherText, otherSecret)).extracting(Receipt::number).doesNotContain(receipt.number());
    }

    @Test
    void aKeyWhoseAttemptWasWithdrawnIsSpentAndItsRetryIsToldToUseANewOne() {
        IdempotencyKeys keys = new IdempotencyKeys(Clock.systemUTC(), SECRET);
        String key = UUID.randomUUID().toString();
        assertThatThrownBy(() -> keys.once(key, REQUEST, receipt -> {
            throw new IntakeUnavailableException(new IllegalStateException("timed out"), true);
        })).isInstanceOf(IntakeUnavailableException.class);

        assertThatThrownBy(() -> keys.once(key, REQUEST, this::publish))
                .isInstanceOfSatisfying(CommentRejectedException.class, refused -> {
                    assertThat(refused.status()).isEqualTo(HttpStatus.CONFLICT);
                    assertThat(refused.messageKey()).isEqualTo("rejection.idempotency.key-spent");
                });
        assertThat(published).isEmpty();
    }

    @Test
    void aKeyWhoseAttemptNeverLeftIsFreeForTheRetry() {
        IdempotencyKeys keys = new IdempotencyKeys(Clock.systemUTC(), SECRET);
        String key = UUID.randomUUID().toString();
        assertThatThrownBy(() -> keys.once(key, REQUEST, receipt -> {
            throw new IntakeUnavailableException(new IllegalStateException("no broker"), false);
        })).isInstanceOf(IntakeUnavailableException.class);

        assertThat(keys.once(key, REQUEST, this::publish)).isEqualTo(published.get(0));
    }

    private Receipt publish(Receipt receipt) {
        published.add(receipt);
        return receipt;
    }
}

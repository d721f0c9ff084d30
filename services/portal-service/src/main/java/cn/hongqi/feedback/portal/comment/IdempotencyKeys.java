package cn.hongqi.feedback.portal.comment;

import cn.hongqi.feedback.events.ContactSeal;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import java.nio.ByteBuffer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * Remembers the receipt given for each {@code Idempotency-Key}, so a client that retries after a
 * lost answer gets the first receipt again and no second event is published. Concurrent repeats
 * wait for the first. The memory is this portal instance's, for a day and at most
 * {@value #REMEMBERED} keys.
 * <p>
 * What the memory cannot cover, the ids do: a keyed submission's comment id and receipt number
 * follow from the key and the request under the platform's secret. A client whose answer was lost
 * to a portal crash retries at another instance, or the restarted one, and writes the same comment
 * under the same id again, which the index holds once; it gets the receipt it missed.
 * <p>
 * A first attempt refused before anything left leaves nothing behind, so its retry is a fresh
 * attempt. One that timed out was withdrawn, and the withdrawal holds for its id whatever comes
 * after it; its key is spent and a retry with it is told to use a new one.
 */
@Component
class IdempotencyKeys {

    static final int REMEMBERED = 100_000;
    private static final Duration KEPT = Duration.ofDays(1);
    private static final Pattern VALID_KEY = Pattern.compile("[\\x21-\\x7E]{1,200}");

    private final Map<String, Attempt> attempts = Collections.synchronizedMap(new LinkedHashMap<>(1024, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Attempt> eldest) {
            return size() > REMEMBERED;
        }
    });
    private final Clock clock;
    private final ContactSeal secret;

    IdempotencyKeys(Clock clock, ContactSeal secret) {
        this.clock = clock;
        this.secret = secret;
    }

    /** @param submission submits the request under the receipt it is given */
    Receipt once(String key, CommentRequest request, UnaryOperator<Receipt> submission) {
        if (!VALID_KEY.matcher(key).matches()) {
            throw new CommentRejectedException(HttpStatus.BAD_REQUEST, "idempotency.key-invalid", "Idempotency-Key");
        }
        Attempt mine = new Attempt(request, clock.instant(), new CompletableFuture<>());
        Attempt first = attempts.compute(key, (any, known) ->
                known == null || known.at().plus(KEPT).isBefore(clock.instant()) ? mine : known);
        if (first != mine) {
            if (!first.request().equals(request)) {
                throw new CommentRejectedException(HttpStatus.UNPROCESSABLE_ENTITY, "idempotency.key-reused", "Idempotency-Key");
            }
            return awaitFirst(first);
        }
        try {
            Receipt receipt = submission.apply(receiptFor(key, request));
            mine.receipt().complete(receipt);
            return receipt;
        } catch (IntakeUnavailableException failure) {
            if (failure.withdrawn()) {
                mine.receipt().completeExceptionally(new CommentRejectedException(HttpStatus.CONFLICT, "idempotency.key-spent", "Idempotency-Key"));
            } else {
                forget(key, mine, failure);
            }
            throw failure;
        } catch (RuntimeException failure) {
            forget(key, mine, failure);
            throw failure;
        }
    }

    private void forget(String key, Attempt attempt, RuntimeException failure) {
        attempts.remove(key, attempt);
        attempt.receipt().completeExceptionally(failure);
    }

    private Receipt receiptFor(String key, CommentRequest request) {
        ByteBuffer digest = ByteBuffer.wrap(secret.keyedDigest("submission-id", key, request.sectionKey(), request.anchorId(),
                request.text(), request.role(), request.displayName(), request.contact(), String.valueOf(request.consent())));
        long version8 = (digest.getLong() & ~0xF000L) | 0x8000L;
        long ietfVariant = (digest.getLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new Receipt(new UUID(version8, ietfVariant).toString(), Receipt.number(digest.getLong()));
    }

    private static Receipt awaitFirst(Attempt first) {
        try {
            return first.receipt().join();
        } catch (CompletionException failure) {
            throw failure.getCause() instanceof RuntimeException cause ? cause : failure;
        }
    }

    private record Attempt(CommentRequest request, Instant at, CompletableFuture<Receipt> receipt) {
    }
}

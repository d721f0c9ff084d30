package cn.hongqi.feedback.portal.comment;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Remembers the receipt given for each {@code Idempotency-Key}, so a client that retries after a
 * lost answer gets the first receipt again and no second event is published. A first attempt that
 * failed leaves nothing behind, so its retry is a fresh attempt. Concurrent repeats wait for the
 * first. The memory is this portal instance's, for a day and at most {@value #REMEMBERED} keys.
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

    IdempotencyKeys(Clock clock) {
        this.clock = clock;
    }

    Receipt once(String key, CommentRequest request, Supplier<Receipt> submission) {
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
            Receipt receipt = submission.get();
            mine.receipt().complete(receipt);
            return receipt;
        } catch (RuntimeException failure) {
            attempts.remove(key, mine);
            mine.receipt().completeExceptionally(failure);
            throw failure;
        }
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

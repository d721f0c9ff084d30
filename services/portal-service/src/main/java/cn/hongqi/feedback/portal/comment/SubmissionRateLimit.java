package cn.hongqi.feedback.portal.comment;

import cn.hongqi.feedback.events.Pseudonym;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Token buckets per client address and per browser session. A client over its limit is refused
 * with 429 and told when to retry; its text is kept on the form. Idle buckets are forgotten once
 * they are full again, so memory follows the clients active in the last refill period. A refusal is
 * logged under the client's {@link Pseudonym}, never its address.
 */
@Component
class SubmissionRateLimit {

    private static final Logger log = LoggerFactory.getLogger(SubmissionRateLimit.class);
    private static final int FORGET_ABOVE = 50_000;

    private final RateLimitProperties properties;
    private final Pseudonym pseudonym;
    private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();
    private final LongSupplier nanoTime;

    @Autowired
    SubmissionRateLimit(RateLimitProperties properties, Pseudonym pseudonym) {
        this(properties, pseudonym, System::nanoTime);
    }

    SubmissionRateLimit(RateLimitProperties properties, Pseudonym pseudonym, LongSupplier nanoTime) {
        this.properties = properties;
        this.pseudonym = pseudonym;
        this.nanoTime = nanoTime;
    }

    /** Takes one token from each of the client's buckets, or refuses naming when to retry. */
    void take(Client client) {
        long now = nanoTime.getAsLong();
        if (buckets.size() > FORGET_ABOVE) {
            buckets.values().removeIf(bucket -> bucket.isFullAt(now));
        }
        // A refusal by one bucket must not cost a token from the other.
        TokenBucket session = client.session() == null ? null : bucket("session:" + client.session(), properties.perSession());
        Duration wait = session == null ? Duration.ZERO : session.take(now);
        if (wait.isZero()) {
            wait = bucket("address:" + client.address(), properties.perAddress()).take(now);
            if (!wait.isZero() && session != null) {
                session.giveBack();
            }
        }
        if (!wait.isZero()) {
            log.info("Refused a comment over the rate limit from client {}", pseudonym.of(client.address()));
            throw new CommentRejectedException(HttpStatus.TOO_MANY_REQUESTS, "rate.limited", null,
                    Math.max(1, (wait.toMillis() + 999) / 1000));
        }
    }

    private TokenBucket bucket(String key, RateLimitProperties.Bucket limits) {
        return buckets.computeIfAbsent(key, any -> new TokenBucket(limits.capacity(), limits.refillEvery().toNanos(), nanoTime.getAsLong()));
    }

    /** Who is submitting: the address the request came from, and the browser session if there is one. */
    record Client(String address, String session) {
    }

    private static final class TokenBucket {
        private final int capacity;
        private final long nanosPerToken;
        private double tokens;
        private long updatedAt;

        TokenBucket(int capacity, long nanosPerToken, long now) {
            this.capacity = capacity;
            this.nanosPerToken = nanosPerToken;
            this.tokens = capacity;
            this.updatedAt = now;
        }

        /** {@link Duration#ZERO} when a token was taken, otherwise how long until one is there. */
        synchronized Duration take(long now) {
            refill(now);
            if (tokens >= 1) {
                tokens -= 1;
                return Duration.ZERO;
            }
            return Duration.ofNanos((long) ((1 - tokens) * nanosPerToken));
        }

        synchronized void giveBack() {
            tokens = Math.min(capacity, tokens + 1);
        }

        synchronized boolean isFullAt(long now) {
            refill(now);
            return tokens >= capacity;
        }

        /** A caller may have read the clock just before this bucket was made: time never runs back. */
        private void refill(long now) {
            if (now > updatedAt) {
                tokens = Math.min(capacity, tokens + (double) (now - updatedAt) / nanosPerToken);
                updatedAt = now;
            }
        }
    }
}

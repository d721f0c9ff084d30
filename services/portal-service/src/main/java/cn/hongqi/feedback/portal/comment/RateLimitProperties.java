package cn.hongqi.feedback.portal.comment;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * Token buckets for comment submissions. Addresses are shared (offices, mobile carriers' NAT), so
 * their bucket is generous; a browser session is one person, so its bucket is tighter.
 *
 * @param perAddress the bucket of each client address
 * @param perSession the bucket of each browser session (the portal's {@code feedback-client} cookie)
 */
@ConfigurationProperties(prefix = "feedback.portal.rate-limit")
record RateLimitProperties(Bucket perAddress, Bucket perSession) {

    /**
     * @param capacity    how many submissions may come at once
     * @param refillEvery how long until one more is allowed
     */
    record Bucket(int capacity, Duration refillEvery) {
    }
}

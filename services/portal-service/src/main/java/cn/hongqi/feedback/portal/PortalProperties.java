package cn.hongqi.feedback.portal;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * @param publishTimeout how long a submission waits for Kafka's acknowledgement before the
 *                       citizen is told to retry; longer than the producer's delivery timeout,
 *                       so a record is never acknowledged after the citizen was told it failed
 * @param retryAfter     what a 503 tells the client to wait before retrying
 * @param topicReplicas  replication factor of the topics this service declares (3 in production)
 * @param maxBodyBytes   the largest request body taken: 2,000 characters beyond the Basic Multilingual
 *                       Plane (emoji, CJK extension B) are 24,000 bytes as JSON escapes or as a
 *                       form's percent-encoding, plus the other fields
 * @param contactKey     the AES-256 key (base64) that seals contact details; staff holds the same key
 */
@ConfigurationProperties(prefix = "feedback.portal")
public record PortalProperties(Duration publishTimeout, Duration retryAfter, int topicReplicas, long maxBodyBytes,
                               String contactKey) {

    @Override
    public String toString() {
        return "PortalProperties[publishTimeout=" + publishTimeout + ", retryAfter=" + retryAfter + "]";
    }
}

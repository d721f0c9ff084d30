package cn.hongqi.feedback.accounts;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * @param topicReplicas  replication factor of the account topics (3 in production)
 * @param publishTimeout how long saving an account waits for Kafka's acknowledgement and for this
 *                       service's directory to show it
 */
@ConfigurationProperties(prefix = "feedback.accounts")
public record AccountLogProperties(Integer topicReplicas, Duration publishTimeout) {

    public AccountLogProperties {
        topicReplicas = topicReplicas == null ? 1 : topicReplicas;
        publishTimeout = publishTimeout == null ? Duration.ofSeconds(10) : publishTimeout;
    }
}

package cn.hongqi.feedback.delegates;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * @param topicReplicas  replication factor of the delegate topic (3 in production)
 * @param publishTimeout how long saving an account waits for Kafka's acknowledgement and for this
 *                       service's directory to show it
 */
@ConfigurationProperties(prefix = "feedback.delegates")
public record DelegateLogProperties(Integer topicReplicas, Duration publishTimeout) {

    public DelegateLogProperties {
        topicReplicas = topicReplicas == null ? 1 : topicReplicas;
        publishTimeout = publishTimeout == null ? Duration.ofSeconds(10) : publishTimeout;
    }
}

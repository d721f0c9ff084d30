package cn.hongqi.feedback.reportlog;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * @param topicReplicas replication factor of the report topic (3 in production)
 * @param publishTimeout how long an import waits for Kafka's acknowledgement, and for this
 *                       service's view to catch up with the log before it numbers a new version
 */
@ConfigurationProperties(prefix = "feedback.reports")
public record ReportLogProperties(Integer topicReplicas, Duration publishTimeout) {

    public ReportLogProperties {
        topicReplicas = topicReplicas == null ? 1 : topicReplicas;
        publishTimeout = publishTimeout == null ? Duration.ofSeconds(10) : publishTimeout;
    }
}

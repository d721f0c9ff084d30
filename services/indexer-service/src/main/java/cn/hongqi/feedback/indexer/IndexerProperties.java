package cn.hongqi.feedback.indexer;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * @param bulkMaxOperations the most index operations in one bulk request
 * @param writeTimeout      how long one batch may take to reach Elasticsearch before it counts as a
 *                          transient failure and is retried
 * @param retryMaxInterval  the longest pause between retries while Elasticsearch is unavailable
 * @param topicReplicas     replication factor of the topics this service declares (3 in production)
 */
@ConfigurationProperties(prefix = "feedback.indexer")
public record IndexerProperties(int bulkMaxOperations, Duration writeTimeout, Duration retryMaxInterval, int topicReplicas) {
}

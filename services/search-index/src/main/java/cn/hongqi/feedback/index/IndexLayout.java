package cn.hongqi.feedback.index;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How a new comment index is spread over the cluster ({@code FEEDBACK_INDEX_SHARDS},
 * {@code FEEDBACK_INDEX_REPLICAS}): one shard and no replica on the single embedded node, where a
 * replica could never be placed and would leave the index yellow; a replica on a cluster.
 * Replicas also apply to the live index at start, as Elasticsearch allows; shards only to a new
 * version (a rebuild).
 */
@ConfigurationProperties(prefix = "feedback.index")
public record IndexLayout(Integer shards, Integer replicas) {

    public static final IndexLayout SINGLE_NODE = new IndexLayout(1, 0);

    public IndexLayout {
        shards = shards == null ? 1 : shards;
        replicas = replicas == null ? 0 : replicas;
        if (shards < 1 || replicas < 0) {
            throw new IllegalArgumentException("feedback.index: shards must be at least 1 and replicas at least 0; got "
                    + shards + " and " + replicas);
        }
    }
}
